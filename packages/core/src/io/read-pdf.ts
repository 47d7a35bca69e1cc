/**
 * .pdf → text through pdf.js: the text layer of each page in reading order (top to bottom, left to right), one
 * line of text per printed line at first; then running headers and footers (the same text at the same height on
 * most pages) and page numbers (`— 3 —`, `- 3 -`, `第3页`, `第3页共12页`, a bare `3`) at the top or bottom of a page
 * are left out, and a paragraph's printed lines are joined again where a line runs to the right margin and the
 * next one does not start a paragraph (indented, or an ordinal such as 一、). The result is one paragraph a line,
 * as the .docx reader gives.
 *
 * Positions: the line and column of a finding are those of this extracted text (what `fzlint serve` shows and what
 * the rules read), and the page it begins on is carried beside them (`第3页`), through the page map.
 *
 * pdf.js itself is passed in (PdfJsLoad): the Node build (read-input.ts) and the browser page each load their own.
 */
import type {Deadline} from '../engine/deadline.js'
import {toUnifiedIdeographs} from '../text/cjk-radicals.js'
import {createPagePositionMap, PAGE_NUMBER_LINE, type PageStart} from '../text/page-map.js'
import {SENTENCE_END} from '../text/unwrap-lines.js'
import {InputError} from './errors.js'
import {isIndented, joinPrintedLines, median, reachesMargin, type PrintedLine} from './layout-paragraphs.js'
import {extractedTextNotFixed, type ReadInput, type ReadOptions} from './reader-types.js'

/** A report runs to a few dozen pages; a thousand is a crafted file or not a report, refused before any page is read. */
export const MAX_PDF_PAGES = 1000
/** A page of a report holds hundreds of characters; a PDF with fewer than this many a page is taken for a scan. */
const MIN_CHARACTERS_PER_PAGE = 10

/** The parts of pdf.js's API the reader uses (the Node legacy build and the browser build both have them). */
export interface PdfTextItem {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL?: boolean
}
interface PdfPage {
  getTextContent(): Promise<{items: readonly unknown[]}>
  cleanup(): unknown
}
interface PdfDocument {
  numPages: number
  getPage(pageNumber: number): Promise<PdfPage>
  destroy(): Promise<void>
}
export interface PdfJsModule {
  getDocument(parameters: Record<string, unknown>): {promise: Promise<PdfDocument>; destroy(): Promise<void>}
}
export interface PdfJsLoad {
  pdfjs: PdfJsModule
  /** Extra getDocument parameters: where the CMaps and standard fonts are (cMapUrl, standardFontDataUrl). */
  documentOptions?: Record<string, unknown>
}

/** A printed line, in PDF units (y grows upwards); its size is the largest font size on it. */
type Line = PrintedLine

const PDF_SIGNATURE = '%PDF-'

/** `%PDF-` within the first kilobyte (some writers put a few bytes of junk before it, and readers accept them). */
function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)))
  return head.includes(PDF_SIGNATURE)
}

function corrupt(filePath: string, detail: string, cause?: unknown): InputError {
  return new InputError('corrupt', filePath, `${filePath}: 不是有效的 PDF 文件（${detail}）/ not a valid PDF file`, {cause})
}

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: no space goes between these and their neighbours. */
function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xffef) || code === 0x2014 || code === 0x2026 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019
}

const CJK_CLASS = String.raw`\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019`
const SPACE_BESIDE_CJK = new RegExp(String.raw`(?<=[${CJK_CLASS}]) +| +(?=[${CJK_CLASS}])`, 'gu')

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform)
}

/**
 * The page's text items as printed lines, top to bottom. Items on one baseline (within a third of the font size)
 * form a line, ordered left to right. Rotated text (a diagonal watermark, a vertical margin note) is left out.
 */
function pageLines(items: readonly unknown[], page: number): Line[] {
  const glyphs: {str: string; x: number; y: number; width: number; size: number; isGap: boolean}[] = []
  for (const item of items) {
    if (!isTextItem(item) || item.str === '') continue
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue
    const size = Math.abs(d) || item.height
    // pdf.js reports a gap between two runs as a space item of height 0: a space in Latin text, nothing between
    // Chinese characters (a writer's extra spacing between 年 and 2023 is layout, not a typed space).
    const isGap = item.height === 0 && item.str.trim() === ''
    glyphs.push({str: item.str, x, y, width: item.width, size, isGap})
  }
  glyphs.sort((left, right) => right.y - left.y || left.x - right.x)
  const lines: Line[] = []
  let group: typeof glyphs = []
  const flush = () => {
    if (group.length > 0) {
      const line = joinGlyphs(group, page)
      if (line) lines.push(line)
    }
    group = []
  }
  for (const glyph of glyphs) {
    const first = group[0]
    if (first && Math.abs(first.y - glyph.y) > Math.max(first.size, glyph.size, 1) * 0.35) flush()
    group.push(glyph)
  }
  flush()
  return lines
}

function joinGlyphs(glyphs: {str: string; x: number; y: number; width: number; size: number; isGap: boolean}[], page: number): Line | null {
  glyphs.sort((left, right) => left.x - right.x)
  let text = ''
  let left = Number.POSITIVE_INFINITY
  let right = Number.NEGATIVE_INFINITY
  let size = 0
  let end = Number.NEGATIVE_INFINITY
  let hasGap = false
  for (const glyph of glyphs) {
    if (glyph.isGap) {
      hasGap = true
      continue
    }
    const gap = glyph.x - end
    // Two font sizes of empty line between runs separate table cells (or columns set with tabs): a tab, as the .docx
    // reader writes between a row's cells.
    if (text !== '' && gap > glyph.size * TAB_GAP) text = `${text.replace(/ +$/u, '')}\t`
    else if (text !== '' && (hasGap || gap > glyph.size * 0.3)) {
      const before = text.charCodeAt(text.length - 1)
      const after = glyph.str.charCodeAt(0)
      if (!isCjk(before) && !isCjk(after) && before !== 32 && after !== 32) text += ' '
    }
    hasGap = false
    text += glyph.str
    left = Math.min(left, glyph.x)
    right = Math.max(right, glyph.x + glyph.width)
    end = glyph.x + glyph.width
    size = Math.max(size, glyph.size)
  }
  // Word and LibreOffice set Chinese apart from Latin letters and digits by a gap (Asian–Latin autospacing),
  // which pdf.js reports as a space inside the run; such a space was never typed: left out.
  // The same font sharing gives the figure dash (U+2012) for an en dash (2015–2020): nobody types a figure dash.
  const trimmed = toUnifiedIdeographs(text).replace(/\u2012/gu, '\u2013').replace(SPACE_BESIDE_CJK, '').replace(/\s+$/u, '')
  if (trimmed.trim() === '') return null
  return {page, text: trimmed, left, right, y: glyphs[0]!.y, size}
}

/** How many lines at the top and at the bottom of a page may be running headers, footers or page numbers. */
const MARGIN_LINES = 2
/** A gap between runs on one line wider than this many font sizes separates cells. */
const TAB_GAP = 2

/**
 * Leaves out, at the top and bottom of each page, page numbers and running heads: a line whose text (its digits
 * aside) stands at the same height on at least two pages and on at least 40% of them. A title printed once, or a
 * heading that happens to open two pages at different heights, stays.
 */
function dropPageFurniture(pages: Line[][]): Line[][] {
  const keyOf = (line: Line) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, '')}`
  const isMargin = (lines: Line[], index: number) => index < MARGIN_LINES || index >= lines.length - MARGIN_LINES
  const pagesWithKey = new Map<string, Set<number>>()
  pages.forEach((lines, page) => {
    lines.forEach((line, index) => {
      if (!isMargin(lines, index)) return
      const key = keyOf(line)
      const seen = pagesWithKey.get(key) ?? new Set<number>()
      seen.add(page)
      pagesWithKey.set(key, seen)
    })
  })
  const minPages = Math.max(2, Math.ceil(pages.length * 0.4))
  return pages.map((lines) =>
    lines.filter((line, index) => {
      if (!isMargin(lines, index)) return true
      if (PAGE_NUMBER_LINE.test(line.text.trim())) return false
      return (pagesWithKey.get(keyOf(line))?.size ?? 0) < minPages
    }),
  )
}

// What a footnote starts with: ①, ❶, [1], *, 注：. Not a bare number or (1): small-type table rows start so.
const FOOTNOTE_MARK = /^[\s\u3000]*(?:[\u2460-\u2473\u2776-\u277f]|[[［]\d{1,2}[\]］]|[*＊]|注[:：])/u
/** Footnotes are set at most this share of the body text's size. */
const FOOTNOTE_SIZE = 0.8

/**
 * Leaves out the footnotes at the foot of each page, as the .docx reader leaves Word's footnotes out: the last
 * lines of a page in a type clearly smaller than the body text, the first of them starting with a footnote mark.
 * A paragraph running on to the next page then joins up across them.
 */
function dropFootnotes(pages: Line[][]): Line[][] {
  const bodySize = median(pages.flat().map((line) => line.size))
  return pages.map((lines) => {
    let start = lines.length
    while (start > 0 && lines[start - 1]!.size <= bodySize * FOOTNOTE_SIZE) start--
    while (start < lines.length && !FOOTNOTE_MARK.test(lines[start]!.text)) start++
    return start < lines.length && start > 0 ? lines.slice(0, start) : lines
  })
}

// An ordinal that starts a heading or an item (一、 （一） 1. （1） 第一条): a block of its own.
const BLOCK_START = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十百]+[章节条部分])/u

/**
 * The left edge most of the lines start at, to the point: the smallest of equally common ones, 0 for no lines.
 * (read-ofd.ts's mostCommon is the same count, but to half a unit, and breaks a tie with a NaN, a malformed file's
 * coordinate, in another order: merging the two would change what such a file reads as.)
 */
function leftMargin(lines: readonly Line[]): number {
  const counts = new Map<number, number>()
  let best = lines[0]?.left ?? 0
  let bestCount = 0
  for (const line of lines) {
    const rounded = Math.round(line.left)
    const count = (counts.get(rounded) ?? 0) + 1
    counts.set(rounded, count)
    if (count > bestCount || (count === bestCount && rounded < best)) {
      best = rounded
      bestCount = count
    }
  }
  return best
}

interface Margins {
  left: number
  right: number
}

/**
 * The right edge full lines reach: the 90th percentile of the lines' right ends (a wide table row or a hanging
 * punctuation mark does not move it), or the rightmost end among fewer than ten lines.
 */
function rightMargin(lines: readonly Line[]): number {
  const ends = lines.map((line) => line.right).sort((left, right) => left - right)
  return ends.length < 10 ? (ends.at(-1) ?? 0) : ends[Math.floor((ends.length - 1) * 0.9)]!
}

/**
 * A page's text block: the right edge its full lines reach, and the left edge most of those start at (a paragraph
 * runs on from the left margin; a page of short indented lines, such as a title page's metadata, has its own mode).
 */
function pageMargins(lines: Line[], fallback: Margins): Margins {
  if (lines.length < 5) return fallback
  const right = rightMargin(lines)
  const full = lines.filter((line) => reachesMargin(line, right, NEAR_MARGIN_CHARACTERS))
  return {left: leftMargin(full.length >= 3 ? full : lines), right}
}

/** A line ending this many characters short of the right margin may still go on: a word or number that did not fit. */
const NEAR_MARGIN_CHARACTERS = 4
/** A line starting this many characters right of the left margin is indented. */
const INDENT_CHARACTERS = 0.8
/** Lines further apart than this many times the usual line distance (and 1.6 times their font size) are in different paragraphs. */
const PARAGRAPH_GAP = 1.3

/**
 * Joins printed lines into paragraphs. A line goes on in the next when it ends near the right margin (left-aligned
 * text breaks before a word, a number or a bracket that did not fit), the next is not indented, starts no ordinal,
 * has about the same font size and follows at the usual line distance or opens the next page. Where neither
 * indentation nor spacing marks paragraphs, a line ending a sentence also ends its paragraph.
 */
function joinParagraphs(pages: Line[][]): {text: string; pageStarts: PageStart[]} {
  const all = pages.flat()
  const global = pageMargins(all, {left: leftMargin(all), right: rightMargin(all)})
  const margins = pages.map((lines) => pageMargins(lines, global))
  const pitches: number[] = []
  for (const lines of pages) for (let index = 1; index < lines.length; index++) pitches.push(lines[index - 1]!.y - lines[index]!.y)
  const pitch = median(pitches.filter((value) => value > 0))

  const reachesPageMargin = (line: Line) => reachesMargin(line, margins[line.page - 1]!.right, NEAR_MARGIN_CHARACTERS)
  const startsIndented = (line: Line) => isIndented(line, margins[line.page - 1]!.left, INDENT_CHARACTERS)
  // The usual line distance is the body text's; a line in a larger font (a title) has a proportionally larger one.
  const bodySize = median(all.map((line) => line.size))
  const isParagraphGap = (line: Line, next: Line) =>
    next.page === line.page && line.y - next.y > Math.max(pitch * PARAGRAPH_GAP * Math.max(1, line.size / (bodySize || line.size)), line.size * 1.6)
  // How paragraphs are marked, judged on the lines that plainly end one (well short of the margin): the next
  // line indented, or set apart by extra space.
  let ends = 0
  let indented = 0
  let spaced = 0
  for (let index = 1; index < all.length; index++) {
    const line = all[index - 1]!
    const next = all[index]!
    if (reachesPageMargin(line) || next.page !== line.page || BLOCK_START.test(next.text)) continue
    ends++
    if (startsIndented(next)) indented++
    if (isParagraphGap(line, next)) spaced++
  }
  const indentsParagraphs = ends > 0 && indented >= ends * 0.6
  // (A block of short lines set close, as a title page's metadata, keeps the spaced share below all.)
  const spacesParagraphs = ends > 0 && spaced >= ends * 0.4

  // A centred line (a title over two lines) goes on in the centred line under it.
  const isCentred = (line: Line) => {
    const {left, right} = margins[line.page - 1]!
    return line.left - left > line.size && Math.abs(line.left - left - (right - line.right)) < line.size * 0.5
  }
  const goesOn = (line: Line, next: Line): boolean => {
    if (!reachesPageMargin(line) || BLOCK_START.test(next.text) || /^[\s\u3000]/u.test(next.text)) return false
    if (startsIndented(next) && !(isCentred(next) && next.size === line.size && next.page === line.page)) return false
    if (next.size > line.size * 1.25 || next.size < line.size * 0.8) return false
    if (isParagraphGap(line, next)) return false
    // Without indentation, a line ending a sentence ends its paragraph unless spacing says otherwise, which it
    // cannot across a page break.
    if (!indentsParagraphs && (!spacesParagraphs || next.page !== line.page) && SENTENCE_END.test(line.text)) return false
    return true
  }

  const {text, pageStarts} = joinPrintedLines(all, goesOn)
  // The last paragraph ends in a line break too, as every other one does.
  return {text: all.length === 0 ? text : `${text}\n`, pageStarts}
}

/**
 * `promise`, or the file's time-limit error once its budget is spent, whichever comes first: pdf.js parses a page
 * in steps that yield, so a page that takes too long (a crafted content stream) is given up on between them
 * instead of holding the file past --max-file-time.
 */
function withinBudget<T>(promise: Promise<T>, deadline: Deadline | undefined): Promise<T> {
  if (!deadline) return promise
  let timer: ReturnType<typeof setTimeout> | undefined
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        deadline.check()
      } catch (error) {
        reject(error)
      }
    }, deadline.remainingMs() + 1)
  })
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer))
}

async function openDocument(load: PdfJsLoad, bytes: Uint8Array, filePath: string, deadline: Deadline | undefined): Promise<PdfDocument> {
  try {
    // pdf.js takes the buffer over (transfers it to its worker) and refuses a Node Buffer: give it a plain copy.
    const task = load.pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...load.documentOptions,
    })
    return await withinBudget(task.promise, deadline).catch((error: unknown) => {
      void task.destroy().catch(() => undefined)
      throw error
    })
  } catch (error) {
    const name = (error as {name?: string}).name
    if (name === 'FileTimeLimitError') throw error
    if (name === 'PasswordException') {
      throw new InputError(
        'encrypted',
        filePath,
        `${filePath}: PDF 已加密（设有打开密码），请取消密码后重新导出 / the PDF is encrypted (password-protected); remove the password and export it again`,
        {cause: error},
      )
    }
    throw corrupt(filePath, `结构损坏，无法解析 / damaged, cannot be parsed: ${(error as Error)?.message ?? String(error)}`, error)
  }
}

/** Reads a PDF's text layer; `load` is pdf.js as the caller's platform loads it. */
export async function readPdf(bytes: Uint8Array, filePath: string, options: ReadOptions, load: PdfJsLoad): Promise<ReadInput> {
  if (!hasPdfSignature(bytes)) throw corrupt(filePath, '文件头不是 %PDF- / no %PDF- header')
  const deadline: Deadline | undefined = options.deadline
  const document = await openDocument(load, bytes, filePath, deadline)
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new InputError(
        'too-large',
        filePath,
        `${filePath}: PDF 共 ${document.numPages} 页，超过上限 ${MAX_PDF_PAGES} 页 / ${document.numPages} pages, more than the limit of ${MAX_PDF_PAGES}`,
      )
    }
    const pages: Line[][] = []
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      deadline?.check()
      let items: readonly unknown[]
      try {
        const page = await withinBudget(document.getPage(pageNumber), deadline)
        items = (await withinBudget(page.getTextContent(), deadline)).items
        page.cleanup()
      } catch (error) {
        if (error instanceof InputError || (error as {name?: string}).name === 'FileTimeLimitError') throw error
        throw corrupt(filePath, `第${pageNumber}页无法读取 / page ${pageNumber} cannot be read: ${(error as Error)?.message ?? String(error)}`, error)
      }
      pages.push(pageLines(items, pageNumber))
    }
    deadline?.check()
    const {text, pageStarts} = joinParagraphs(dropFootnotes(dropPageFurniture(pages)))
    // A scan has no text layer, or only what the scanning software stamped on it (page numbers, a file name): fewer
    // than MIN_CHARACTERS_PER_PAGE characters a page is no report's text.
    if (text.replace(/\s+/gu, '').length < document.numPages * MIN_CHARACTERS_PER_PAGE) {
      throw new InputError(
        'no-text',
        filePath,
        `${filePath}: 扫描件没有文字层，请提供可复制文字的版本（本工具不做文字识别）/ a scanned PDF without a text layer; provide a version whose text can be copied (fzlint does no OCR)`,
      )
    }
    return {
      text,
      syntax: 'text',
      format: 'pdf',
      encoding: 'pdf',
      positionMap: createPagePositionMap(text, pageStarts),
      pages: pageStarts,
      unfixableReason: extractedTextNotFixed('pdf'),
    }
  } finally {
    await document.destroy().catch(() => undefined)
  }
}
