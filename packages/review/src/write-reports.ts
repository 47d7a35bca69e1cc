/** `--report <file>`: the format follows the extension (.html, .csv, .json); several may be given. */
import {closeSync, mkdirSync, openSync, writeFileSync, writeSync} from 'node:fs'
import {dirname, extname, resolve} from 'node:path'
import type {RuleMeta} from '@fzlint/core'
import {describeFileSystemError} from '@fzlint/core/io'
import {formatIndicatorsCsv, formatReviewCsv, indicatorsCsvPath} from './report-csv.js'
import {writeReviewHtml} from './report-html.js'
import type {ReviewOutcome} from './review.js'

export const REPORT_FORMATS = ['.html', '.csv', '.json'] as const

export class ReportFormatError extends Error {}

export interface WriteReportsOptions {
  cwd: string
  rulesMeta: Record<string, RuleMeta>
  generator: string
}

/** Checked before any work is done, so a typo in `--report` does not cost a whole run. */
export function checkReportTargets(targets: string[]): void {
  for (const target of targets) {
    if (!(REPORT_FORMATS as readonly string[]).includes(extname(target).toLowerCase())) {
      throw new ReportFormatError(`--report ${target}: 只支持 ${REPORT_FORMATS.join('、')} / the extension picks the format: ${REPORT_FORMATS.join(', ')}`)
    }
  }
}

/** The JSON report, one record at a time: summary, tallies, then every report with its findings. */
function writeReviewJson(outcome: ReviewOutcome, target: string, options: WriteReportsOptions): void {
  const descriptor = openSync(target, 'w')
  try {
    const summary = {
      generator: options.generator,
      reports: outcome.rows.length,
      errors: outcome.rows.reduce((sum, row) => sum + row.errorCount, 0),
      warnings: outcome.rows.reduce((sum, row) => sum + row.warningCount, 0),
      failures: outcome.rows.filter((row) => row.failure !== null).length,
      byRule: outcome.byRule,
      bySection: outcome.bySection,
    }
    writeSync(descriptor, `{"summary":${JSON.stringify(summary)},"reports":[\n`)
    outcome.rows.forEach((row, index) => {
      writeSync(descriptor, `${index === 0 ? '' : ',\n'}${JSON.stringify(outcome.readRecord(row))}`)
    })
    writeSync(descriptor, '\n]}\n')
  } finally {
    closeSync(descriptor)
  }
}

/**
 * A report file that cannot be written (a folder of that name, a folder the user may not write to): the CLI prints
 * the message and exits 2, by the `isFileWriteError` mark it shares with the CLI's own write errors.
 */
export class ReportWriteError extends Error {
  readonly isFileWriteError = true
}

function describeWriteFailure(path: string, error: unknown): string {
  const reason = describeFileSystemError(error)
  return `${path}: 无法写入审阅报告：${reason.zh} / cannot write the review report: ${reason.en}`
}

/** Writes one report file: a file-system failure becomes a ReportWriteError naming it. */
function writeReportFile(path: string, write: (path: string) => void): void {
  try {
    mkdirSync(dirname(path), {recursive: true})
    write(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error
    throw new ReportWriteError(describeWriteFailure(path, error))
  }
}

export function writeReviewReports(outcome: ReviewOutcome, targets: string[], options: WriteReportsOptions): string[] {
  const written: string[] = []
  for (const target of targets) {
    const path = resolve(options.cwd, target)
    const extension = extname(path).toLowerCase()
    if (extension === '.csv') {
      writeReportFile(path, (file) => writeFileSync(file, formatReviewCsv(outcome, options.cwd)))
      written.push(path)
      // The indicators sheet has a column per indicator: a file of its own beside the matrix.
      const sheetPath = indicatorsCsvPath(path)
      writeReportFile(sheetPath, (file) => writeFileSync(file, formatIndicatorsCsv(outcome, options.cwd)))
      written.push(sheetPath)
      continue
    }
    if (extension === '.json') writeReportFile(path, (file) => writeReviewJson(outcome, file, options))
    else writeReportFile(path, (file) => writeReviewHtml(outcome, file, {cwd: options.cwd, rulesMeta: options.rulesMeta, generator: options.generator}))
    written.push(path)
  }
  return written
}
