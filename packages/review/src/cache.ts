/**
 * `.fzlintcache`: finished results keyed by content hash, resolved configuration, fzlint version and the day,
 * shared by `fzlint review` (review records) and `fzlint --cache` (lint results). One small file per entry
 * (sharded by the key's first two characters): looking one up costs one read, and a run over 10,000 reports
 * never holds the whole cache in memory. Nothing here knows what an entry holds: each reader checks its shape.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PROFILES, type FileConfig} from '@fzlint/config'

export const CACHE_DIRECTORY_NAME = '.fzlintcache'
/** Bumped when an entry changes shape or the key changes make-up, so old entries are never read as new ones. */
const CACHE_FORMAT = 2

/** What an entry holds: a review record, the cross-year pass's record, or the plain command's lint result. */
export type CacheEntryKind = 'review' | 'cross-year' | 'lint'

export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The local date, part of every key: a rule may compare the report's dates with today's (date-deadline). */
function todayStamp(): string {
  const now = new Date()
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`
}

export interface CacheKeyParts {
  kind: CacheEntryKind
  contentHash: string
  configFingerprint: string
  version: string
  previousContentHash?: string
  /** For results that name their file in messages (lint results): identical copies then get entries of their own. */
  filePath?: string
}

export function buildCacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(
      [CACHE_FORMAT, parts.kind, parts.version, todayStamp(), parts.configFingerprint, parts.contentHash, parts.previousContentHash ?? '', parts.filePath ?? ''].join(
        '\u0000',
      ),
    )
    .digest('hex')
}

/** Everything configuration decides about a file's results, as text: the config part of a cache key is its hash. */
export function describeFileConfig(fileConfig: FileConfig): string {
  return JSON.stringify({
    ignored: fileConfig.ignored,
    profileSetting: fileConfig.profileSetting,
    baseSettings: fileConfig.baseSettings,
    rules: Object.fromEntries(PROFILES.map((profile) => [profile, fileConfig.ruleStates(profile)])),
  })
}

/** A short hash of a configuration description (describeFileConfig plus what reading and flags decide). */
export function fingerprintConfiguration(description: string): string {
  return createHash('sha256').update(description).digest('hex').slice(0, 24)
}

function entryPath(directory: string, key: string): string {
  return join(directory, key.slice(0, 2), `${key}.json`)
}

/**
 * The entry under a key and its JSON as stored, or null when there is none. `toEntry` checks the parsed JSON
 * and returns undefined for the wrong shape: such an entry (another version's, or a damaged file) is deleted and
 * the caller works the file out again. Read with a blocking call: lookups run before any linting starts, when the
 * thread has nothing else to do, and a round trip per entry was most of a cached run's time.
 */
export function readCacheEntry<T>(directory: string, key: string, toEntry: (value: unknown) => T | undefined): {entry: T; json: string} | null {
  const path = entryPath(directory, key)
  let json: string
  try {
    json = readFileSync(path, 'utf8')
  } catch {
    return null
  }
  let entry: T | undefined
  try {
    entry = toEntry(JSON.parse(json))
  } catch {
    entry = undefined
  }
  if (entry === undefined) {
    try {
      unlinkSync(path)
    } catch {
      // Already gone, or read-only: the entry is not used either way.
    }
    return null
  }
  return {entry, json}
}

/**
 * Writes an entry, already serialised as JSON, under its key; atomically (temp file + rename), so a killed run
 * never leaves a half-written entry.
 */
export function writeCacheEntry(directory: string, key: string, entryJson: string): void {
  const target = entryPath(directory, key)
  try {
    mkdirSync(join(directory, key.slice(0, 2)), {recursive: true})
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    writeFileSync(temporary, entryJson)
    renameSync(temporary, target)
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}

