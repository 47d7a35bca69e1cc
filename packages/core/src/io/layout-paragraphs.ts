/**
 * Printed lines → paragraphs, for the readers of laid-out documents (read-pdf.ts, read-ofd.ts): a PDF or an OFD
 * stores where each glyph stands and no paragraph, so each reader groups its glyphs into printed lines and judges
 * where a paragraph ends from their geometry. What that judgement is made of is the same for both formats and lives
 * here: the line type, the median, the indent test, the line-end test, and the joining of the lines into one
 * paragraph a line with the offset each page starts at. How far an indent goes, how short a last line is, how the
 * margins are found and which other signs count (spacing, font sizes, centred titles) stay with each reader: they
 * are measured on each format's own writers.
 */
import type {PageStart} from '../text/page-map.js'

/** One printed line of a page, its glyphs read left to right. */
export interface PrintedLine {
  /** The page it stands on, from 1. */
  page: number
  text: string
  /** Where its text starts and ends, in the page's units (PDF points, OFD millimetres). */
  left: number
  right: number
  /** Its baseline's height: PDF's y grows upwards, OFD's downwards. */
  y: number
  /** Its font size, in the page's units. */
  size: number
}

/** The middle value (of an even count, the upper of the two), or 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** A line starting more than `characters` of its font size right of the left margin: a paragraph's indented first line. */
export function isIndented(line: PrintedLine, left: number, characters: number): boolean {
  return line.left > left + line.size * characters
}

/**
 * The line-end test: a line that goes on in the next is filled up to the right margin, but for a word, a number or a
 * bracket that did not fit, so one ending more than `characters` of its font size short of it ends its paragraph.
 * Asked both ways (PDF: does it reach the margin? OFD: does it end short?): the two answers are opposite but where an
 * end or the margin is not a number, a malformed file's coordinate, and there neither holds, as in each reader before.
 */
export function reachesMargin(line: PrintedLine, right: number, characters: number): boolean {
  return line.right >= right - line.size * characters
}

export function endsShortOfMargin(line: PrintedLine, right: number, characters: number): boolean {
  return line.right < right - line.size * characters
}

/**
 * The lines as text of one paragraph a line: a line goes on in the next where `goesOn` says so, directly for
 * Chinese, with a space between two Latin words or numbers that the line's end cut apart; otherwise a line break
 * follows it (none after the last line). With the offset where each page's first line starts.
 */
export function joinPrintedLines<Line extends PrintedLine>(lines: readonly Line[], goesOn: (line: Line, next: Line) => boolean): {text: string; pageStarts: PageStart[]} {
  let text = ''
  const pageStarts: PageStart[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const previous = lines[index - 1]
    if (previous) {
      if (!goesOn(previous, line)) text += '\n'
      else if (/[A-Za-z0-9]$/u.test(previous.text) && /^[A-Za-z0-9]/u.test(line.text)) text += ' '
    }
    if (!previous || previous.page !== line.page) pageStarts.push({offset: text.length, page: line.page})
    text += line.text
  }
  return {text, pageStarts}
}
