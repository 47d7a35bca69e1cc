/**
 * Findings → the plain result shape every formatter and tool reads (LintMessage, LintResult): positions mapped into
 * the original file, sorted, counted. `fatal` has the one meaning of ESLint's results, which other tools read: the
 * file, or a rule on it, could not be processed. An error-level finding is `severity: 2`, never `fatal`.
 */
import type {VFileMessage} from 'vfile-message'
import type {Locator} from '../text/locator.js'
import {describeOverTime} from './deadline.js'
import {compareMessages} from './sort-messages.js'
import type {LintMessage, LintResult, PositionMap} from './types.js'

export interface ToLintMessageOptions {
  /** For extracted or rejoined text: where each offset of the linted text lies in the original file. */
  positionMap?: PositionMap
  /** The linted text's locator: turns a message's line and column into an offset when it has none. */
  locator?: Locator
}

/** Where a message starts and ends in the linted text, as offsets (end = start when it has no end). */
function textRangeOf(message: VFileMessage, locator: Locator): [number, number] {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : undefined
  const startOffset = start?.offset ?? locator.toOffset({line: start?.line ?? 1, column: start?.column ?? 1})
  return [startOffset, end ? (end.offset ?? locator.toOffset(end)) : startOffset]
}

/** Puts a message's start at a place in the original file (its line and column, and its paragraph or page when known). */
export function startAtOriginal(message: LintMessage, place: ReturnType<PositionMap['toOriginal']>): void {
  message.line = place.line
  message.column = place.column
  if (place.paragraph !== undefined) message.paragraph = place.paragraph
  if (place.page !== undefined) message.page = place.page
}

/** Converts a vfile message to the plain result shape, mapping its positions into the original file. */
export function toLintMessage(message: VFileMessage, {positionMap, locator}: ToLintMessageOptions = {}): LintMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : undefined
  const result: LintMessage = {
    ruleId: message.ruleId ?? null,
    severity: message.severity ?? 1,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
  }
  if (end) {
    result.endLine = end.line
    result.endColumn = end.column
  }
  if (positionMap && locator) {
    const [startOffset, endOffset] = textRangeOf(message, locator)
    startAtOriginal(result, positionMap.toOriginal(startOffset))
    if (end) {
      const mappedEnd = positionMap.toOriginal(endOffset)
      result.endLine = mappedEnd.line
      result.endColumn = mappedEnd.column
    }
  }
  if (message.messageId) result.messageId = message.messageId
  if (message.data) result.data = message.data
  if (message.fix) result.fix = message.fix
  if (message.suggestions) result.suggestions = message.suggestions
  if (message.note) result.note = message.note
  if (message.url) result.url = message.url
  // Only a crashed rule's message is fatal here; file-level failures are built as fatal results (fatalResult).
  if (message.fatal === true) result.fatal = true
  return result
}

export interface ShapeMessagesOptions extends ToLintMessageOptions {
  locator: Locator
}

export interface ShapedMessages {
  /** In the original file's coordinates, sorted by place, then rule id. */
  messages: LintMessage[]
  /** For each of `messages` (same index): its [start, end] offsets in the linted text. */
  textRanges: Array<[number, number]>
}

/** The kept findings of one file as results: each mapped once into the original file, then sorted. */
export function shapeMessages(messages: readonly VFileMessage[], options: ShapeMessagesOptions): ShapedMessages {
  // Arrays pushed, not map()ped: an optimised map() returns a holey array where the interpreter's is packed, and the
  // code after it (this sort, the summary's and the formatters' loops over the messages), typed by one kind,
  // deoptimised on the other ("wrong map", V8 --trace-deopt) and was compiled again.
  const shaped: {message: LintMessage; range: [number, number]}[] = []
  for (const message of messages) shaped.push({message: toLintMessage(message, options), range: textRangeOf(message, options.locator)})
  shaped.sort((a, b) => compareMessages(a.message, b.message))
  const sorted: ShapedMessages = {messages: [], textRanges: []}
  for (const {message, range} of shaped) {
    sorted.messages.push(message)
    sorted.textRanges.push(range)
  }
  return sorted
}

export function summarise(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...extra,
  }
  for (const message of messages) {
    if (message.severity === 2) result.errorCount++
    else result.warningCount++
    if (message.fatal) result.fatalErrorCount++
    if (message.fix) {
      if (message.severity === 2) result.fixableErrorCount++
      else result.fixableWarningCount++
    }
  }
  return result
}

/** A result for a file that could not be processed: one fatal message, exit code 2 in the CLI. */
export function fatalResult(filePath: string, reason: string, extra: Partial<LintResult> = {}): LintResult {
  return summarise(filePath, [{ruleId: null, severity: 2, fatal: true, message: reason, line: 1, column: 1}], extra)
}

/** The result of a file stopped over its time limit: one fatal message naming it (exit 2 in the CLI). */
export function overTimeResult(filePath: string, limitMs: number, extra: Partial<LintResult> = {}): LintResult {
  return fatalResult(filePath, describeOverTime(filePath, limitMs), extra)
}
