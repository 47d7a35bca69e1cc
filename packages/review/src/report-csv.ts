/** `--report summary.csv`: the matrix, UTF-8 with BOM and CRLF so Excel and WPS open the Chinese as Chinese. */
import {REQUIRED_KINDS} from './record.js'
import {displayPath, PROFILE_LABELS, presenceMark, SECTION_LABELS} from './report-rows.js'
import type {ReviewOutcome} from './review.js'

const BOM = '\uFEFF'

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

export function formatReviewCsv(outcome: ReviewOutcome, cwd: string): string {
  const header = ['文件', '发文机关', '年度', '主体', ...REQUIRED_KINDS.map((kind) => SECTION_LABELS[kind]!), '错误', '警告', '上一年度报告', '无法处理的原因']
  const lines = [header.map(csvField).join(',')]
  for (const row of outcome.rows) {
    lines.push(
      [
        displayPath(row.filePath, cwd),
        row.issuer,
        row.year,
        row.profile ? PROFILE_LABELS[row.profile] : '',
        ...REQUIRED_KINDS.map((kind) => presenceMark(row.sections?.[kind])),
        row.errorCount,
        row.warningCount,
        row.previousPath ? displayPath(row.previousPath, cwd) : '',
        row.failure,
      ]
        .map(csvField)
        .join(','),
    )
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
