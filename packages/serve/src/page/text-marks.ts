/**
 * Where findings lie in the linted text, and each line of that text cut into plain and marked pieces.
 * Pure (no DOM), so the arithmetic is tested in Node against the real readers.
 */
import {createLocator, type LintMessage, type PositionMap} from '@fzlint/core'

/** A finding as offsets [start, end) into the linted text; start === end for a point. */
export interface FindingSpan {
  /** The finding's id in the page (shared by its list item and its marks). */
  id: string
  severity: 1 | 2
  ruleId: string | null
  start: number
  end: number
}

export type LinePiece =
  | {kind: 'text'; text: string}
  /** Text covered by one or more findings; `text` is empty for findings that point between characters. */
  | {kind: 'mark'; text: string; spans: FindingSpan[]}

export interface TextLine {
  /** 1-based, as in results. */
  number: number
  pieces: LinePiece[]
}

/**
 * Offset of a result position. Columns count UTF-16 code units from the start of the line — except in
 * .docx, where they count from the start of the paragraph and a paragraph with a manual line break spans
 * several lines of the extracted text. The position map tells, at each line start, how far the column
 * count already is (1 for a line that starts a paragraph), which gives where the counting began. A map whose
 * positions are the original file's (a wrapped text read with its paragraphs rejoined) says the offset itself.
 */
export function createOffsetFinder(text: string, positionMap?: PositionMap): (point: {line: number; column: number}) => number {
  const locator = createLocator(text)
  if (positionMap?.toOffset) return (point) => Math.min(Math.max(positionMap.toOffset!(point), 0), text.length)
  return ({line, column}) => {
    const lineStart = locator.lineStart(line)
    const countStart = positionMap ? lineStart - (positionMap.toOriginal(lineStart).column - 1) : lineStart
    return Math.min(Math.max(countStart + column - 1, 0), text.length)
  }
}

export function findingSpans(messages: readonly LintMessage[], text: string, positionMap: PositionMap | undefined, idOf: (index: number) => string): FindingSpan[] {
  const offsetOf = createOffsetFinder(text, positionMap)
  return messages.map((message, index) => {
    const start = offsetOf(message)
    const end = message.endLine === undefined || message.endColumn === undefined ? start : Math.max(start, offsetOf({line: message.endLine, column: message.endColumn}))
    return {id: idOf(index), severity: message.severity, ruleId: message.ruleId, start, end}
  })
}

/** Line content ranges [start, end), terminators (`\n`, `\r\n`, lone `\r`, as the locator counts them) excluded. */
function lineRanges(text: string): {start: number; end: number}[] {
  const locator = createLocator(text)
  const ranges: {start: number; end: number}[] = []
  for (let line = 1; line <= locator.lineCount; line++) {
    ranges.push({start: locator.lineStart(line), end: locator.lineEnd(line)})
  }
  return ranges
}

/**
 * The text line by line, each cut where findings begin and end. A finding across lines is marked on each
 * line it covers; one that covers no visible character (a point, or only line breaks) becomes an empty mark
 * where it starts, so it can still be shown and scrolled to.
 */
export function markLines(text: string, spans: readonly FindingSpan[]): TextLine[] {
  const ranges = lineRanges(text)
  const covering: FindingSpan[][] = ranges.map(() => [])
  const points: FindingSpan[][] = ranges.map(() => [])
  const lineIndexOf = (offset: number) => {
    let low = 0
    let high = ranges.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (ranges[middle]!.start <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
  for (const span of spans) {
    const first = lineIndexOf(span.start)
    const last = lineIndexOf(Math.max(span.start, span.end - 1))
    let isVisible = false
    for (let index = first; index <= last; index++) {
      const range = ranges[index]!
      if (Math.max(span.start, range.start) < Math.min(span.end, range.end)) {
        covering[index]!.push(span)
        isVisible = true
      }
    }
    if (!isVisible) points[first]!.push(span)
  }
  return ranges.map((range, index) => ({number: index + 1, pieces: cutLine(text, range, covering[index]!, points[index]!)}))
}

function cutLine(text: string, range: {start: number; end: number}, covering: readonly FindingSpan[], points: readonly FindingSpan[]): LinePiece[] {
  const clip = (offset: number) => Math.min(Math.max(offset, range.start), range.end)
  const boundaries = new Set([range.start, range.end])
  for (const span of covering) {
    boundaries.add(clip(span.start))
    boundaries.add(clip(span.end))
  }
  for (const point of points) boundaries.add(clip(point.start))
  const sorted = [...boundaries].sort((a, b) => a - b)
  const pieces: LinePiece[] = []
  for (let index = 0; index < sorted.length; index++) {
    const from = sorted[index]!
    const pointsHere = points.filter((point) => clip(point.start) === from)
    if (pointsHere.length > 0) pieces.push({kind: 'mark', text: '', spans: pointsHere})
    const to = sorted[index + 1]
    if (to === undefined) break
    const slice = text.slice(from, to)
    const over = covering.filter((span) => span.start <= from && span.end >= to)
    const previous = pieces.at(-1)
    if (over.length > 0) pieces.push({kind: 'mark', text: slice, spans: over})
    else if (previous?.kind === 'text') previous.text += slice
    else pieces.push({kind: 'text', text: slice})
  }
  return pieces
}
