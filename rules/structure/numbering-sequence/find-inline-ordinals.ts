/** Finds the inline enumeration ordinals (一是 二是 … 九十九是) that start a clause in a block of text. */
import {CHINESE_ORDINAL_CHARACTERS, parseChineseOrdinal, type Section} from '@fzlint/core'

/** A block node of the report tree (mdast's RootContent, reached through the model's types). */
export type RootContent = Section['content'][number]

export interface InlineOrdinal {
  /** Offset of the first numeral in the source. */
  start: number
  /** Offset just after `是`. */
  end: number
  digits: string
  ordinal: number
}

// An ordinal counts only at the start of a clause, so 统一是、唯一是、第一是、这一是 are never ordinals.
const CLAUSE_BREAK = /[。；;：:，,！!？?、\s）)】]/u
/** CLAUSE_BREAK's answer for each char code, found on first use: testing it on a one-character slice allocated a string per 是. */
const IS_CLAUSE_BREAK = new Int8Array(0x10000)
const UNKNOWN = 0
const YES = 1
const NO = -1

function isClauseBreak(code: number): boolean {
  if (IS_CLAUSE_BREAK[code] === UNKNOWN) IS_CLAUSE_BREAK[code] = CLAUSE_BREAK.test(String.fromCharCode(code)) ? YES : NO
  return IS_CLAUSE_BREAK[code] === YES
}

/**
 * An ordinal is one to three numerals and 是. Candidates are found from each 是 (`indexOf` is cheaper than a regex
 * scan) by taking the numerals right before it, at most three. These are exactly the matches of a left-to-right
 * scan for /[一二三四五六七八九十]{1,3}是/: 是 is no numeral, so each 是 ends at most one match, which starts where
 * the numerals before it start, or three before the 是 when there are more (十一是 is one candidate, never 一是).
 * The quotation marks are read only when a candidate at a clause start needs them: a report has hundreds of
 * them, and most paragraphs have no candidate at all. Nor is a paragraph's text gathered when none of its text
 * nodes holds a 是: every ordinal ends with one, and most paragraphs have none.
 */
const SHI = '是'
const MAX_NUMERALS = 3
const IS_NUMERAL = new Uint8Array(0x10000)
for (const numeral of CHINESE_ORDINAL_CHARACTERS) IS_NUMERAL[numeral.charCodeAt(0)] = 1
const IDIOM_PUNCTUATION = /^[、，,。；;]/u

/** Quotation marks that hide an ordinal, by char code (all in the BMP, so a surrogate half is never one). */
const OPENING_QUOTE = 1
const CLOSING_QUOTE = 2
const ASCII_QUOTE = 3
const QUOTE_KIND = new Uint8Array(0x10000)
for (const character of '“‘《〈「『【') QUOTE_KIND[character.charCodeAt(0)] = OPENING_QUOTE
for (const character of '”’》〉」』】') QUOTE_KIND[character.charCodeAt(0)] = CLOSING_QUOTE
QUOTE_KIND['"'.charCodeAt(0)] = ASCII_QUOTE
const QUOTE = /[“‘《〈「『【”’》〉」』】"]/g

interface TextPiece {
  value: string
  offset: number
}

/** How deep in quotation marks the paragraph is at `piece`/`index`, up to where the marks have been read so far. */
interface QuoteState {
  depth: number
  isAsciiQuoteOpen: boolean
  piece: number
  index: number
  /**
   * Where the next mark at or after `index` of the current piece is (its length when none): found once and kept, since
   * a search from each ordinal to the next mark crossed a long paragraph without quotes again and again (quadratic).
   */
  nextQuote: number
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

/**
 * Appends the ordinals of the paragraphs of a block to `found`, in order (a Markdown list or quote holds several):
 * read as they are reached, not gathered into a list first.
 */
export function findBlockOrdinals(node: RootContent, source: string, found: InlineOrdinal[]): void {
  if (node.type === 'paragraph') findInlineOrdinals(node, source, found)
  else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
    for (const child of node.children) findBlockOrdinals(child as RootContent, source, found)
  }
}

/** Reads the quotation marks from where `state` stands up to (not including) `index` of piece `piece`. */
function readQuotesUpTo(pieces: TextPiece[], state: QuoteState, piece: number, index: number): void {
  for (; state.piece <= piece; state.piece++, state.index = 0, state.nextQuote = -1) {
    const value = pieces[state.piece]!.value
    const end = state.piece === piece ? index : value.length
    while (state.index < end) {
      if (state.nextQuote < state.index) {
        // `test` with the global flag finds the next mark natively and leaves lastIndex just after it.
        QUOTE.lastIndex = state.index
        state.nextQuote = QUOTE.test(value) ? QUOTE.lastIndex - 1 : value.length
      }
      if (state.nextQuote >= end) break
      const kind = QUOTE_KIND[value.charCodeAt(state.nextQuote)]
      if (kind === OPENING_QUOTE) state.depth++
      else if (kind === CLOSING_QUOTE) state.depth = Math.max(0, state.depth - 1)
      else state.isAsciiQuoteOpen = !state.isAsciiQuoteOpen
      state.index = state.nextQuote + 1
    }
    if (state.piece === piece) {
      state.index = end
      return
    }
  }
}

/** Whether any text node of a block holds `character` (the text nodes collectText gathers). */
function holdsCharacter(node: RootContent, character: string): boolean {
  if (node.type === 'text') return node.position?.start.offset !== undefined && node.value.includes(character)
  if (node.type === 'code' || node.type === 'html' || node.type === 'inlineCode') return false
  if ('children' in node) for (const child of node.children as RootContent[]) if (holdsCharacter(child, character)) return true
  return false
}

/** Appends the ordinals of `paragraph` to `found`. */
export function findInlineOrdinals(paragraph: RootContent, source: string, found: InlineOrdinal[] = []): InlineOrdinal[] {
  if (!holdsCharacter(paragraph, SHI)) return found
  const pieces: TextPiece[] = []
  collectText(paragraph, pieces)
  let quotes: QuoteState | null = null
  // The character before the current piece (-1 at the paragraph's start).
  let previous = -1
  for (let piece = 0; piece < pieces.length; piece++) {
    const {value, offset} = pieces[piece]!
    for (let shi = value.indexOf(SHI); shi !== -1; shi = value.indexOf(SHI, shi + 1)) {
      let index = shi
      while (index > 0 && shi - index < MAX_NUMERALS && IS_NUMERAL[value.charCodeAt(index - 1)] === 1) index--
      if (index === shi) continue
      // A numeral run preceded by another character is no ordinal, and nothing inside the run starts one.
      const before = index > 0 ? value.charCodeAt(index - 1) : previous
      if (before !== -1 && !isClauseBreak(before)) continue
      quotes ??= {depth: 0, isAsciiQuoteOpen: false, piece: 0, index: 0, nextQuote: -1}
      readQuotesUpTo(pieces, quotes, piece, index)
      if (quotes.depth !== 0 || quotes.isAsciiQuoteOpen) continue
      const marker = value.slice(index, shi + 1)
      const digits = value.slice(index, shi)
      const start = offset + index
      const ordinal = readOrdinalAt(value, index, marker, digits, source, start)
      if (ordinal === null) continue
      found.push({start, end: start + marker.length, digits, ordinal})
    }
    if (value !== '') previous = value.charCodeAt(value.length - 1)
  }
  return found
}

/** The value of `marker` (`三是`, numerals `digits`) at `index` of `value` (`start` in the source), or null if it is no ordinal. */
function readOrdinalAt(value: string, index: number, marker: string, digits: string, source: string, start: number): number | null {
  const ordinal = parseChineseOrdinal(digits)
  if (ordinal === null) return null
  // 一是一、二是二 (“one is one”) is an idiom, not an enumeration.
  if (value.startsWith(digits, index + marker.length) && IDIOM_PUNCTUATION.test(value.slice(index + marker.length + digits.length))) return null
  // Markdown escapes can make a text node differ from the source; never point at text that is not there.
  if (!source.startsWith(marker, start)) return null
  return ordinal
}
