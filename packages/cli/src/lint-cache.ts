/**
 * `fzlint --cache`: the results of files unchanged since a run with the same configuration and fzlint version
 * (and on the same day: a rule compares dates with today's) are read back from `.fzlintcache` instead of linted
 * again, as ESLint's --cache does. The entries share the review's store (@fzlint/review's cache): one file per
 * entry, written atomically, each checked against the results schema when read.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {z} from 'zod'
import type {LintResult} from '@fzlint/core'
import type {ReadOptions} from '@fzlint/core/io'
import {lintResultSchema} from '@fzlint/core/schemas'
import type {FileConfig} from '@fzlint/config'
import {buildCacheKey, CACHE_DIRECTORY_NAME, describeFileConfig, fingerprintConfiguration, hashContent, readCacheEntry, writeCacheEntry} from '@fzlint/review'

/** A usage problem of --cache-location (exit 2, with the pointer to --help: the CLI tells it by `isUsageError`). */
export class CacheLocationError extends Error {
  readonly isUsageError = true
}

/**
 * The folder entries are kept in: `--cache-location`, else `.fzlintcache` in the working folder (the review's
 * too). A file in its place is a usage error rather than a cache silently off.
 */
export function resolveCacheDirectory(cwd: string, location: string | undefined): string {
  const directory = resolve(cwd, location ?? CACHE_DIRECTORY_NAME)
  if (existsSync(directory) && !statSync(directory).isDirectory()) {
    throw new CacheLocationError(`--cache-location ${directory} 是文件，缓存是一个目录 / is a file; the cache is a folder`)
  }
  return directory
}

/** A cached result is a result as `--format json` prints it, plus the linted text (SARIF fingerprints read it). */
const cachedResultSchema = lintResultSchema.extend({source: z.string().optional()})

export interface LintCacheOptions {
  directory: string
  version: string
  read: ReadOptions
  reportUnusedDisableDirectives: boolean
  /** `--previous`: its text is part of every key, since the cross-year rules read it. */
  previousContentHash?: string
}

export interface LintCache {
  /** The cached result of a file, or undefined: then lint it and `store` the result. */
  lookUp(filePath: string, fileConfig: FileConfig): LintResult | undefined
  store(result: LintResult): void
}

export function hashFile(filePath: string): string | undefined {
  try {
    return hashContent(readFileSync(filePath))
  } catch {
    // Unreadable: linting it says why, in the same words as without a cache.
    return undefined
  }
}

export function openLintCache(options: LintCacheOptions): LintCache {
  // What reading and flags decide about results, beside the file's configuration.
  const flagsPart = JSON.stringify({encoding: options.read.encoding, maxBytes: options.read.maxBytes, reportUnused: options.reportUnusedDisableDirectives})
  const fingerprints = new Map<string, string>()
  const keys = new Map<string, string>()
  const fingerprintFor = (fileConfig: FileConfig) => {
    const description = `${describeFileConfig(fileConfig)}\u0000${flagsPart}`
    let fingerprint = fingerprints.get(description)
    if (!fingerprint) {
      fingerprint = fingerprintConfiguration(description)
      fingerprints.set(description, fingerprint)
    }
    return fingerprint
  }
  return {
    lookUp(filePath, fileConfig) {
      const contentHash = hashFile(filePath)
      if (contentHash === undefined) return undefined
      const key = buildCacheKey({
        kind: 'lint',
        contentHash,
        configFingerprint: fingerprintFor(fileConfig),
        version: options.version,
        previousContentHash: options.previousContentHash,
        filePath,
      })
      keys.set(filePath, key)
      const cached = readCacheEntry(options.directory, key, (value) => {
        // The value as stored, not zod's copy: that one orders keys by the schema, and output would differ from a
        // run without the cache.
        return cachedResultSchema.safeParse(value).success && (value as LintResult).filePath === filePath ? (value as LintResult) : undefined
      })
      return cached?.entry
    },
    store(result) {
      const key = keys.get(result.filePath)
      // A file that could not be read or processed is tried again next time, never remembered as failing.
      if (key === undefined || result.fatalErrorCount > 0) return
      writeCacheEntry(options.directory, key, JSON.stringify(result))
    },
  }
}
