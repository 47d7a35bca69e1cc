/**
 * What both pool workers (the plain command's and review's) do before linting a file: take its configuration, and
 * read last year's report when the task names one (`--previous`).
 */
import {parseInput, type ReportDocument} from '@fzlint/core'
import {describeError, readFileBytes, readInputFromBytes} from '@fzlint/core/io'
import type {FileLintSetup} from './config-inputs.js'
import type {PoolTask} from './protocol.js'

/** A file's configuration and, when its task names one, last year's report; or why the file cannot be linted. */
export type PreparedTask = {setup: FileLintSetup; previous?: ReportDocument} | {failure: string}

/**
 * The previous-year report read last, kept for the next task that names it: with --previous every report of the batch
 * is compared with one file, and copies of a body's report (a draft and a final) pair with the same one. Each task
 * read, parsed and searched it again (review of 10,000 corpus copies: 1,428 tasks, one previous report); the rules'
 * caches keyed by the document (its indicators, sentences) now serve them all. Reused only while its bytes and the
 * settings it was parsed with are the same.
 */
function createPreviousReportReader(): (previousPath: string, setup: FileLintSetup) => Promise<ReportDocument> {
  let last: {path: string; settings: string; bytes: Uint8Array; document: ReportDocument} | undefined
  return async (previousPath, setup) => {
    const settings = JSON.stringify(setup.baseSettings)
    // Read once: the bytes tell whether the document made from them last time still stands, and are parsed when not.
    const bytes = await readFileBytes(previousPath, setup.read)
    if (last?.path === previousPath && last.settings === settings && Buffer.compare(last.bytes, bytes) === 0) return last.document
    const document = parseInput(await readInputFromBytes(bytes, previousPath, setup.read), {settings: setup.baseSettings})
    last = {path: previousPath, settings, bytes, document}
    return document
  }
}

/** A worker's task preparer over its configuration (createFileSetups, or review's configurer). */
export function createTaskPreparer(setups: {setupFor(filePath: string): FileLintSetup | null}): (task: PoolTask & {previousPath?: string}) => Promise<PreparedTask> {
  const readPreviousReport = createPreviousReportReader()
  return async (task) => {
    const setup = setups.setupFor(task.filePath)
    // The main thread skips ignored files; reaching here means the config changed mid-run.
    if (!setup) return {failure: `${task.filePath}: 已按忽略规则跳过 / ignored by configuration`}
    if (!task.previousPath) return {setup}
    try {
      return {setup, previous: await readPreviousReport(task.previousPath, setup)}
    } catch (error) {
      return {failure: `${task.previousPath}: 无法读取上一年度报告 / cannot read the previous report: ${describeError(error)}`}
    }
  }
}
