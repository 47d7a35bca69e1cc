/**
 * Full records (with every message) go to a temporary file as they arrive and are read back one at a time
 * when a report is written: memory holds only the matrix rows, however many reports there are.
 */
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ReviewRecord} from './record.js'

export interface SpoolEntry {
  offset: number
  length: number
}

/** Records are written in batches of about this many bytes: one system call per batch, not per report. */
const BATCH_BYTES = 1024 * 1024

export class RecordSpool {
  private readonly directory = mkdtempSync(join(tmpdir(), 'fzlint-review-'))
  private readonly descriptor = openSync(join(this.directory, 'records.jsonl'), 'w+')
  private size = 0
  private written = 0
  private pending: Buffer[] = []

  append(record: ReviewRecord): SpoolEntry {
    return this.appendJson(JSON.stringify(record))
  }

  /** A record already serialised (by the worker that produced it). */
  appendJson(json: string): SpoolEntry {
    const bytes = Buffer.from(json, 'utf8')
    const entry = {offset: this.size, length: bytes.length}
    this.pending.push(bytes)
    this.size += bytes.length
    if (this.size - this.written >= BATCH_BYTES) this.flush()
    return entry
  }

  private flush(): void {
    if (this.pending.length === 0) return
    const batch = Buffer.concat(this.pending)
    writeSync(this.descriptor, batch, 0, batch.length, this.written)
    this.written += batch.length
    this.pending = []
  }

  read(entry: SpoolEntry): ReviewRecord {
    this.flush()
    const bytes = Buffer.alloc(entry.length)
    readSync(this.descriptor, bytes, 0, entry.length, entry.offset)
    return JSON.parse(bytes.toString('utf8')) as ReviewRecord
  }

  dispose(): void {
    closeSync(this.descriptor)
    rmSync(this.directory, {recursive: true, force: true})
  }
}
