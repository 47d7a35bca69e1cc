/**
 * .html → the report body as text, one line per block, with every character mapped back to its line
 * and column in the HTML source. Page chrome (navigation, share buttons, footers, scripts) is dropped
 * before rules run, so only residue inside the body reaches them.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse as parseHtml, type DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import type {PositionMap} from '../text/position-map.js'
import {matchNumbering} from '../parse/numbering.js'
import {createLocator} from '../text/locator.js'
import {decodeBytes, normaliseEncodingName, type DecodedText} from './decode.js'
import {InputError} from './errors.js'
import {extractedTextNotFixed, type ReadInput, type ReadOptions} from './reader-types.js'

/** Never part of a report's wording. */
const DROPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'button', 'select', 'textarea',
  'input', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'footer', 'dialog', 'menu',
])

/**
 * Class or id words that government CMSs (TRS, 博思, 拓尔思) give to page chrome: 分享 (bdshare, fenxiang),
 * 相关文章 (xgwz), 面包屑, print/close buttons, QR codes (ewm).
 */
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|sidebar|share|bdshare|bshare|fenxiang|social|related|xgwz|xgxx|comments?|print|toolbar|search|copyright|qrcode|ewm|pagination|pager|login|topbar)(?:$|[\s_\d-])/iu

/** Elements that end a line, as a browser renders them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
])

/** A short line naming the report, as a title does (not the opening's "现将……报告如下" sentence). */
const TITLE_LIKE = /(?:法治政府建设|依法行政|法治建设).{0,40}(?:报告|情况)$/u

const ASCII_SPACE = /[ \t\n\r\f]/u

function classAndId(element: Element): string {
  const className = element.properties['className']
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const id = typeof element.properties['id'] === 'string' ? element.properties['id'] : ''
  return `${classes} ${id}`.trim()
}

function isHiddenOrChrome(element: Element, isInsideArticle: boolean): boolean {
  if (DROPPED_TAGS.has(element.tagName)) return true
  // An article's own <header> holds its title; a page's <header> holds the site banner.
  if (element.tagName === 'header' && !isInsideArticle) return true
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) return true
  const style = typeof element.properties['style'] === 'string' ? element.properties['style'] : ''
  if (/display\s*:\s*none/iu.test(style)) return true
  return CHROME_NAME.test(classAndId(element))
}

function preservesWhiteSpace(element: Element): boolean {
  if (element.tagName === 'pre') return true
  const style = typeof element.properties['style'] === 'string' ? element.properties['style'] : ''
  return /white-space\s*:\s*pre(?:-wrap)?\b(?!-line)/iu.test(style)
}

/**
 * Extracted text plus, for each of its characters, the offset in the HTML source it came from. The characters are
 * kept in an array and joined once: a string grown by `+=` and asked `endsWith` after each character is flattened
 * again and again (20,000 paragraphs took 16 s).
 */
class TextBuilder {
  sources: number[] = []
  private characters: string[] = []
  private lastCharacter = ''
  private pendingSpace: number | null = null

  get length(): number {
    return this.characters.length
  }

  get text(): string {
    return this.characters.join('')
  }

  private push(character: string, source: number): void {
    this.characters.push(character)
    this.lastCharacter = character
    this.sources.push(source)
  }

  private isAtLineStart(): boolean {
    return this.lastCharacter === '' || this.lastCharacter === '\n'
  }

  addCharacter(character: string, source: number, preserve: boolean): void {
    if (!preserve && ASCII_SPACE.test(character)) {
      if (!this.isAtLineStart() && this.pendingSpace === null) this.pendingSpace = source
      return
    }
    if (preserve && (character === '\n' || character === '\r')) {
      this.breakLine(source)
      return
    }
    if (this.pendingSpace !== null) {
      this.push(' ', this.pendingSpace)
      this.pendingSpace = null
    }
    this.push(character, source)
  }

  /** A cell separator: never collapsed, never at a line start. */
  addSeparator(source: number): void {
    this.pendingSpace = null
    if (!this.isAtLineStart()) this.push('\t', source)
  }

  breakLine(source?: number): void {
    this.pendingSpace = null
    if (this.isAtLineStart()) return
    this.push('\n', source ?? this.sources.at(-1)! + 1)
  }
}

/** Aligns a text node's decoded value with its source, entity references and CRLF included. */
function sourceOffsetsOf(value: string, html: string, start: number, end: number): number[] {
  const offsets: number[] = []
  let source = start
  let index = 0
  while (index < value.length) {
    if (source >= end) {
      offsets.push(Math.max(start, end - 1))
      index++
      continue
    }
    if (html[source] === '&') {
      const reference = /^&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|[A-Za-z][A-Za-z0-9]*);?/u.exec(html.slice(source, Math.min(end, source + 40)))
      if (reference) {
        const after = source + reference[0].length
        const codePoint = reference[1] ? Number.parseInt(reference[1], 16) : reference[2] ? Number(reference[2]) : NaN
        let decodedLength = Number.isNaN(codePoint) ? 1 : codePoint > 0xffff && codePoint <= 0x10ffff ? 2 : 1
        // A few named references decode to two code units (&NotEqualTilde;): resynchronise on the next character.
        if (Number.isNaN(codePoint) && after < end && value[index + 1] !== html[after] && value[index + 2] === html[after]) decodedLength = 2
        for (let unit = 0; unit < decodedLength && index < value.length; unit++, index++) offsets.push(source)
        source = after
        continue
      }
    }
    if (html[source] === '\r' && value[index] === '\n') {
      offsets.push(source)
      source += html[source + 1] === '\n' ? 2 : 1
      index++
      continue
    }
    offsets.push(source)
    source++
    index++
  }
  return offsets
}

interface ExtractOptions {
  /** Leave out link text: lists of links to other pages must not make a container look like a report. */
  skipLinks?: boolean
  /** Called for each element kept, with the stretch of extracted text it produced. */
  onElement?: (element: Element, depth: number, start: number, end: number, isInsideArticle: boolean) => void
}

function extractText(root: Element | Root, html: string, options: ExtractOptions = {}): TextBuilder {
  const builder = new TextBuilder()
  let depth = 0
  const visit = (node: RootContent | ElementContent, preserve: boolean, isInsideArticle: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const offsets = start !== undefined && end !== undefined ? sourceOffsetsOf(node.value, html, start, end) : null
      for (let index = 0; index < node.value.length; index++) {
        builder.addCharacter(node.value[index]!, offsets?.[index] ?? builder.sources.at(-1) ?? 0, preserve)
      }
      return
    }
    if (node.type !== 'element') return
    if (isHiddenOrChrome(node, isInsideArticle) || (options.skipLinks && node.tagName === 'a')) return
    const start = node.position?.start.offset
    if (node.tagName === 'br') {
      builder.breakLine(start)
      return
    }
    const isBlock = BLOCK_TAGS.has(node.tagName)
    if (isBlock) builder.breakLine(start)
    if (node.tagName === 'td' || node.tagName === 'th') {
      if (start !== undefined) builder.addSeparator(start)
    }
    const childPreserve = preserve || preservesWhiteSpace(node)
    const childInsideArticle = isInsideArticle || node.tagName === 'article' || node.tagName === 'main'
    const textStart = builder.length
    depth++
    for (const child of node.children) visit(child, childPreserve, childInsideArticle)
    depth--
    if (isBlock) builder.breakLine(node.position?.end.offset)
    options.onElement?.(node, depth, textStart, builder.length, isInsideArticle)
  }
  if (root.type === 'root') for (const child of root.children) visit(child, false, false)
  else for (const child of root.children) visit(child, preservesWhiteSpace(root), root.tagName === 'article' || root.tagName === 'main')
  return builder
}

/**
 * The element holding the report: the deepest block with the best score — numbered heading lines,
 * plus 5 for a short title-like line — so a wrapper that adds only a sidebar loses to the article it
 * wraps, while an article whose title sits in an <h1> beside the text container keeps its title.
 * One extraction of the whole page serves every candidate (each element's text is a contiguous stretch).
 */
function findReportBody(tree: Root, html: string): Element | Root {
  const candidates: {element: Element; depth: number; start: number; end: number}[] = []
  const {text} = extractText(tree, html, {
    skipLinks: true,
    onElement(element, depth, start, end) {
      // Headings and paragraphs are parts of a body, never the body.
      if (BLOCK_TAGS.has(element.tagName) && element.tagName !== 'p' && !/^h[1-6]$/u.test(element.tagName)) {
        candidates.push({element, depth, start, end})
      }
    },
  })
  const lineStarts: number[] = []
  const numberedBefore: number[] = [0]
  const titlesBefore: number[] = [0]
  let lineStart = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    const isNumbered = trimmed !== '' && matchNumbering(trimmed.slice(0, 12)) !== null
    const isTitle = !isNumbered && trimmed.length > 0 && trimmed.length <= 60 && TITLE_LIKE.test(trimmed)
    lineStarts.push(lineStart)
    numberedBefore.push(numberedBefore.at(-1)! + (isNumbered ? 1 : 0))
    titlesBefore.push(titlesBefore.at(-1)! + (isTitle ? 1 : 0))
    lineStart += line.length + 1
  }
  // Index of the first line starting at or after `offset`.
  const firstLineFrom = (offset: number) => {
    let low = 0
    let high = lineStarts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (lineStarts[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  let best: {element: Element; depth: number; score: number; length: number} | null = null
  for (const candidate of candidates) {
    const from = firstLineFrom(candidate.start)
    const to = firstLineFrom(candidate.end)
    const score = numberedBefore[to]! - numberedBefore[from]! + (titlesBefore[to]! - titlesBefore[from]! > 0 ? 5 : 0)
    const length = candidate.end - candidate.start
    if (score === 0) continue
    if (!best || score > best.score || (score === best.score && (candidate.depth > best.depth || (candidate.depth === best.depth && length < best.length)))) {
      best = {element: candidate.element, depth: candidate.depth, score, length}
    }
  }
  return best ? best.element : tree
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/iu.exec(head)
  return match ? match[1]! : null
}

/**
 * --encoding first, then a byte-order mark, then the page's own declaration, then detection. A page that declares
 * UTF-16 in a meta tag is read as UTF-8, as the HTML standard prescribes: the tag could not be read in ASCII were the
 * page UTF-16.
 */
function decodeHtml(bytes: Uint8Array, filePath: string, options: ReadOptions): DecodedText {
  if (options.encoding) return decodeBytes(bytes, filePath, options.encoding)
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const declared = hasBom ? null : findDeclaredCharset(bytes)
  const named = declared ? normaliseEncodingName(declared) : null
  const encoding = named === 'utf-16le' || named === 'utf-16be' ? 'utf-8' : named
  if (encoding) {
    try {
      return decodeBytes(bytes, filePath, encoding)
    } catch {
      // Pages that declare gb2312 but were saved as UTF-8 exist: fall back to detection.
    }
  }
  return decodeBytes(bytes, filePath)
}

/**
 * Elements nested deeper than this are refused: no page nests its report a few hundred elements deep, and the
 * steps from parse5's tree to text recurse once per level (100,000 nested <div> overflowed the stack).
 */
export const MAX_HTML_DEPTH = 500

type Parse5Node = DefaultTreeAdapterMap['node']

/** The deepest element nesting of a parse5 tree, counted without recursion. */
function measureDepth(document: Parse5Node): number {
  let deepest = 0
  const pending: [Parse5Node, number][] = [[document, 0]]
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const [node, depth] = entry
    if (depth > deepest) deepest = depth
    if ('childNodes' in node) for (const child of node.childNodes) pending.push([child, depth + 1])
    if ('content' in node && node.content) pending.push([node.content, depth + 1])
  }
  return deepest
}

/** The page as a hast tree with source positions, as rehype-parse makes it, once its nesting is known to be bounded. */
function parseHtmlTree(html: string, filePath: string): Root {
  const document = parseHtml(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const depth = measureDepth(document)
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError(
      'unsupported',
      filePath,
      `${filePath}: 网页元素嵌套 ${depth} 层，超过上限 ${MAX_HTML_DEPTH} 层，不像正常的网页 / elements nested ${depth} deep (limit ${MAX_HTML_DEPTH}): not an ordinary page`,
    )
  }
  // The file gives the tree its positions (and the root's end), as rehype-parse passes it.
  return fromParse5(document, {file: new VFile(html)}) as Root
}

/** Maps extracted-text offsets to the HTML source's line and column. */
export function createSourcePositionMap(html: string, sources: readonly number[]): PositionMap {
  const locator = createLocator(html)
  return {
    toOriginal(offset) {
      let source = offset < sources.length ? sources[Math.max(0, offset)]! : sources.length > 0 ? sources.at(-1)! + 1 : 0
      // Just past a line's last character may fall between the `\r` and `\n` of its break (the fuzzer found an end
      // one column past the line): such a place is the line's end.
      if (html.charCodeAt(source) === 10 && html.charCodeAt(source - 1) === 13) source--
      const point = locator.toPoint(source)
      return {line: point.line, column: point.column}
    },
  }
}

export async function readHtml(bytes: Uint8Array, filePath: string, options: ReadOptions): Promise<ReadInput> {
  const decoded = decodeHtml(bytes, filePath, options)
  const html = decoded.text
  const tree = parseHtmlTree(html, filePath)
  options.deadline?.check()
  const body = findReportBody(tree, html)
  const extracted = extractText(body, html)
  options.deadline?.check()
  let text = extracted.text
  let sources = extracted.sources
  if (text.endsWith('\n')) {
    text = text.slice(0, -1)
    sources = sources.slice(0, -1)
  }
  if (text.trim() === '') throw new InputError('empty', filePath, `${filePath}: 网页中没有正文文字 / the page has no body text`)
  return {text, syntax: 'text', format: 'html', encoding: decoded.encoding, positionMap: createSourcePositionMap(html, sources), unfixableReason: extractedTextNotFixed('html')}
}
