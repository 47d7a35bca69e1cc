/**
 * Plain text copied out of a PDF or a printed layout keeps the page's line breaks (回行) inside paragraphs, and
 * the page numbers between pages (`— 3 —`, GB/T 9704 7.5). The rules read paragraphs and sentences: a sentence
 * broken over two lines is two paragraphs to them, and a figure broken over two lines (`罚没款132` / `5.6万元`)
 * is two figures. Such a text is read with its paragraphs rejoined and the page numbers left out; every offset
 * maps back to the line and column of the file.
 *
 * Only a text that is plainly wrapped this way is rejoined: many lines of the same display width (a line is as
 * wide as the page allows), most of them not ending a sentence. A report written one paragraph per line, as
 * web copies and drafts are, has lines of every width and is read as it is.
 */
import type {PositionMap} from '../text/position-map.js'
import {isSpaceCode} from './code-units.js'
import {createLocator, findLastAtOrBefore, lineStartsOf} from './locator.js'

export interface UnwrappedText {
  text: string
  positionMap: PositionMap
}

/** Display width of a line as a page lays it out: CJK characters and full-width forms take two columns. */
function displayWidth(line: string): number {
  let width = 0
  for (let index = 0; index < line.length; index++) width += line.charCodeAt(index) >= 0x1100 ? 2 : 1
  return width
}

// A line ending one of these (a closing quote or bracket may follow) ends its sentence where the page did not cut it.
export const SENTENCE_END = /[。！？!?；;：:](?:[”’」』）)】]*)$/u
// GB/T 9704 7.5: a page number between two dashes (— 3 —); also 第3页 and 第3页共12页 from other layouts.
const PAGE_NUMBER = /^(?:[—－–-]{1,2}\s*\d{1,4}\s*[—－–-]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?)$/u
// An ordinal that starts a heading or an item (一、 （一） 1. （1）): a block of its own, indented or not.
const ORDINAL = String.raw`(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])`
const ORDINAL_LINE = new RegExp(String.raw`^[\s\u3000]*${ORDINAL}`, 'u')
// A line that starts a block of its own: an ordinal, or indentation.
const BLOCK_START = new RegExp(String.raw`^(?:[\s\u3000]|${ORDINAL})`, 'u')

/** Lines narrower than this (about 15 CJK characters) are never taken for a page's full width. */
const MIN_PAGE_WIDTH = 30
/** Nor wider than this: an A4 page holds 28 CJK characters a line (GB/T 9704), 56 columns; this leaves room. */
const MAX_PAGE_WIDTH = 160
/** A wrapped text may hold a few wider lines (a table row, a layout line); not this share of its text. */
const MAX_LONG_LINE_SHARE = 0.2
/** A full line may fall this many columns short of the page: a two-column character that did not fit. */
const WIDTH_SLACK = 3
/** A text whose paragraphs mostly start indented: then an unindented line after a full one always goes on it. */
const MIN_INDENTED_SHARE = 0.6
/** Wrapped when at least this many lines, and this share of the lines, are full and end no sentence. */
const MIN_WRAPPED_LINES = 5
const MIN_WRAPPED_SHARE = 0.3

interface Line {
  start: number
  /** End of the line's text, before its trailing white space and line break. */
  end: number
  text: string
  width: number
  /** The line began with a form feed: a page break comes before it. */
  hasFormFeed: boolean
}

/**
 * No page has lines wider than MAX_PAGE_WIDTH: a text with much of itself in such lines (a report written one
 * paragraph a line) is not wrapped. Answered from the line starts alone, before any line is measured.
 */
function mayBeWrapped(text: string, starts: readonly number[]): boolean {
  let inLongLines = 0
  for (let index = 0; index < starts.length; index++) {
    const length = (starts[index + 1] ?? text.length) - starts[index]!
    if (length > MAX_PAGE_WIDTH) inLongLines += length
  }
  return inLongLines <= text.length * MAX_LONG_LINE_SHARE
}

function readLines(text: string, starts: readonly number[]): Line[] {
  return starts.map((lineStart, index) => {
    const next = starts[index + 1] ?? text.length
    // A page's first line may begin with the form feed that ended the page before (pdftotext writes it so).
    let start = lineStart
    while (start < next && text.charCodeAt(start) === 12) start++
    let end = next
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
    const lineText = text.slice(start, end)
    // A line of more code units than a page has columns is no page's line; its width need not be measured (a
    // report written one paragraph a line is mostly such lines).
    const width = end - start > MAX_PAGE_WIDTH ? Number.POSITIVE_INFINITY : displayWidth(lineText)
    return {start, end, text: lineText, width, hasFormFeed: start > lineStart}
  })
}

/** The page width of a wrapped text (in display columns), or null when the text is not wrapped. */
function findPageWidth(lines: readonly Line[]): number | null {
  const content = lines.filter((line) => line.text.trim() !== '' && !PAGE_NUMBER.test(line.text.trim()))
  const counts = new Map<number, number>()
  for (const line of content) {
    if (line.width >= MIN_PAGE_WIDTH && line.width <= MAX_PAGE_WIDTH && !SENTENCE_END.test(line.text)) counts.set(line.width, (counts.get(line.width) ?? 0) + 1)
  }
  let best: {width: number; count: number} | null = null
  for (const width of counts.keys()) {
    let count = 0
    for (let slack = 0; slack <= WIDTH_SLACK; slack++) count += counts.get(width - slack) ?? 0
    if (!best || count > best.count || (count === best.count && width > best.width)) best = {width, count}
  }
  if (!best || best.count < MIN_WRAPPED_LINES || best.count < content.length * MIN_WRAPPED_SHARE) return null
  return best.width
}

/** The text with wrapped paragraphs rejoined and page numbers left out, or null when it is not a wrapped text. */
export function unwrapLines(text: string): UnwrappedText | null {
  const starts = lineStartsOf(text)
  if (!mayBeWrapped(text, starts)) return null
  const lines = readLines(text, starts)
  const pageWidth = findPageWidth(lines)
  if (pageWidth === null) return null
  const isFull = (line: Line) => line.width >= pageWidth - WIDTH_SLACK && line.width <= pageWidth + 1
  const isPageNumber = (line: Line) => PAGE_NUMBER.test(line.text.trim())
  // Where paragraphs start indented (左空二字, GB/T 9704 7.3.3), an unindented line goes on the full line before
  // it even when that line ends a sentence (…品牌； / 实施……): indentation, not punctuation, marks paragraphs.
  const isIndented = indentsParagraphs(lines, isFull)

  // Kept stretches of the original, in order: [original start, original end). The text is their concatenation.
  const pieces: [number, number][] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (isPageNumber(line)) {
      index++
      continue
    }
    let end = line.end
    let next = index + 1
    // A full line that ends no sentence goes on in the next line of text, across a page break if one comes
    // between (blank lines with a page number or a form feed among them), unless that line starts a block.
    if (isFull(line) && (isIndented || !SENTENCE_END.test(line.text))) {
      let candidate = next
      let isPageBreak = text.slice(line.end, lines[candidate]?.start ?? text.length).includes('\f')
      while (candidate < lines.length && (lines[candidate]!.text.trim() === '' || isPageNumber(lines[candidate]!))) {
        if (isPageNumber(lines[candidate]!) || lines[candidate]!.hasFormFeed) isPageBreak = true
        candidate++
      }
      const continuation = lines[candidate]
      if (continuation?.hasFormFeed) isPageBreak = true
      const isAdjacent = candidate === next || isPageBreak
      if (continuation && isAdjacent && !BLOCK_START.test(continuation.text)) {
        pieces.push([line.start, end])
        index = candidate
        continue
      }
    }
    // The line ends its paragraph: it keeps its line break (or whatever ends it in the original).
    end = lines[next]?.start ?? text.length
    pieces.push([line.start, end])
    index = next
  }

  const textStarts: number[] = []
  const originalStarts: number[] = []
  let unwrapped = ''
  for (const [start, end] of pieces) {
    textStarts.push(unwrapped.length)
    originalStarts.push(start)
    unwrapped += text.slice(start, end)
  }
  return {text: unwrapped, positionMap: createPiecesPositionMap(text, unwrapped.length, textStarts, originalStarts)}
}

/**
 * Whether the lines that must start a paragraph mostly start indented: those after a line short of the page or
 * after a blank line, but not those after a page break that follows a full line (they go on its paragraph).
 */
function indentsParagraphs(lines: readonly Line[], isFull: (line: Line) => boolean): boolean {
  let starts = 0
  let indented = 0
  let previous: Line | null = null
  let isAfterBlank = false
  let isAfterPageBreak = false
  for (const line of lines) {
    const trimmed = line.text.trim()
    if (line.hasFormFeed) isAfterPageBreak = true
    if (trimmed === '' || PAGE_NUMBER.test(trimmed)) {
      if (PAGE_NUMBER.test(trimmed)) isAfterPageBreak = true
      else isAfterBlank = true
      continue
    }
    const goesOn = previous !== null && isFull(previous) && (!isAfterBlank || isAfterPageBreak)
    // Ordinal headings start blocks of their own, indented or not.
    if (!goesOn && !ORDINAL_LINE.test(line.text)) {
      starts++
      if (/^[\s\u3000]/u.test(line.text)) indented++
    }
    previous = line
    isAfterBlank = false
    isAfterPageBreak = false
  }
  return starts > 0 && indented >= starts * MIN_INDENTED_SHARE
}

/** Maps offsets of the concatenated pieces to the original's line and column, and back. */
function createPiecesPositionMap(original: string, length: number, textStarts: number[], originalStarts: number[]): PositionMap {
  const locator = createLocator(original)
  const pieceEnd = (index: number) => textStarts[index + 1] ?? length
  return {
    toOriginal(offset) {
      const clamped = Math.min(Math.max(offset, 0), length)
      const piece = findLastAtOrBefore(textStarts, clamped)
      const point = locator.toPoint((originalStarts[piece] ?? 0) + clamped - (textStarts[piece] ?? 0))
      return {line: point.line, column: point.column}
    },
    toOffset(point) {
      const originalOffset = locator.toOffset(point)
      const piece = findLastAtOrBefore(originalStarts, originalOffset)
      const start = originalStarts[piece] ?? 0
      const within = originalOffset - start
      // A position in a left-out stretch (a page number) is where the next piece starts.
      if (within >= pieceEnd(piece) - (textStarts[piece] ?? 0)) return textStarts[Math.min(piece + 1, textStarts.length - 1)] ?? length
      return (textStarts[piece] ?? 0) + Math.max(0, within)
    },
  }
}

