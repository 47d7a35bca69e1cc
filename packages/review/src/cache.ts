/**
 * `.fzlintcache`: finished review records keyed by content hash, resolved configuration and fzlint version.
 * One small file per entry (sharded by the key's first two characters): looking one up costs one read, and
 * a run over 10,000 reports never holds the whole cache in memory.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {ReviewRecord} from './record.js'

export const CACHE_DIRECTORY_NAME = '.fzlintcache'
/** Bumped when ReviewRecord changes shape, so old entries are not read as new ones. */
const CACHE_FORMAT = 1

export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function buildCacheKey(parts: {contentHash: string; configFingerprint: string; version: string; previousContentHash?: string}): string {
  return createHash('sha256')
    .update([CACHE_FORMAT, parts.version, parts.configFingerprint, parts.contentHash, parts.previousContentHash ?? ''].join('\u0000'))
    .digest('hex')
}

function entryPath(directory: string, key: string): string {
  return join(directory, key.slice(0, 2), `${key}.json`)
}

/**
 * The cached record for a key (with this run's path) and its JSON as stored, or null when absent or unreadable.
 * Read with a blocking call: lookups run before the worker pool starts, when the thread has nothing else to do,
 * and a round trip per entry was most of a cached run's time.
 */
export function readCachedRecord(directory: string, key: string, filePath: string): {record: ReviewRecord; json: string} | null {
  try {
    const json = readFileSync(entryPath(directory, key), 'utf8')
    const record = JSON.parse(json) as ReviewRecord
    // Identical copies of a report share an entry; the path is this run's (and the spool's reader sets it too).
    return {record: {...record, filePath}, json}
  } catch {
    return null
  }
}

/** Writes atomically (temp file + rename), so a killed run never leaves a half-written entry. */
/** Writes a record, already serialised as JSON, under its key. */
export function writeCachedRecord(directory: string, key: string, recordJson: string): void {
  const target = entryPath(directory, key)
  try {
    mkdirSync(join(directory, key.slice(0, 2)), {recursive: true})
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    writeFileSync(temporary, recordJson)
    renameSync(temporary, target)
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}

