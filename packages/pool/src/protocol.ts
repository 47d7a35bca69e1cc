/** Messages between the pool and its workers: plain, structured-clone-able data only. */
import type {LintResult} from '@fzlint/core'
import type {PreparedResult} from '@fzlint/formatters'
import type {ConfigInputs} from './config-inputs.js'

/** What every worker of a pool starts from (its workerData). */
export interface PoolSetup {
  config: ConfigInputs
  /** Where a worker writes finished entries of `--cache` (review's workers), or null. */
  cacheDirectory: string | null
  /** Whether a lint worker's results keep their `source` (false: left out of the reply). */
  keepSource?: boolean
  /** The output format whose source-dependent parts (fingerprints) a lint worker makes itself (prepareResult). */
  prepareFor?: string
}

/** A task names its file: the pool reports a file that timed out or crashed its worker by it. */
export interface PoolTask {
  filePath: string
}

/** Sent to a worker, which handles its requests one at a time in the order received. */
export type TaskRequest<Task extends PoolTask = PoolTask> = {
  id: number
  task: Task
}

/** A worker's answer: the reply with the request's id. */
export type TaskResponse<Reply> = Reply & {id: number}

/** The plain command's task: lint one file (beside last year's report for `--previous`). */
export interface LintTask extends PoolTask {
  /** Last year's report of the same body (`--previous`). */
  previousPath?: string
}

/** A file's result, and what its format needs of its source when the thread that linted it made that (prepareResult). */
export interface LintedFile {
  result: LintResult
  prepared?: PreparedResult
}

/** The LintResult the CLI formats, and what the format needs of its source when the worker made that (prepareFor). */
export interface LintReply extends LintedFile {
  kind: 'result'
}
