/**
 * The indicators sheet of a review: one column per indicator the batch states, each column's median and range, the
 * values far outside their peers (marked for a human look, never an error), and each value's change from the same
 * body's previous year. Pure: the HTML and CSV writers format what this computes.
 */
import type {IndicatorCell} from './record.js'

/** A column gets peer marks only with at least this many values: fewer say nothing about what is usual. */
export const MIN_PEERS = 5
/** Tukey's far-out fences: Q1 − 3·IQR and Q3 + 3·IQR. */
export const FENCE_FACTOR = 3
/**
 * The least spread the fences assume, on the comparison scale: when most reports state the same value (法制审核率
 * 100% in four of five), the quartiles coincide and any other value would be "far". 2 percentage points for a rate;
 * 0.1 on the log10 scale of counts (a factor of about 1.26).
 */
export const MIN_SPREAD = {rate: 2, count: 0.1} as const

export interface RowIndicators {
  filePath: string
  indicatorCells?: Record<string, IndicatorCell>
  previousPath?: string
}

export interface IndicatorColumn {
  id: string
  label: string
  kind: 'rate' | 'count'
  /** The units its values are stated in (件, 宗 …), most used first. */
  units: string[]
  /** How many reports state it. */
  count: number
  median: number
  min: number
  max: number
  /** [low, high] on the comparison scale, or null when the column has fewer than MIN_PEERS values. */
  fences: [number, number] | null
}

/**
 * Where values are compared: rates as they are (percentage points), counts on a log10(1 + x) scale, because the
 * bodies a batch holds differ in size by orders of magnitude (a county receives 600 review applications, a township 6).
 */
export function toComparisonScale(kind: 'rate' | 'count', value: number): number {
  return kind === 'count' ? Math.log10(1 + Math.max(0, value)) : value
}

/** The q-quantile of sorted values, interpolated between neighbours (as spreadsheets' QUARTILE.INC does). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

/** The far-out fences of a column's values on the comparison scale, or null with fewer than MIN_PEERS values. */
export function findPeerFences(kind: 'rate' | 'count', values: readonly number[]): [number, number] | null {
  if (values.length < MIN_PEERS) return null
  const scaled = values.map((value) => toComparisonScale(kind, value)).sort((a, b) => a - b)
  const first = quantile(scaled, 0.25)
  const third = quantile(scaled, 0.75)
  const spread = Math.max(third - first, MIN_SPREAD[kind])
  return [first - FENCE_FACTOR * spread, third + FENCE_FACTOR * spread]
}

export function isFarFromPeers(column: IndicatorColumn, value: number): boolean {
  if (!column.fences) return false
  const scaled = toComparisonScale(column.kind, value)
  return scaled < column.fences[0] || scaled > column.fences[1]
}

/** One column per indicator stated by any report: the most widely stated first, then by label. */
export function buildIndicatorColumns(rows: readonly RowIndicators[]): IndicatorColumn[] {
  const gathered = new Map<string, {label: string; kind: 'rate' | 'count'; values: number[]; units: Map<string, number>}>()
  for (const row of rows) {
    for (const [id, cell] of Object.entries(row.indicatorCells ?? {})) {
      let column = gathered.get(id)
      if (!column) gathered.set(id, (column = {label: cell.label, kind: cell.kind, values: [], units: new Map()}))
      column.values.push(cell.value)
      column.units.set(cell.unit, (column.units.get(cell.unit) ?? 0) + 1)
    }
  }
  const columns = [...gathered].map(([id, column]): IndicatorColumn => {
    const sorted = [...column.values].sort((a, b) => a - b)
    return {
      id,
      label: column.label,
      kind: column.kind,
      units: [...column.units].sort((a, b) => b[1] - a[1]).map(([unit]) => unit),
      count: sorted.length,
      median: quantile(sorted, 0.5),
      min: sorted[0]!,
      max: sorted.at(-1)!,
      fences: findPeerFences(column.kind, sorted),
    }
  })
  return columns.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN') || (a.id < b.id ? -1 : 1))
}

function decimalsOf(value: number): number {
  const text = String(value)
  const point = text.indexOf('.')
  return point < 0 || text.includes('e') ? 0 : text.length - point - 1
}

/** A number as a sheet shows it: no float noise (11.6 − 10.9 is 0.7, not 0.6999999999999993), a real minus sign. */
export function formatNumber(value: number, decimals = decimalsOf(value)): string {
  const fixed = Number(value.toFixed(Math.min(decimals, 6)))
  return String(fixed).replace('-', '−')
}

export interface IndicatorChange {
  /** This year's value minus last year's: percentage points for a rate, a count's difference. */
  difference: number
  /** For a count whose last value was not 0: the relative change in percent. */
  percent?: number
  /** 较上年 +0.6个百分点, 较上年 +6（+7.0%）, 与上年持平. */
  text: string
}

export function describeChange(current: IndicatorCell, previous: IndicatorCell): IndicatorChange {
  const decimals = Math.max(decimalsOf(current.value), decimalsOf(previous.value))
  const difference = Number((current.value - previous.value).toFixed(Math.min(decimals, 6)))
  if (difference === 0) return {difference: 0, ...(current.kind === 'count' && previous.value !== 0 ? {percent: 0} : {}), text: '与上年持平'}
  const signed = `${difference > 0 ? '+' : ''}${formatNumber(difference, decimals)}`
  if (current.kind === 'rate') return {difference, text: `较上年 ${signed}个百分点`}
  if (previous.value === 0) return {difference, text: `较上年 ${signed}`}
  const percent = Number((((current.value - previous.value) / previous.value) * 100).toFixed(1))
  return {difference, percent, text: `较上年 ${signed}（${percent > 0 ? '+' : ''}${formatNumber(percent, 1)}%）`}
}

/** A cell's value with its unit: 99.8%, 106宗. */
export function formatCell(cell: IndicatorCell): string {
  return `${formatNumber(cell.value)}${cell.unit}`
}

/** Each row's previous-year row, when it was paired with one the batch holds. */
export function findPreviousRows<Row extends RowIndicators>(rows: readonly Row[]): Map<Row, Row> {
  const byPath = new Map(rows.map((row) => [row.filePath, row]))
  const previous = new Map<Row, Row>()
  for (const row of rows) {
    const found = row.previousPath ? byPath.get(row.previousPath) : undefined
    if (found && found !== row) previous.set(row, found)
  }
  return previous
}
