/** The review's pool worker: resolves configuration itself from the run's inputs, then summarises the files it is handed one at a time. */
import {workerData} from 'node:worker_threads'
import {describeError} from '@fzlint/core/io'
import {createTaskPreparer, serveTasks} from '@fzlint/pool'
import {builtinRules} from '@fzlint/builtin'
import {writeCacheEntry} from './cache.js'
import type {FileTask, TaskReply, WorkerSetup} from './protocol.js'
import {toRowFields} from './record.js'
import {createFileConfigurer} from './rule-config.js'
import {failedRecord, summariseFile} from './summarize-file.js'

const setup = workerData as WorkerSetup
// Blocking reads: this thread has nothing else to do while a file is read (see ReadOptions.isBlocking).
const configurer = createFileConfigurer({...setup.config, read: {...setup.config.read, isBlocking: true}})
/** The rules that compare a report with last year's (meta.usesRelated), whatever their package: the second pass runs only these. */
const crossYearRuleIds: ReadonlySet<string> = new Set(builtinRules.filter((rule) => rule.meta.usesRelated?.includes('previous')).map((rule) => rule.meta.id))

const prepareTask = createTaskPreparer(configurer)

/** A file that could not be processed. */
function failure(task: FileTask, reason: string): TaskReply {
  return {kind: 'record', record: failedRecord(task.filePath, reason)}
}

async function handle(task: FileTask): Promise<TaskReply> {
  const ready = await prepareTask(task)
  if ('failure' in ready) return failure(task, ready.failure)
  const {setup: fileSetup, previous} = ready
  const record = await summariseFile(task.filePath, fileSetup, {previous, onlyRuleIds: task.crossYearOnly ? crossYearRuleIds : undefined})
  if (task.previousPath) record.previousPath = task.previousPath
  const json = JSON.stringify(record)
  if (setup.cacheDirectory && task.cacheKey && record.failure === null) writeCacheEntry(setup.cacheDirectory, task.cacheKey, json)
  // The cross-year pass merges the few findings it makes into rows the main thread already holds.
  if (task.crossYearOnly) return {kind: 'record', record}
  const {row, messages} = toRowFields(record)
  const findings = messages.map(({ruleId, severity, sectionKind}) => ({ruleId, severity, sectionKind}))
  return {kind: 'spooled', row, findings, json}
}

serveTasks<FileTask, TaskReply>(handle, (task, error) => failure(task, `${task.filePath}: 无法处理文件 / cannot process: ${describeError(error)}`))
