/** Messages between the review's pool (@fzlint/pool) and its worker (worker.ts): plain, structured-clone-able data only. */
import type {PoolTask} from '@fzlint/pool'
import type {RecordRow, ReviewMessage, ReviewRecord} from './record.js'

export type {PoolSetup as WorkerSetup} from '@fzlint/pool'

export interface FileTask extends PoolTask {
  /** Last year's report of the same body. */
  previousPath?: string
  /** Run only the cross-year rules (the second pass of a review). */
  crossYearOnly?: boolean
  /** Cache entry to write once done. */
  cacheKey?: string
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
 * What a task produced. A review's first pass gets `spooled` records: the worker serialises them, so the main
 * thread, which shares the cores with the workers, only stores the text. The cross-year pass gets `record`s.
 */
export type TaskReply = {kind: 'record'; record: ReviewRecord} | ({kind: 'spooled'} & SpooledRecord)

export type TaskResponse = TaskReply & {id: number}
