/** Parses a Markdown draft with remark-parse, then applies the same official-numbering recognition as plain text. */
import type {Heading, List, Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {checkDeadline} from '../engine/deadline.js'
import {createLocator, type Locator} from '../text/locator.js'
import {headingTitle, makeBlockNodes} from './make-nodes.js'
import {matchNumbering} from './numbering.js'

const markdownProcessor = unified().use(remarkParse)

export function parseMarkdown(source: string, locator: Locator = createLocator(source)): Root {
  const tree = parseMarkdownInPieces(source, locator)
  const depthShift = findTitleDepthShift(tree)
  tree.children = tree.children.flatMap((node) => recogniseNumbering(node, source, locator, depthShift))
  return tree
}

/** A lone `#` heading before everything else is the document title, so `##` sections are level 1. */
function findTitleDepthShift(tree: Root): number {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const first = headings[0]
  if (!first || first.depth !== 1) return 0
  return headings.filter((heading) => heading.depth === 1).length === 1 ? 1 : 0
}

function firstText(node: {children: RootContent[] | Heading['children']}): string {
  const first = node.children[0]
  return first && first.type === 'text' ? first.value.trimStart() : ''
}

function recogniseNumbering(node: RootContent, source: string, locator: Locator, depthShift: number): RootContent[] {
  if (node.type === 'heading') {
    const text = firstText(node)
    const numbering = matchNumbering(text) ?? undefined
    const plain = node.children.map((child) => ('value' in child ? child.value : '')).join('')
    const isTitle = depthShift === 1 && node.depth === 1
    const depth = numbering ? numbering.level : Math.max(1, node.depth - (isTitle ? 0 : depthShift))
    node.depth = depth as Heading['depth']
    node.data = {...node.data, numbering, title: headingTitle(plain.trim(), numbering), runIn: false}
    return [node]
  }
  if (node.type === 'paragraph' && node.position) {
    const text = firstText(node)
    if (!matchNumbering(text)) return [node]
    const isPlain = node.children.length === 1 && node.children[0]!.type === 'text'
    if (isPlain) return makeBlockNodes(source, locator, node.position.start.offset!, node.position.end.offset!)
    const numbering = matchNumbering(text)!
    const plain = node.children.map((child) => ('value' in child ? child.value : '')).join('')
    const heading: Heading = {
      type: 'heading',
      depth: numbering.level,
      children: node.children,
      position: node.position,
      data: {numbering, title: headingTitle(plain, numbering), runIn: false},
    }
    return [heading]
  }
  if (node.type === 'list' && node.ordered) return flattenOrderedList(node, source, locator, depthShift)
  return [node]
}

/** `1. 深入学习……` with a space is a Markdown list; in a report it is a level-3 heading. */
function flattenOrderedList(list: List, source: string, locator: Locator, depthShift: number): RootContent[] {
  const nodes: RootContent[] = []
  for (const item of list.children) {
    const [first, ...rest] = item.children
    if (first && first.type === 'paragraph' && item.position && first.position) {
      nodes.push(...makeBlockNodes(source, locator, item.position.start.offset!, first.position.end.offset!))
    } else if (first) {
      nodes.push(...recogniseNumbering(first, source, locator, depthShift))
    }
    for (const child of rest) nodes.push(...recogniseNumbering(child as RootContent, source, locator, depthShift))
  }
  return nodes
}

/**
 * micromark takes time quadratic in the number of containers (lists, block quotes) a document closes: each closing
 * splices the events of the whole document so far, and 16,000 short lists took 14 s. A top-level block that starts
 * after a blank line, at the margin, with nothing open across it, parses the same alone as in the whole document, so
 * the source is parsed in pieces of at least this many characters cut there, and the trees are joined.
 */
const MARKDOWN_PIECE_CHARACTERS = 2_048

// What a line that starts a piece must not be: indented (it may continue a list item or be indented code), a list
// marker (the next item of a loose list), or nothing.
const CONTINUES_BLOCK = /^(?:[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|$)/u
// Blocks that run across blank lines until their closing line (fenced code; HTML blocks of types 1–5).
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/u
const HTML_BLOCK_OPENINGS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
]
/**
 * A stretch this long with nowhere to cut it safely (no blank line before a block at the margin, no heading) is cut
 * at a line break anyway, and a line this long inside itself: such a stretch is no report's Markdown (8,000 `*` in
 * one paragraph took 4 s, quadratic), and micromark's time must stay bounded.
 */
const MAX_UNCUT_CHARACTERS = 2 * MARKDOWN_PIECE_CHARACTERS
// An ATX heading at the margin ends whatever came before it (it is never a lazy continuation): a safe cut.
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/u

/**
 * Containers (block quotes, list items) nested deeper than this are refused: micromark's time grows with a power of
 * the depth (2,000 nested list items took six minutes), and no report nests its parts more than a few levels.
 */
export const MAX_MARKDOWN_NESTING = 32

/** How many containers a line opens or continues: its `>` markers, list markers, and list indentation (2 a level). */
function measureNesting(line: string): number {
  let depth = 0
  let indent = 0
  let index = 0
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') indent += line[index++] === '\t' ? 4 : 1
    const character = line[index]
    if (character === '>') index++
    else if ((character === '-' || character === '+' || character === '*') && (line[index + 1] === ' ' || line[index + 1] === '\t')) index += 2
    else {
      const ordered = /^\d{1,9}[.)](?:[ \t]|$)/u.exec(line.slice(index, index + 12))
      if (!ordered) break
      index += ordered[0].length
    }
    depth++
  }
  return depth + Math.floor(indent / 2)
}

// A link reference definition applies to the whole document: a source with one is parsed in one piece.
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/mu

/** Throws when a line nests containers deeper than MAX_MARKDOWN_NESTING (the engine makes it the file's fatal message). */
function checkNesting(source: string): void {
  let lineNumber = 1
  for (let lineStart = 0; lineStart < source.length; lineNumber++) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? source.length : newline
    // Only a line that starts with a container marker or deep indentation can nest that deep.
    if (lineEnd - lineStart > MAX_MARKDOWN_NESTING && /^[\s>*+\-\d]/u.test(source.charAt(lineStart)) && measureNesting(source.slice(lineStart, lineEnd)) > MAX_MARKDOWN_NESTING) {
      throw new Error(`第 ${lineNumber} 行的 Markdown 引用或列表嵌套超过 ${MAX_MARKDOWN_NESTING} 层 / line ${lineNumber}: Markdown block quotes or lists nested more than ${MAX_MARKDOWN_NESTING} deep`)
    }
    lineStart = lineEnd + 1
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Offsets where the source may be cut into pieces that parse alone as they do in the whole: 0 first. */
function findPieceStarts(source: string): number[] {
  const starts = [0]
  if (source.length <= MARKDOWN_PIECE_CHARACTERS || DEFINITION.test(source)) return starts
  let fence: string | null = null
  let htmlEnd: RegExp | null = null
  let isAfterBlank = false
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? source.length : newline
    const line = source.slice(lineStart, lineEnd)
    if (fence !== null) {
      const closing = FENCE_OPENING.exec(line)
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && line.trim() === closing[0].trim()) fence = null
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null
    } else {
      const pieceLength = lineStart - starts.at(-1)!
      const isSafeCut = (isAfterBlank && !CONTINUES_BLOCK.test(line)) || ATX_HEADING.test(line)
      if ((pieceLength >= MARKDOWN_PIECE_CHARACTERS && isSafeCut) || pieceLength >= MAX_UNCUT_CHARACTERS) starts.push(lineStart)
      // A line longer than a piece may be: cut inside it, never between the halves of a surrogate pair.
      for (let cut = lineStart + MAX_UNCUT_CHARACTERS; cut < lineEnd; cut += MAX_UNCUT_CHARACTERS) {
        starts.push(isLowSurrogate(source.charCodeAt(cut)) ? cut + 1 : cut)
      }
      const opening = FENCE_OPENING.exec(line)
      if (opening) fence = opening[1]!
      else {
        const html = HTML_BLOCK_OPENINGS.find(([start]) => start.test(line))
        // The closing may stand on the opening line itself (`<!-- fzlint-disable -->`).
        if (html && !html[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = html[1]
      }
    }
    isAfterBlank = line.trim() === ''
    lineStart = lineEnd + 1
  }
  return starts
}

/** The source's tree, parsed piece by piece (see MARKDOWN_PIECE_CHARACTERS) with positions made the whole source's. */
export function parseMarkdownInPieces(source: string, locator: Locator): Root {
  checkNesting(source)
  const starts = findPieceStarts(source)
  if (starts.length === 1) return markdownProcessor.parse(source) as Root
  const children: RootContent[] = []
  for (let index = 0; index < starts.length; index++) {
    checkDeadline()
    const start = starts[index]!
    const piece = markdownProcessor.parse(source.slice(start, starts[index + 1] ?? source.length)) as Root
    const startPoint = locator.toPoint(start)
    const lineShift = startPoint.line - 1
    for (const child of piece.children) {
      shiftPositions(child, start, lineShift, startPoint.column - 1)
      children.push(child)
    }
  }
  return {type: 'root', children, position: {start: locator.toPoint(0), end: locator.toPoint(source.length)}}
}

/**
 * Moves a piece's node and its descendants to where the piece starts: lines by `lineShift`, and columns on the
 * piece's first line by `columnShift` (0 when the piece starts a line).
 */
function shiftPositions(root: Nodes, offsetShift: number, lineShift: number, columnShift: number): void {
  const shift = (point: {line: number; column: number; offset?: number}) => ({
    line: point.line + lineShift,
    column: point.line === 1 ? point.column + columnShift : point.column,
    offset: point.offset! + offsetShift,
  })
  const pending: Nodes[] = [root]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const position = node.position
    if (position) {
      position.start = shift(position.start)
      position.end = shift(position.end)
    }
    if ('children' in node) for (const child of node.children) pending.push(child)
  }
}
