/** The plain `fzlint` command's path for many files: the same pool, plain LintResults back in the order given. */
import type {LintResult} from '@fzlint/core'
import {fatalResult} from '@fzlint/core'
import {defaultPoolSize, runPool} from './pool.js'
import {createProgress, type ProgressStream} from './progress.js'
import type {ConfigInputs} from './rule-config.js'

export interface LintManyOptions {
  config: ConfigInputs
  /** Threads that lint, this one included when `lintInThisThread` is given; defaults to the number of cores. */
  jobs?: number
  /** Lints a file in the calling thread, which then takes files from the queue beside `jobs - 1` workers. */
  lintInThisThread?: (filePath: string) => Promise<LintResult>
  /** `--previous`: last year's report for the cross-year rules. */
  previousPath?: string
  progressStream?: ProgressStream
  workerScript?: string
}

export async function lintFilesInPool(files: string[], options: LintManyOptions): Promise<LintResult[]> {
  const results: (LintResult | undefined)[] = new Array(files.length)
  const indexOf = new Map(files.map((file, index) => [file, index]))
  const progress = createProgress(files.length, options.progressStream ?? process.stderr)
  let done = 0
  const jobs = options.jobs ?? defaultPoolSize()
  const {lintInThisThread} = options
  try {
    await runPool(
      files.map((filePath) => ({filePath, mode: 'lint' as const, previousPath: options.previousPath})),
      {
        size: lintInThisThread ? jobs - 1 : jobs,
        setup: {config: options.config, cacheDirectory: null},
        workerScript: options.workerScript,
        inThisThread: lintInThisThread && (async (task) => ({kind: 'result', result: await lintInThisThread(task.filePath)})),
      },
      (outcome) => {
        const result = outcome.kind === 'failed' ? fatalResult(outcome.task.filePath, outcome.reason) : outcome.response.kind === 'result' ? outcome.response.result : fatalResult(outcome.task.filePath, `${outcome.task.filePath}: 无法处理文件 / cannot process`)
        results[indexOf.get(outcome.task.filePath)!] = result
        progress.tick(++done)
      },
    )
  } finally {
    progress.stop()
  }
  return results.map((result, index) => result ?? fatalResult(files[index]!, `${files[index]}: 未处理 / not processed`))
}
