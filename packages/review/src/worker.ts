/** The review's pool worker: resolves configuration itself from the run's inputs, then summarises the files it is handed one at a time. */
import {workerData} from 'node:worker_threads'
import {parseInput, type ReportDocument} from '@fzlint/core'
import {describeError, readFileBytes, readInputFromBytes} from '@fzlint/core/io'
import {serveTasks} from '@fzlint/pool'
import {builtinRules} from '@fzlint/builtin'
import {writeCacheEntry} from './cache.js'
import type {FileTask, TaskReply, WorkerSetup} from './protocol.js'
import {toRowFields} from './record.js'
import {createFileConfigurer} from './rule-config.js'
import {failedRecord, summariseFile, type FileLintSetup} from './summarize-file.js'

const setup = workerData as WorkerSetup
// Blocking reads: this thread has nothing else to do while a file is read (see ReadOptions.isBlocking).
const configurer = createFileConfigurer({...setup.config, read: {...setup.config.read, isBlocking: true}})
/** The rules that compare a report with last year's (meta.usesRelated), whatever their package: the second pass runs only these. */
const crossYearRuleIds: ReadonlySet<string> = new Set(builtinRules.filter((rule) => rule.meta.usesRelated?.includes('previous')).map((rule) => rule.meta.id))

/**
 * The previous-year report read last, for the next task that names it: with --previous every report of the batch is
 * compared with one file, and copies of a body's report (a draft and a final) pair with the same one. Each task read,
 * parsed and searched it again (10,000 corpus copies: 1,428 tasks, one previous report); the rules' caches keyed by
 * the document (its indicators, sentences) now serve them all. Reused only while its bytes and the settings it was
 * parsed with are the same.
 */
let lastPrevious: {path: string; settings: string; bytes: Uint8Array; document: ReportDocument} | undefined

async function readPreviousReport(previousPath: string, fileSetup: FileLintSetup): Promise<ReportDocument> {
  const settings = JSON.stringify(fileSetup.baseSettings)
  // Read once: the bytes tell whether the document made from them last time still stands, and are parsed when not.
  const bytes = await readFileBytes(previousPath, fileSetup.read)
  if (lastPrevious?.path === previousPath && lastPrevious.settings === settings && Buffer.compare(lastPrevious.bytes, bytes) === 0) return lastPrevious.document
  const document = parseInput(await readInputFromBytes(bytes, previousPath, fileSetup.read), {settings: fileSetup.baseSettings})
  lastPrevious = {path: previousPath, settings, bytes, document}
  return document
}

/** A file that could not be processed. */
function failure(task: FileTask, reason: string): TaskReply {
  return {kind: 'record', record: failedRecord(task.filePath, reason)}
}

async function handle(task: FileTask): Promise<TaskReply> {
  const fileSetup = configurer.setupFor(task.filePath)
  if (!fileSetup) {
    // The main thread skips ignored files; reaching here means the config changed mid-run.
    return failure(task, `${task.filePath}: 已按忽略规则跳过 / ignored by configuration`)
  }
  let previous: ReportDocument | undefined
  if (task.previousPath) {
    try {
      previous = await readPreviousReport(task.previousPath, fileSetup)
    } catch (error) {
      return failure(task, `${task.previousPath}: 无法读取上一年度报告 / cannot read the previous report: ${describeError(error)}`)
    }
  }
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
