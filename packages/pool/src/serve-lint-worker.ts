/**
 * The pool's lint worker, as a function: resolves configuration itself from the run's inputs (its workerData), then
 * lints the files it is handed one at a time. Called by this package's worker bundle (worker.ts) and, in the
 * installed `fzlint` package, by the launcher that runs it from the CLI's own bundle with its code cache
 * (packages/cli/bin/pool-worker.js).
 */
import {workerData} from 'node:worker_threads'
import {fatalResult} from '@fzlint/core'
import {describeError, lintFile} from '@fzlint/core/io'
import {prepareResult} from '@fzlint/formatters'
import {createFileSetups} from './config-inputs.js'
import {createTaskPreparer} from './prepare-task.js'
import type {LintReply, LintTask, PoolSetup} from './protocol.js'
import {serveTasks} from './serve-tasks.js'

export function serveLintWorker(): void {
  const setup = workerData as PoolSetup
  // Blocking reads: this thread has nothing else to do while a file is read (see ReadOptions.isBlocking).
  const setups = createFileSetups({...setup.config, read: {...setup.config.read, isBlocking: true}})

  const prepareTask = createTaskPreparer(setups)

  const failure = (task: LintTask, reason: string): LintReply => ({kind: 'result', result: fatalResult(task.filePath, reason)})

  const handle = async (task: LintTask): Promise<LintReply> => {
    const ready = await prepareTask(task)
    if ('failure' in ready) return failure(task, ready.failure)
    const {setup: fileSetup, previous} = ready
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
