/**
 * The engine's one diagnostic for a file that is not a report: a memo, a list or a stray README would get dozens
 * of findings that say nothing, so it gets this warning instead and no rule runs.
 */
import type {ReportDocument} from '../model/report-model.js'
import {findYears} from '../text/years.js'
import {startAtOriginal, summarise} from './shape-results.js'
import type {LintMessage, LintResult, PositionMap} from './types.js'

/** Id of the engine's own diagnostic for a file that is not a report; no rule has this id. */
export const NOT_A_REPORT_ID = 'not-a-report'

/**
 * A report has numbered headings (一、（一）) or names a year (2023年). Headings must be numbered: any README has
 * Markdown `#` headings, and the editor lints no README.
 */
export function looksLikeReport(document: ReportDocument): boolean {
  return document.allSections.some((section) => section.numbering !== undefined) || findYears(document.source).length > 0
}

export interface NotAReportOptions {
  /** Puts the warning at the original file's first text position. */
  positionMap?: PositionMap
  /** Carried into the result, as for any file. */
  extra?: Partial<LintResult>
}

/** The result of a file that is not a report: the one warning, at the start of its text. */
export function notAReportResult(filePath: string, {positionMap, extra}: NotAReportOptions = {}): LintResult {
  const message: LintMessage = {
    ruleId: NOT_A_REPORT_ID,
    severity: 1,
    message: `${filePath}: 不像年度报告（没有“一、”“（一）”等编号标题，也没有“2023年”这样的年份），未运行规则 / does not look like a report (no numbered headings, no year); no rules were run`,
    line: 1,
    column: 1,
  }
  if (positionMap) startAtOriginal(message, positionMap.toOriginal(0))
  return summarise(filePath, [message], extra)
}
