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

export class RecordSpool {
  private readonly directory = mkdtempSync(join(tmpdir(), 'fzlint-review-'))
  private readonly descriptor = openSync(join(this.directory, 'records.jsonl'), 'w+')
  private size = 0

  append(record: ReviewRecord): SpoolEntry {
    const bytes = Buffer.from(JSON.stringify(record), 'utf8')
    writeSync(this.descriptor, bytes, 0, bytes.length, this.size)
    const entry = {offset: this.size, length: bytes.length}
    this.size += bytes.length
    return entry
  }

  read(entry: SpoolEntry): ReviewRecord {
    const bytes = Buffer.alloc(entry.length)
    readSync(this.descriptor, bytes, 0, entry.length, entry.offset)
    return JSON.parse(bytes.toString('utf8')) as ReviewRecord
  }

  dispose(): void {
    closeSync(this.descriptor)
    rmSync(this.directory, {recursive: true, force: true})
  }
}
