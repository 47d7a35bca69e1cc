/** Helpers the temporal rules share: which year a passage reports on, where a text sits in the source, today's date. */
import {findReferenceYear, type LintSettings, type ReportDocument} from '@fzlint/core'
import type {CalendarDate} from '@fzlint/core/text'

export interface Reference {
  year: number
  /** True inside the plans section (下一年度安排), which reports on the year after the report year. */
  isPlans: boolean
  /** How messages name the part whose year this is. */
  scope: string
}

/** The year the passage at `offset` reports on, with the wording messages use for it; null when the report year is unknown. */
export function findReference(document: ReportDocument, offset: number): Reference | null {
  const reference = findReferenceYear(document, offset)
  if (!reference) return null
  return {...reference, scope: reference.isPlans ? '“下一年度安排”部分所述年度' : '本报告所述年度'}
}

/** Source offsets of `text` inside a node (first occurrence), or the node's own span when not found. */
export function findRangeInNode(source: string, node: {position?: {start: {offset?: number}; end: {offset?: number}}}, text: string): [number, number] | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return null
  const at = source.slice(start, end).indexOf(text)
  return at === -1 ? [start, end] : [start + at, start + at + text.length]
}

/** `settings.today` when set (tests and reproducible runs pin it), else the machine's date. */
export function resolveToday(settings: LintSettings): CalendarDate {
  if (settings.today) return settings.today
  const now = new Date()
  return {year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate()}
}
