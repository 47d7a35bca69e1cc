/**
 * `TIMING=1 fzlint …`: where linting time went, per rule and per engine step, as ESLint's TIMING prints it.
 * `TIMING=all` lists every row; a number lists that many (default 10). Printed to stderr, so JSON on stdout stays JSON.
 */
import type {LintTimings} from '@fzlint/core'
import {displayWidth} from '@fzlint/formatters'

const DEFAULT_ROWS = 10

/** The table size TIMING asks for, or undefined when timing is off (unset, empty, `0`). */
export function timingRowsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === '0') return undefined
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY
  const rows = Number(value)
  // TIMING=1 is "on" in ESLint, not "one row".
  return Number.isInteger(rows) && rows > 1 ? rows : DEFAULT_ROWS
}

export function formatTimings(timings: LintTimings, rows: number, fileCount: number): string {
  const total = [...timings.values()].reduce((sum, time) => sum + time, 0)
  const sorted = [...timings].sort((a, b) => b[1] - a[1]).slice(0, rows)
  const header = ['规则或步骤 / rule or step', '时间 / time (ms)', '占比 / relative']
  const body = sorted.map(([key, time]) => [key, time.toFixed(1), `${total > 0 ? ((time / total) * 100).toFixed(1) : '0.0'}%`])
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => displayWidth(row[column]!))))
  const line = (cells: string[]) => cells.map((cell, column) => {
    const padding = ' '.repeat(widths[column]! - displayWidth(cell))
    return column === 0 ? cell + padding : padding + cell
  }).join(' | ')
  return [
    line(header),
    widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | '),
    ...body.map(line),
    `${fileCount} 个文件，共 ${total.toFixed(1)} ms / ${fileCount} files, ${total.toFixed(1)} ms in all`,
  ].join('\n')
}
