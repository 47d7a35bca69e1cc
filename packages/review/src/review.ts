/**
 * `fzlint review`: every report through the worker pool (or the cache), results streamed into compact matrix
 * rows and a spool of details, then a second pass comparing each report with its body's previous year.
 */
import {resolve} from 'node:path'
import {compareCodeUnits} from '@fzlint/core'
import {buildCacheKey, CACHE_DIRECTORY_NAME, hashContent, readCacheEntry} from './cache.js'
import {pairAcrossYears} from './pair-years.js'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {createPool, createProgress, type ProgressStream, type TaskOutcome} from '@fzlint/pool'
import type {FileTask, FindingKey, TaskReply} from './protocol.js'
import {countSeverities, isReviewRecord, toRowFields, type RecordRow, type ReviewMessage, type ReviewRecord} from './record.js'
import {createFileConfigurer, type ConfigInputs} from './rule-config.js'
import {RecordSpool, type SpoolEntry} from './spool.js'
import {failedRecord} from './summarize-file.js'

export interface ReviewOptions {
  /** Files to review (already expanded from directories and globs). */
  files: string[]
  config: ConfigInputs
  /** fzlint's version: part of the cache key. */
  version: string
  /** Keep and reuse records in `.fzlintcache` under the working folder. */
  useCache?: boolean
  cacheDirectory?: string
  /** Workers (default: the number of cores). */
  jobs?: number
  /** Pair reports of the same body across years (default true). */
  pairYears?: boolean
  /** `--previous`: compare every file with this report instead of pairing. */
  previousPath?: string
  /** Where progress and per-file notes go (stderr). */
  progressStream?: ProgressStream
  workerScript?: string
  fileTimeoutMs?: number
}

/** A matrix row: the record without its messages, plus where the full record lies in the spool. */
export interface ReviewRow extends RecordRow {
  spool: SpoolEntry
  /** Cross-year findings from the second pass, merged into the record when it is read back. */
  crossYearMessages?: ReviewMessage[]
  contentHash?: string
}

export interface FindingTally {
  ruleId: string
  errors: number
  warnings: number
}

export interface ReviewOutcome {
  /** Sorted by path. */
  rows: ReviewRow[]
  /** Findings by rule, most first. */
  byRule: FindingTally[]
  /** Findings by the top-level section they lie in (`measures`, …, `other`, `none`). */
  bySection: Record<string, number>
  /** Files configuration ignores. */
  ignored: string[]
  cacheHits: number
  elapsedMs: number
  /** The record with every message (cross-year findings merged in). */
  readRecord(row: ReviewRow): ReviewRecord
  dispose(): void
}

/**
 * The cached record for a key, with this run's path, and its JSON as stored; null when absent or not a record
 * (dropped from the cache). Identical copies of a report share an entry; the spool's reader sets the path too.
 */
function readCachedRecord(directory: string, key: string, filePath: string): {record: ReviewRecord; json: string} | null {
  const cached = readCacheEntry(directory, key, (value) => (isReviewRecord(value) ? value : undefined))
  return cached && {record: {...cached.entry, filePath}, json: cached.json}
}

/**
 * The review worker's bundle. In the installed `fzlint` package it sits beside the CLI bundle (dist/worker/worker.js),
 * where no @fzlint/review is installed; from the sources it is this package's own build, found through its exports.
 */
export function findReviewWorkerScript(): string {
  const besideBundle = fileURLToPath(new URL('./worker/worker.js', import.meta.url))
  return existsSync(besideBundle) ? besideBundle : createRequire(import.meta.url).resolve('@fzlint/review/worker')
}

export async function runReview(options: ReviewOptions): Promise<ReviewOutcome> {
  const started = Date.now()
  const configurer = createFileConfigurer(options.config)
  const cacheDirectory = options.useCache ? (options.cacheDirectory ?? resolve(options.config.cwd, CACHE_DIRECTORY_NAME)) : null
  const spool = new RecordSpool()
  const rows = new Map<string, ReviewRow>()
  const byRule = new Map<string, FindingTally>()
  const bySection: Record<string, number> = {}
  const ignored: string[] = []
  let cacheHits = 0

  const tally = (messages: readonly FindingKey[]) => {
    for (const message of messages) {
      const ruleId = message.ruleId ?? '(无法处理 / not processed)'
      const entry = byRule.get(ruleId) ?? {ruleId, errors: 0, warnings: 0}
      if (message.severity === 2) entry.errors++
      else entry.warnings++
      byRule.set(ruleId, entry)
      const section = message.sectionKind ?? 'none'
      bySection[section] = (bySection[section] ?? 0) + 1
    }
  }
  const keep = (record: ReviewRecord, contentHash?: string) => {
    const {row, messages} = toRowFields(record)
    keepRow(row, messages, JSON.stringify(record), contentHash)
  }
  // A row arrives from a worker as a structured clone, each of its strings a copy of its own: the indicator cells'
  // labels and units, the same few dozen words in every row, are kept once (10,000 rows hold some 200,000 cells).
  const sharedWords = new Map<string, string>()
  const share = (word: string) => {
    const known = sharedWords.get(word)
    if (known !== undefined) return known
    sharedWords.set(word, word)
    return word
  }
  const shareCellWords = (cells: RecordRow['indicatorCells']): RecordRow['indicatorCells'] => {
    const shared: RecordRow['indicatorCells'] = {}
    for (const [id, cell] of Object.entries(cells)) shared[id] = {label: share(cell.label), kind: cell.kind === 'rate' ? 'rate' : 'count', value: cell.value, unit: share(cell.unit)}
    return shared
  }
  const keepRow = (row: RecordRow, findings: readonly FindingKey[], json: string, contentHash?: string) => {
    tally(row.failure === null ? findings : [{ruleId: null, severity: 2, sectionKind: null}])
    const kept = {...row, indicatorCells: shareCellWords(row.indicatorCells)}
    rows.set(row.filePath, {...kept, spool: spool.appendJson(json), ...(contentHash ? {contentHash} : {})})
  }

  // First pass: the cache answers what it can; the rest goes to the pool.
  const pending: FileTask[] = []
  const contentHashes = new Map<string, string>()
  for (const filePath of options.files) {
    if (!configurer.setupFor(filePath)) {
      ignored.push(filePath)
      continue
    }
    if (!cacheDirectory) {
      pending.push({filePath})
      continue
    }
    let contentHash: string
    try {
      // Blocking, like the cache lookups below: nothing else runs before the pool starts.
      contentHash = hashContent(readFileSync(filePath))
    } catch {
      // Unreadable: the worker reports why, in the same words as for any other file.
      pending.push({filePath})
      continue
    }
    contentHashes.set(filePath, contentHash)
    const cacheKey = buildCacheKey({kind: 'review', contentHash, configFingerprint: configurer.fingerprintFor(filePath), version: options.version})
    const cached = readCachedRecord(cacheDirectory, cacheKey, filePath)
    if (cached) {
      cacheHits++
      // The entry's JSON goes to the spool as read; its path is set from the row when it is read back.
      const {row, messages} = toRowFields(cached.record)
      keepRow(row, messages, cached.json, contentHash)
    } else {
      pending.push({filePath, cacheKey})
    }
  }

  const total = pending.length
  const progress = createProgress(total, options.progressStream ?? process.stderr)
  let done = 0
  const recordOf = (outcome: TaskOutcome<FileTask, TaskReply>): ReviewRecord =>
    outcome.kind === 'failed' ? failedRecord(outcome.task.filePath, outcome.reason) : (outcome.response as Extract<TaskReply, {kind: 'record'}>).record
  const poolOptions = {
    size: options.jobs,
    setup: {config: options.config, cacheDirectory},
    workerScript: options.workerScript ?? findReviewWorkerScript(),
    fileTimeoutMs: options.fileTimeoutMs,
  }
  // One pool for both passes: its workers start, compile and warm up once.
  const pool = createPool<FileTask, TaskReply>(poolOptions)
  try {
    try {
      await pool.run(pending, (outcome) => {
        const contentHash = contentHashes.get(outcome.task.filePath)
        if (outcome.kind === 'done' && outcome.response.kind === 'spooled') keepRow(outcome.response.row, outcome.response.findings, outcome.response.json, contentHash)
        else keep(recordOf(outcome), contentHash)
        progress.tick(++done)
      })
    } finally {
      if (total > 0) progress.stop()
    }
    await runCrossYearPass()
  } finally {
    await pool.close()
  }

  /** Second pass: each report beside its body's previous year, only the cross-year rules. */
  async function runCrossYearPass() {
    const previousOf = options.previousPath
      ? new Map([...rows.values()].filter((row) => row.failure === null).map((row) => [row.filePath, resolve(options.config.cwd, options.previousPath!)]))
      : options.pairYears === false
        ? new Map<string, string>()
        : pairAcrossYears([...rows.values()].filter((row) => row.failure === null))
    const crossYearTasks: FileTask[] = []
    for (const [filePath, previousPath] of previousOf) {
      if (filePath === previousPath) continue
      const row = rows.get(filePath)!
      row.previousPath = previousPath
      const previousHash = contentHashes.get(previousPath) ?? rows.get(previousPath)?.contentHash
      let cacheKey: string | undefined
      if (cacheDirectory && row.contentHash && previousHash) {
        cacheKey = buildCacheKey({kind: 'cross-year', contentHash: row.contentHash, previousContentHash: previousHash, configFingerprint: configurer.fingerprintFor(filePath), version: options.version})
        const cached = readCachedRecord(cacheDirectory, cacheKey, filePath)
        if (cached) {
          cacheHits++
          mergeCrossYear(row, cached.record)
          continue
        }
      }
      crossYearTasks.push({filePath, previousPath, crossYearOnly: true, cacheKey})
    }
    function mergeCrossYear(row: ReviewRow, record: ReviewRecord) {
      if (record.failure !== null) {
        row.crossYearMessages = [{ruleId: null, severity: 1, message: record.failure, line: 1, column: 1, sectionKind: null, sectionTitle: null}]
      } else {
        row.crossYearMessages = record.messages
      }
      tally(row.crossYearMessages)
      row.errorCount += countSeverities(row.crossYearMessages).errorCount
      row.warningCount += countSeverities(row.crossYearMessages).warningCount
    }
    if (crossYearTasks.length > 0) await pool.run(crossYearTasks, (outcome) => mergeCrossYear(rows.get(outcome.task.filePath)!, recordOf(outcome)))
  }

  const sortedRows = [...rows.values()].sort((a, b) => compareCodeUnits(a.filePath, b.filePath))
  return {
    rows: sortedRows,
    byRule: [...byRule.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compareCodeUnits(a.ruleId, b.ruleId)),
    bySection,
    ignored,
    cacheHits,
    elapsedMs: Date.now() - started,
    readRecord(row) {
      const record = spool.read(row.spool)
      record.filePath = row.filePath
      if (row.crossYearMessages) {
        record.messages = [...record.messages, ...row.crossYearMessages].sort((a, b) => a.line - b.line || a.column - b.column)
        record.errorCount = row.errorCount
        record.warningCount = row.warningCount
      }
      if (row.previousPath) record.previousPath = row.previousPath
      return record
    },
    dispose: () => spool.dispose(),
  }
}
