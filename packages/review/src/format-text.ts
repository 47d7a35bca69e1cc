/** `fzlint review` on the terminal: one line per report (sorted by path), failures spelled out, then totals. */
import {REQUIRED_KINDS} from './record.js'
import {bodyLabel, displayPath, PROFILE_LABELS, presenceMark, SECTION_LABELS} from './report-rows.js'
import type {ReviewOutcome} from './review.js'

export function formatReviewText(outcome: ReviewOutcome, cwd: string): string {
  const lines: string[] = []
  for (const row of outcome.rows) {
    const path = displayPath(row.filePath, cwd)
    if (row.failure !== null) {
      lines.push(`✗ ${path}  无法处理 / not processed: ${row.failure}`)
      continue
    }
    const cells = REQUIRED_KINDS.map((kind) => `${SECTION_LABELS[kind]}${presenceMark(row.sections?.[kind])}`).join(' ')
    const profile = row.profile ? PROFILE_LABELS[row.profile] : '—'
    const previous = row.previousPath ? `  对比 ${displayPath(row.previousPath, cwd)}` : ''
    lines.push(`${row.errorCount > 0 ? '✗' : '✓'} ${path}  ${bodyLabel(row)} ${row.year ?? '—'} ${profile}  ${cells}  错误 ${row.errorCount} 警告 ${row.warningCount}${previous}`)
  }
  const failures = outcome.rows.filter((row) => row.failure !== null).length
  const errors = outcome.rows.reduce((sum, row) => sum + (row.failure === null ? row.errorCount : 0), 0)
  const warnings = outcome.rows.reduce((sum, row) => sum + row.warningCount, 0)
  const seconds = (outcome.elapsedMs / 1000).toFixed(1)
  lines.push(
    '',
    `共 ${outcome.rows.length} 份报告 / reports：错误 ${errors}，警告 ${warnings}，无法处理 ${failures}` +
      (outcome.ignored.length > 0 ? `，按配置忽略 ${outcome.ignored.length}` : '') +
      (outcome.cacheHits > 0 ? `，缓存命中 ${outcome.cacheHits}` : '') +
      `；用时 ${seconds} 秒`,
  )
  return `${lines.join('\n')}\n`
}
