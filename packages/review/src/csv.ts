/**
 * CSV as offices open it: UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), so that Excel and WPS read the
 * Chinese as Chinese. Used by `fzlint review --report x.csv` and by `fzlint indicators --format csv`.
 */

export type CsvValue = string | number | null | undefined

const BOM = '\uFEFF'

/**
 * RFC 4180 quoting; a text with a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula.
 * A number is written as it is: −0.7 (a change from last year) stays a number a spreadsheet can sum.
 */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

/** A whole CSV file: the rows' fields quoted and joined, each row ended by CRLF, the BOM first. */
export function formatCsv(rows: Iterable<readonly CsvValue[]>): string {
  const lines: string[] = []
  for (const row of rows) lines.push(row.map(csvField).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
