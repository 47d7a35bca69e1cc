/** Finds the inline enumeration ordinals (一是 二是 … 九十九是) that start a clause in a block of text. */
import {parseChineseOrdinal, type Section} from '@fzlint/core'

/** A block node of the report tree (mdast's RootContent, reached through the model's types). */
export type RootContent = Section['content'][number]

export interface InlineOrdinal {
  /** Offset of the first numeral in the source. */
  start: number
  /** Offset just after `是`. */
  end: number
  digits: string
  ordinal: number
  /** True when it is the first thing in its paragraph. */
  isParagraphStart: boolean
}

// An ordinal counts only at the start of a clause, so 统一是、唯一是、第一是、这一是 are never ordinals.
const CLAUSE_BREAK = /[。；;：:，,！!？?、\s）)】]/u
const INLINE_ORDINAL = /^([一二三四五六七八九十]{1,3})是/u
const OPENING_QUOTES = '“‘《〈「『【'
const CLOSING_QUOTES = '”’》〉」』】'
/** What the scan stops at: a quotation mark (to track nesting) or a candidate ordinal; the CJK text between is skipped natively. */
const SCAN_STOP = new RegExp(`[${OPENING_QUOTES}${CLOSING_QUOTES}"]|[一二三四五六七八九十]{1,3}是`, 'gu')
const NOT_SPACE = /\S/u
/** A numeral right before 是: without one, a paragraph has no ordinal and its quotation marks need no tracking. */
const NUMERAL_BEFORE_SHI = /[一二三四五六七八九十]是/u

interface TextPiece {
  value: string
  offset: number
}

/** The text nodes of a block with their source offsets (Markdown emphasis splits a paragraph into several). */
function collectText(node: RootContent, pieces: TextPiece[]): void {
  if (node.type === 'text' && node.position?.start.offset !== undefined) {
    pieces.push({value: node.value, offset: node.position.start.offset})
    return
  }
  if (node.type === 'code' || node.type === 'html' || node.type === 'inlineCode') return
  if ('children' in node) for (const child of node.children as RootContent[]) collectText(child, pieces)
}

/** The paragraphs of a block, in order (a Markdown list or quote holds several). */
export function collectParagraphs(node: RootContent, paragraphs: RootContent[]): void {
  if (node.type === 'paragraph') paragraphs.push(node)
  else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
    for (const child of node.children) collectParagraphs(child as RootContent, paragraphs)
  }
}

export function findInlineOrdinals(paragraph: RootContent, source: string): InlineOrdinal[] {
  const pieces: TextPiece[] = []
  collectText(paragraph, pieces)
  if (!pieces.some((piece) => NUMERAL_BEFORE_SHI.test(piece.value))) return []
  const found: InlineOrdinal[] = []
  let previous = ''
  let quoteDepth = 0
  let isAsciiQuoteOpen = false
  let hasSeenText = false
  for (const {value, offset} of pieces) {
    for (const match of value.matchAll(SCAN_STOP)) {
      const index = match.index
      const character = match[0]
      if (character.length === 1) {
        if (OPENING_QUOTES.includes(character)) quoteDepth++
        else if (CLOSING_QUOTES.includes(character)) quoteDepth = Math.max(0, quoteDepth - 1)
        else isAsciiQuoteOpen = !isAsciiQuoteOpen
        continue
      }
      // A numeral run preceded by another character is no ordinal, and nothing inside the run starts one.
      const before = index > 0 ? value[index - 1]! : previous
      if (before !== '' && !CLAUSE_BREAK.test(before)) continue
      if (quoteDepth !== 0 || isAsciiQuoteOpen) continue
      const candidate = readOrdinalAt(value, index, source, offset + index)
      if (candidate) found.push({...candidate, isParagraphStart: !hasSeenText && !NOT_SPACE.test(value.slice(0, index))})
    }
    if (value !== '') previous = value[value.length - 1]!
    if (NOT_SPACE.test(value)) hasSeenText = true
  }
  return found
}

function readOrdinalAt(value: string, index: number, source: string, start: number): Omit<InlineOrdinal, 'isParagraphStart'> | null {
  const match = INLINE_ORDINAL.exec(value.slice(index, index + 4))
  if (!match) return null
  const [marker, digits] = match as unknown as [string, string]
  const ordinal = parseChineseOrdinal(digits)
  if (ordinal === null) return null
  // 一是一、二是二 (“one is one”) is an idiom, not an enumeration.
  if (value.startsWith(digits, index + marker.length) && /^[、，,。；;]/u.test(value.slice(index + marker.length + digits.length))) return null
  // Markdown escapes can make a text node differ from the source; never point at text that is not there.
  if (source.slice(start, start + marker.length) !== marker) return null
  return {start, end: start + marker.length, digits, ordinal}
}
