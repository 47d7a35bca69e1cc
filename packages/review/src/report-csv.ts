/**
 * `--report summary.csv`: the matrix, and beside it `summary.indicators.csv`, the indicators sheet (csv.ts: UTF-8
 * with BOM and CRLF so Excel and WPS open the Chinese as Chinese).
 */
import {buildIndicatorColumns, describeChange, findPreviousRows} from './indicator-sheet.js'
import {REQUIRED_KINDS} from './record.js'
import {bodyLabel, displayPath, PROFILE_LABELS, presenceMark, SECTION_LABELS} from './report-rows.js'
import type {ReviewOutcome} from './review.js'
import {formatCsv, type CsvValue} from './csv.js'

export function formatReviewCsv(outcome: ReviewOutcome, cwd: string): string {
  const header = ['文件', '发文机关', '年度', '主体', ...REQUIRED_KINDS.map((kind) => SECTION_LABELS[kind]!), '错误', '警告', '上一年度报告', '无法处理的原因']
  const rows: CsvValue[][] = [header]
  for (const row of outcome.rows) {
    rows.push([
      displayPath(row.filePath, cwd),
      row.issuer,
      row.year,
      row.profile ? PROFILE_LABELS[row.profile] : '',
      ...REQUIRED_KINDS.map((kind) => presenceMark(row.sections?.[kind])),
      row.errorCount,
      row.warningCount,
      row.previousPath ? displayPath(row.previousPath, cwd) : '',
      row.failure,
    ])
  }
  return formatCsv(rows)
}

/**
 * The indicators sheet: one row per report that was processed, one column per indicator (`调解成功率（%） [mediation-success]`:
 * the label, the units, the catalogue id), the first value the report states. When some report is paired with its
 * previous year in the batch, each indicator column is followed by `<id>-change`: this year's value minus last
 * year's (percentage points for a rate), empty when either year does not state it.
 */
export function formatIndicatorsCsv(outcome: ReviewOutcome, cwd: string): string {
  const rows = outcome.rows.filter((row) => row.failure === null)
  const columns = buildIndicatorColumns(rows)
  const previousRows = findPreviousRows(rows)
  const hasPairs = previousRows.size > 0
  const header = ['文件', '发文机关', '年度', '上一年度报告']
  for (const column of columns) {
    header.push(`${column.label}（${column.units.join('/')}） [${column.id}]`)
    if (hasPairs) header.push(`${column.label} 较上年 [${column.id}-change]`)
  }
  const lines: CsvValue[][] = [header]
  for (const row of rows) {
    const previous = previousRows.get(row)
    const fields: CsvValue[] = [displayPath(row.filePath, cwd), bodyLabel(row), row.year, row.previousPath ? displayPath(row.previousPath, cwd) : '']
    for (const column of columns) {
      const cell = row.indicatorCells?.[column.id]
      fields.push(cell ? cell.value : '')
      if (!hasPairs) continue
      const before = previous?.indicatorCells?.[column.id]
      fields.push(cell && before ? describeChange(cell, before).difference : '')
    }
    lines.push(fields)
  }
  return formatCsv(lines)
}

/** Where the indicators sheet goes beside a CSV summary: summary.csv → summary.indicators.csv. */
export function indicatorsCsvPath(summaryPath: string): string {
  return summaryPath.replace(/(\.csv)?$/iu, '.indicators.csv')
}
