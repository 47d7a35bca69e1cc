/** The per-file summary a review keeps: enough for the matrix, the charts and the details, never the source or the tree. */
import type {LintMessage, ReportingBodyProfile} from '@fzlint/core'

export const REQUIRED_KINDS = ['measures', 'shortcomings', 'duty', 'plans'] as const
export type RequiredKind = (typeof REQUIRED_KINDS)[number]

export const REQUIRED_KIND_LABELS: Record<RequiredKind, string> = {
  measures: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  duty: '第一责任人履职',
  plans: '下一年度安排',
}

export interface SectionPresence {
  status: 'present' | 'nested' | 'absent'
  /** For `nested`: the lower heading that covers the part (helong-2023 puts duty under （一）). */
  note?: string
}

/** Where a message sits in the text: the sentence around it and the flagged span within that sentence. */
export interface MessageContext {
  sentence: string
  /** [start, end) of the flagged text inside `sentence`; equal when the finding has no extent. */
  highlight: [number, number]
}

export interface ReviewMessage extends Omit<LintMessage, 'fix' | 'suggestions'> {
  context?: MessageContext
  /** Kind of the top-level section the finding lies in (`other` for a non-required one), or null before the first. */
  sectionKind: string | null
  sectionTitle: string | null
  isFixable?: boolean
}

/**
 * An indicator the report states (`findIndicators` of @fzlint/rules-numeric: 调解成功率99.8%, 受理行政复议申请106宗),
 * where it stands in the file (mapped as findings are) and the sentence stating it, with the figure marked.
 */
export interface ReviewIndicator {
  /** Catalogue id (rules/numeric/data/indicators.json). */
  id: string
  label: string
  kind: 'rate' | 'count'
  /** 99.8 for 99.8%; 12000 for 1.2万件. */
  value: number
  unit: string
  /** The figure as written (99.8%, 20余次). */
  text: string
  line: number
  column: number
  paragraph?: number
  context: MessageContext
}

/** One report's value of one indicator, as the matrix rows keep it in memory: the first statement of that indicator. */
export interface IndicatorCell {
  label: string
  kind: 'rate' | 'count'
  value: number
  unit: string
}

export interface ReviewRecord {
  filePath: string
  /** Set when the file could not be read or parsed: the reason, in Chinese and English. */
  failure: string | null
  title: string | null
  /** Sign-off issuer, else the organ in the title or the opening. */
  issuer: string | null
  year: number | null
  profile: ReportingBodyProfile | null
  sections: Record<RequiredKind, SectionPresence> | null
  errorCount: number
  warningCount: number
  encoding?: string
  format?: string
  messages: ReviewMessage[]
  /** Every indicator statement, in text order (none for a failure and in the cross-year pass). */
  indicators?: ReviewIndicator[]
  /** The previous year's report this one was compared with, when there was one. */
  previousPath?: string
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

function isReviewMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return (
    isNullableString(message['ruleId']) &&
    (message['severity'] === 1 || message['severity'] === 2) &&
    typeof message['message'] === 'string' &&
    typeof message['line'] === 'number' &&
    typeof message['column'] === 'number' &&
    isNullableString(message['sectionKind'] ?? null)
  )
}

/**
 * Whether JSON read back (from the cache) has a record's shape: the fields the matrix, the tallies and the
 * reports read without checking. An entry of an older shape or a damaged file fails, and the file is reviewed again.
 */
export function isReviewRecord(value: unknown): value is ReviewRecord {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    isNullableString(record['failure']) &&
    isNullableString(record['title']) &&
    isNullableString(record['issuer']) &&
    (record['year'] === null || typeof record['year'] === 'number') &&
    (record['sections'] === null || (typeof record['sections'] === 'object' && !Array.isArray(record['sections']))) &&
    typeof record['errorCount'] === 'number' &&
    typeof record['warningCount'] === 'number' &&
    Array.isArray(record['messages']) &&
    record['messages'].every(isReviewMessage) &&
    // A report's record without the indicators is from before they were read: reviewed again.
    (record['failure'] !== null || Array.isArray(record['indicators']))
  )
}

/**
 * The indicator cells of a record: one per indicator id, its first statement. What a matrix row keeps of the
 * indicators, bounded by the catalogue's size; the sentences stay in the spooled record.
 */
export function summariseIndicatorCells(indicators: readonly ReviewIndicator[]): Record<string, IndicatorCell> {
  const cells: Record<string, IndicatorCell> = {}
  for (const indicator of indicators) {
    if (Object.hasOwn(cells, indicator.id)) continue
    cells[indicator.id] = {label: indicator.label, kind: indicator.kind, value: indicator.value, unit: indicator.unit}
  }
  return cells
}

/** A record as a matrix row keeps it: without its messages and indicator statements, with its indicator cells. */
export type RecordRow = Omit<ReviewRecord, 'messages' | 'indicators'> & {indicatorCells: Record<string, IndicatorCell>}

export function toRowFields(record: ReviewRecord): {row: RecordRow; messages: ReviewMessage[]} {
  const {messages, indicators, ...rest} = record
  return {row: {...rest, indicatorCells: summariseIndicatorCells(indicators ?? [])}, messages}
}

/** Counts recomputed from messages (after cross-year findings are merged in). */
export function countSeverities(messages: readonly {severity: 1 | 2}[]): {errorCount: number; warningCount: number} {
  let errorCount = 0
  let warningCount = 0
  for (const message of messages) {
    if (message.severity === 2) errorCount++
    else warningCount++
  }
  return {errorCount, warningCount}
}
