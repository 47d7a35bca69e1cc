/** The plain `fzlint` command's path for many files: the pool's lint worker, each file's LintResult handed on in the order given. */
import type {LintResult} from '@fzlint/core'
import {fatalResult} from '@fzlint/core'
import type {PreparedResult} from '@fzlint/formatters'
import type {ConfigInputs} from './config-inputs.js'
import {createPool, defaultPoolSize} from './pool.js'
import {createProgress, type ProgressStream} from './progress.js'
import type {LintReply, LintTask} from './protocol.js'

export interface LintManyOptions {
  config: ConfigInputs
  /** Threads that lint, this one included when `lintInThisThread` is given; defaults to the number of cores. */
  jobs?: number
  /**
   * Lints a file in the calling thread, which then takes files from the queue beside `jobs - 1` workers; like a
   * worker, it makes the result's `prepared` part itself when `prepareFor` names a format.
   */
  lintInThisThread?: (filePath: string) => Promise<Omit<LintReply, 'kind'>>
  /** `--previous`: last year's report for the cross-year rules. */
  previousPath?: string
  /**
   * Whether results need their `source` (SARIF's and GitLab's fingerprints do): without it a worker leaves the text
   * out of its reply, so the report is not copied from thread to thread for nothing.
   */
  keepSource?: boolean
  /**
   * The output format whose source-dependent parts (SARIF's and GitLab's fingerprints) the workers make, handed to
   * `onResult` beside the result; only valid when the result is formatted as it comes (not filtered first).
   */
  prepareFor?: string
  progressStream?: ProgressStream
  workerScript?: string
}

/** Lint workers started ahead of their files (startLintPool): they load and compile while the caller prepares the run. */
export interface LintPool {
  /**
   * Lints `files` and calls `onResult` with each file's result in the order of `files`, as soon as it and every file
   * before it are done: a file that finishes early waits only for those still being linted before it, which are few,
   * since every thread takes its next file from the front of one queue. Nothing else is kept. Stops the workers at
   * the end: one run per pool.
   */
  lintFiles(files: string[], onResult: (result: LintResult, index: number, prepared: PreparedResult | undefined) => void): Promise<void>
}

/** Starts the workers of a plain command's batch now; the files follow with `lintFiles`. */
export function startLintPool(options: LintManyOptions): LintPool {
  const jobs = options.jobs ?? defaultPoolSize()
  const {lintInThisThread, keepSource = true} = options
  const pool = createPool<LintTask, LintReply>({
    size: lintInThisThread ? jobs - 1 : jobs,
    setup: {config: options.config, cacheDirectory: null, keepSource, prepareFor: options.prepareFor},
    workerScript: options.workerScript,
    inThisThread: lintInThisThread && (async (task) => ({kind: 'result', ...(await lintInThisThread(task.filePath))})),
  })
  pool.start()
  return {
    async lintFiles(files, onResult) {
      const indexOf = new Map(files.map((file, index) => [file, index]))
      const waiting = new Map<number, {result: LintResult; prepared?: PreparedResult}>()
      let next = 0
      const progress = createProgress(files.length, options.progressStream ?? process.stderr)
      let done = 0
      const settle = (index: number, result: LintResult, prepared?: PreparedResult) => {
        waiting.set(index, {result, prepared})
        while (waiting.has(next)) {
          const ready = waiting.get(next)!
          waiting.delete(next)
          onResult(ready.result, next++, ready.prepared)
        }
      }
      try {
        await pool.run(
          files.map((filePath) => ({filePath, previousPath: options.previousPath})),
          (outcome) => {
            const index = indexOf.get(outcome.task.filePath)!
            if (outcome.kind === 'failed') settle(index, fatalResult(outcome.task.filePath, outcome.reason))
            else settle(index, outcome.response.result, outcome.response.prepared)
            progress.tick(++done)
          },
        )
      } finally {
        progress.stop()
        await pool.close()
      }
      // Every file has an outcome once the run resolves; a gap would be a fault of the pool, reported rather than hidden.
      for (let index = next; index < files.length; index = next) settle(index, fatalResult(files[index]!, `${files[index]}: 未处理 / not processed`))
    },
  }
}
