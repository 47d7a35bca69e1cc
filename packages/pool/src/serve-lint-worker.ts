/**
 * The pool's lint worker, as a function: resolves configuration itself from the run's inputs (its workerData), then
 * lints the files it is handed one at a time. Called by this package's worker bundle (worker.ts) and, in the
 * installed `fzlint` package, by the launcher that runs it from the CLI's own bundle with its code cache
 * (packages/cli/bin/pool-worker.js).
 */
import {workerData} from 'node:worker_threads'
import {fatalResult, parseInput, type ReportDocument} from '@fzlint/core'
import {describeError, lintFile, readInputFile} from '@fzlint/core/io'
import {prepareResult} from '@fzlint/formatters'
import {createFileSetups, type FileLintSetup} from './config-inputs.js'
import type {LintReply, LintTask, PoolSetup} from './protocol.js'
import {serveTasks} from './serve-tasks.js'

export function serveLintWorker(): void {
  const setup = workerData as PoolSetup
  // Blocking reads: this thread has nothing else to do while a file is read (see ReadOptions.isBlocking).
  const setups = createFileSetups({...setup.config, read: {...setup.config.read, isBlocking: true}})

  const readPreviousReport = async (previousPath: string, fileSetup: FileLintSetup): Promise<ReportDocument> =>
    parseInput(await readInputFile(previousPath, fileSetup.read), {settings: fileSetup.baseSettings})

  const failure = (task: LintTask, reason: string): LintReply => ({kind: 'result', result: fatalResult(task.filePath, reason)})

  const handle = async (task: LintTask): Promise<LintReply> => {
    const fileSetup = setups.setupFor(task.filePath)
    // The main thread skips ignored files; reaching here means the config changed mid-run.
    if (!fileSetup) return failure(task, `${task.filePath}: 已按忽略规则跳过 / ignored by configuration`)
    let previous: ReportDocument | undefined
    if (task.previousPath) {
      try {
        previous = await readPreviousReport(task.previousPath, fileSetup)
      } catch (error) {
        return failure(task, `${task.previousPath}: 无法读取上一年度报告 / cannot read the previous report: ${describeError(error)}`)
      }
    }
    const linted = await lintFile(task.filePath, {
      rules: (document) => {
        const chosen = fileSetup.forDocument(document)
        return previous ? {...chosen, settings: {...chosen.settings, related: {...chosen.settings.related, previous}}} : chosen
      },
      settings: fileSetup.baseSettings,
      read: fileSetup.read,
      reportUnusedDisableDirectives: fileSetup.reportUnusedDisableDirectives,
      maxFileTimeMs: fileSetup.maxFileTimeMs,
    })
    const {result} = linted
    // Fingerprints from the sections this lint parsed, not a second parse of the source.
    const prepared = setup.prepareFor ? prepareResult(result, setup.prepareFor, setup.config.cwd, linted) : undefined
    if (setup.keepSource === false) delete result.source
    return prepared ? {kind: 'result', result, prepared} : {kind: 'result', result}
  }

  serveTasks<LintTask, LintReply>(handle, (task, error) => failure(task, `${task.filePath}: 无法处理文件 / cannot process: ${describeError(error)}`))
}
