/** Builds heading and paragraph nodes for one stretch of source text, with run-in headings split off. */
import type {Heading, Paragraph, RootContent} from 'mdast'
import type {Locator} from '../text/locator.js'
import type {HeadingDepth} from './types.js'
import {matchNumbering, type Numbering} from './numbering.js'
import {isSpaceCode} from '../text/code-units.js'
import './mdast-data.js'

/** Text of a heading without ordinal, white space or the `。`/`：` that ends a run-in heading. */
export function headingTitle(text: string, numbering: Numbering | undefined): string {
  const body = (numbering ? text.slice(numbering.raw.length) : text).trim()
  // The closing mark tested by code unit rather than a replace() with /[。：:]$/u: headings are made for every report.
  return isHeadingClose(body.charCodeAt(body.length - 1)) ? body.slice(0, -1).trim() : body
}

/** `。`, `：` or `:`, which end a run-in heading or one that introduces its items. */
function isHeadingClose(code: number): boolean {
  return code === 0x3002 || code === 0xff1a || code === 0x3a
}

function textNodePosition(locator: Locator, start: number, end: number) {
  return {start: locator.toPoint(start), end: locator.toPoint(end)}
}

/** A copy of a text node's position for its parent, written out: a spread of each point took V8's slow path. */
function copyPosition(position: ReturnType<typeof textNodePosition>) {
  const {start, end} = position
  return {start: {line: start.line, column: start.column, offset: start.offset}, end: {line: end.line, column: end.column, offset: end.offset}}
}

export function makeParagraph(source: string, locator: Locator, start: number, end: number): Paragraph {
  const position = textNodePosition(locator, start, end)
  return {
    type: 'paragraph',
    children: [{type: 'text', value: source.slice(start, end), position}],
    position: copyPosition(position),
  }
}

export function makeHeading(
  source: string,
  locator: Locator,
  start: number,
  end: number,
  depth: 1 | 2 | 3 | 4 | 5 | 6,
  numbering: Numbering | undefined,
  runIn: boolean,
): Heading {
  const value = source.slice(start, end)
  const position = textNodePosition(locator, start, end)
  return {
    type: 'heading',
    depth,
    children: [{type: 'text', value, position}],
    position: copyPosition(position),
    data: {numbering, title: headingTitle(value, numbering), runIn},
  }
}

/**
 * The first `。` in `source` between `from` and `to`, or −1. Searched within the block only: an indexOf to the end
 * of the source made each heading line without a full stop scan the rest of the file (quadratic in its lines).
 */
function findFullStop(source: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (source.charCodeAt(index) === 0x3002) return index
  return -1
}

/**
 * Nodes for the text between `start` and `end` (one line of a plain-text draft, or one Markdown
 * paragraph). A line that starts with an official ordinal is a heading; when its first sentence
 * ends in `。` and more text follows, only that sentence is the heading (a run-in heading) and the
 * rest is a paragraph, as in `（一）依法全面履行政府职能方面。一是……`.
 * A line without an ordinal is a heading only when the original file says so (`styledDepth`, from a Word
 * heading style); then the whole line is the heading, since the style covers the whole paragraph.
 */
export function makeBlockNodes(source: string, locator: Locator, start: number, end: number, styledDepth?: HeadingDepth): RootContent[] {
  const nodes: RootContent[] = []
  appendBlockNodes(nodes, source, locator, start, end, styledDepth)
  return nodes
}

/**
 * makeBlockNodes, its nodes pushed onto `nodes`: the plain-text parser calls it for every line, and no array is made
 * and iterated for each line's one node or two (measured: parseReport 30.5 → 29.3 µs a corpus report).
 */
export function appendBlockNodes(nodes: RootContent[], source: string, locator: Locator, start: number, end: number, styledDepth?: HeadingDepth): void {
  while (start < end && isSpaceCode(source.charCodeAt(start))) start++
  while (end > start && isSpaceCode(source.charCodeAt(end - 1))) end--
  if (start >= end) return
  const numbering = matchNumbering(source.slice(start, Math.min(end, start + 12)))
  if (!numbering) {
    nodes.push(styledDepth === undefined ? makeParagraph(source, locator, start, end) : makeHeading(source, locator, start, end, styledDepth, undefined, false))
    return
  }
  const afterOrdinal = start + numbering.raw.length
  const fullStop = findFullStop(source, afterOrdinal, end)
  if (fullStop !== -1 && fullStop < end - 1) {
    let restStart = fullStop + 1
    while (restStart < end && isSpaceCode(source.charCodeAt(restStart))) restStart++
    if (restStart < end) {
      nodes.push(makeHeading(source, locator, start, fullStop + 1, numbering.level, numbering, true))
      nodes.push(makeParagraph(source, locator, restStart, end))
      return
    }
  }
  nodes.push(makeHeading(source, locator, start, end, numbering.level, numbering, false))
}
