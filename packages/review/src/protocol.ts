/** Messages between the pool and its workers: plain, structured-clone-able data only. */
import type {LintResult} from '@fzlint/core'
import type {ConfigInputs} from './rule-config.js'
import type {RecordRow, ReviewMessage, ReviewRecord} from './record.js'

export interface WorkerSetup {
  config: ConfigInputs
  /** Where finished review records are cached (the worker writes its own entries), or null. */
  cacheDirectory: string | null
}

export interface FileTask {
  filePath: string
  /** `review`: a ReviewRecord for the summary; `lint`: the plain LintResult the CLI formats. */
  mode: 'review' | 'lint'
  /** Last year's report of the same body. */
  previousPath?: string
  /** Run only the cross-year rules (the second pass of a review). */
  crossYearOnly?: boolean
  /** Cache entry to write once done. */
  cacheKey?: string
}

/** Sent to a worker, which handles its requests one at a time in the order received. */
export interface TaskRequest {
  id: number
  task: FileTask
}

/** What the main thread tallies of each finding (by rule, by section) without the finding itself. */
export type FindingKey = Pick<ReviewMessage, 'ruleId' | 'severity' | 'sectionKind'>

/** A record as a matrix row, its findings tallied, and the whole record already written out as JSON for the spool. */
export interface SpooledRecord {
  row: RecordRow
  findings: FindingKey[]
  json: string
}

/**
 * What a task produced, in the shape its mode asked for. A review's first pass gets `spooled` records: the
 * worker serialises them, so the main thread, which shares the cores with the workers, only stores the text.
 */
export type TaskReply =
  | {kind: 'record'; record: ReviewRecord}
  | ({kind: 'spooled'} & SpooledRecord)
  | {kind: 'result'; result: LintResult}

export type TaskResponse = TaskReply & {id: number}
