/**
 * OFD (GB/T 33190-2016, the format of electronic official documents) → text. An OFD is a zip of XML:
 * `OFD.xml` → `DocBody/DocRoot` → `Document.xml` → `Pages/Page@BaseLoc` → the page's `Content.xml` → `Layer`
 * (and `PageBlock`s in it) → `TextObject`s, each with a `Boundary`, a font `Size`, an optional `CTM` and
 * `TextCode`s that place their characters at `X`/`Y` (the baseline) and then by `DeltaX`/`DeltaY` advances.
 * No paragraph is stored: the text is put back together from where the glyphs stand —
 *   - glyphs whose baselines agree form a printed line, read left to right; lines are read top to bottom;
 *   - page numbers (`— 3 —`, `-3-`, `第3页`) in the foot or head of a page are left out;
 *   - a line starts a paragraph when it is indented (Chinese official documents indent a paragraph's first line by
 *     two characters), when the line before ended short of the right margin, after a blank line's gap, or where the
 *     font size changes; the lines of a centred title stay one paragraph;
 *   - the lines of a paragraph are joined without a break (with a space between two Latin words).
 * Positions are the extracted text's line (one paragraph a line) and column with the page (`第3页 12:5`), as for PDF.
 * Runs in Node and in the browser.
 */
import JSZip from 'jszip'
import type {Deadline} from '../engine/deadline.js'
import {attributeOf, childrenOf, MAX_XML_DEPTH, MAX_XML_ELEMENTS, parseXml, tagOf, textOf, type XmlNode} from './docx-xml.js'
import {InputError} from './errors.js'
import {endsShortOfMargin, isIndented, joinPrintedLines, median, type PrintedLine} from './layout-paragraphs.js'
import {createPagePositionMap, PAGE_NUMBER_LINE} from '../text/page-map.js'
import {extractedTextNotFixed, type ReadInput, type ReadOptions} from './reader-types.js'
import {checkZipArchive, inflatePart} from './zip-parts.js'

/** Pages read: a 300-page report is far below; more means a crafted file. */
export const MAX_OFD_PAGES = 5_000
/** Characters over all pages: a long report has a few hundred thousand. */
export const MAX_OFD_GLYPHS = 5_000_000

function corrupt(filePath: string, detail: string, cause?: unknown): InputError {
  return new InputError('corrupt', filePath, `${filePath}: 不是有效的 OFD 文件（${detail}）/ not a valid OFD file`, {cause})
}

function unsupported(filePath: string, detail: string): InputError {
  return new InputError('unsupported', filePath, `${filePath}: 文档超出可处理的范围（${detail}）/ the document is beyond what fzlint reads`)
}

/** An element's name without its namespace prefix: producers write `ofd:Page`, some plain `Page`. */
function localName(node: XmlNode): string {
  const tag = tagOf(node)
  return tag.slice(tag.indexOf(':') + 1)
}

function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((child) => localName(child) === name)
}

function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((child) => localName(child) === name)
}

function numbersOf(value: string | undefined): number[] {
  if (!value) return []
  return value.trim().split(/[\s,]+/u).filter((token) => token !== '').map(Number)
}

/** Zip part names as the OFD paths name them: `/Doc_0/Document.xml` from the root, others from the naming part's folder. */
function resolvePath(base: string, target: string): string {
  const cleaned = target.replace(/\\/gu, '/')
  const parts = cleaned.startsWith('/') ? [] : base.split('/').slice(0, -1)
  for (const segment of cleaned.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

class OfdPackage {
  private readonly names: Map<string, string>
  constructor(
    private readonly zip: JSZip,
    private readonly filePath: string,
  ) {
    // Some producers differ in case between a path and the part's name.
    this.names = new Map(Object.keys(zip.files).map((name) => [name.toLowerCase(), name]))
  }

  /** The part `target` names from the part `base` (relative to base's folder, or to the root). */
  find(base: string, target: string): string | undefined {
    for (const candidate of [resolvePath(base, target), resolvePath('', target)]) {
      const name = this.names.get(candidate.toLowerCase())
      if (name !== undefined && !this.zip.files[name]!.dir) return name
    }
    return undefined
  }

  async readText(name: string): Promise<string> {
    const entry = this.zip.file(name)
    if (!entry) throw corrupt(this.filePath, `缺少 ${name} / ${name} is missing`)
    return inflatePart(entry, this.filePath, corrupt)
  }

  async readXml(name: string): Promise<XmlNode> {
    const parsed = parseXml(await this.readText(name))
    if (!parsed.ok) {
      if (parsed.reason === 'too-deep') throw unsupported(this.filePath, `${name} 中元素嵌套超过 ${MAX_XML_DEPTH} 层 / elements in ${name} nested more than ${MAX_XML_DEPTH} deep`)
      if (parsed.reason === 'too-many-elements') throw unsupported(this.filePath, `${name} 中元素超过 ${MAX_XML_ELEMENTS} 个 / more than ${MAX_XML_ELEMENTS} elements in ${name}`)
      throw corrupt(this.filePath, `${name} 不是格式正确的 XML / ${name} is not well-formed XML`)
    }
    const root = parsed.nodes.find((node) => !tagOf(node).startsWith('?') && tagOf(node) !== '#text' && tagOf(node) !== '#comment')
    if (!root) throw corrupt(this.filePath, `${name} 没有根元素 / ${name} has no root element`)
    return root
  }
}

/** One printed character: where its baseline starts (mm, page coordinates), its size and its advance. */
interface Glyph {
  character: string
  x: number
  y: number
  size: number
  /** The advance to the next glyph of its TextCode, or an estimate for a TextCode's last one. */
  width: number
}

/** `DeltaX`/`DeltaY` per GB/T 33190: numbers, where `g N d` stands for N times d. */
export function expandDeltas(value: string | undefined, limit: number): number[] {
  const tokens = value ? value.trim().split(/\s+/u) : []
  const deltas: number[] = []
  for (let index = 0; index < tokens.length && deltas.length < limit; index++) {
    if (tokens[index] === 'g') {
      const count = Number(tokens[index + 1])
      const delta = Number(tokens[index + 2])
      index += 2
      if (!Number.isFinite(count) || !Number.isFinite(delta)) break
      for (let repeat = 0; repeat < count && deltas.length < limit; repeat++) deltas.push(delta)
    } else {
      const delta = Number(tokens[index])
      if (!Number.isFinite(delta)) break
      deltas.push(delta)
    }
  }
  return deltas
}

function isHalfWidth(character: string): boolean {
  const code = character.codePointAt(0)!
  return code < 0x2000 || (code >= 0xff61 && code <= 0xffdc)
}

interface GlyphState {
  glyphs: Glyph[]
  total: {count: number}
  filePath: string
  deadline: Deadline | undefined
}

/** A 2-D affine matrix `a b c d e f`, as OFD writes a CTM. */
type Matrix = readonly [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** A TextObject as the page scanner gives it: its attributes and its TextCodes' attributes and text. */
interface ScannedTextObject {
  /** The start tag's attributes as written, read with attributeIn. */
  attributes: string
  codes: {attributes: string; text: string}[]
}

function readTextObject(object: ScannedTextObject, state: GlyphState): void {
  const attributeOf = (name: string) => attributeIn(object.attributes, name)
  const boundary = numbersOf(attributeOf('Boundary'))
  const originX = boundary[0] ?? 0
  const originY = boundary[1] ?? 0
  const size = Number(attributeOf('Size') ?? '3.5') || 3.5
  const ctmValues = numbersOf(attributeOf('CTM'))
  const ctm: Matrix = ctmValues.length === 6 && ctmValues.every(Number.isFinite) ? (ctmValues as unknown as Matrix) : IDENTITY
  const scale = Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) || 1
  const hScale = Number(attributeOf('HScale') ?? '1') || 1
  let cursorX = 0
  let cursorY = 0
  for (const code of object.codes) {
    const characters = [...code.text]
    if (characters.length === 0) continue
    state.total.count += characters.length
    if (state.total.count > MAX_OFD_GLYPHS) throw unsupported(state.filePath, `文字超过 ${MAX_OFD_GLYPHS} 个 / more than ${MAX_OFD_GLYPHS} characters`)
    const x = attributeIn(code.attributes, 'X')
    const y = attributeIn(code.attributes, 'Y')
    if (x !== undefined && Number.isFinite(Number(x))) cursorX = Number(x)
    if (y !== undefined && Number.isFinite(Number(y))) cursorY = Number(y)
    const deltaX = expandDeltas(attributeIn(code.attributes, 'DeltaX'), characters.length - 1)
    const deltaY = expandDeltas(attributeIn(code.attributes, 'DeltaY'), characters.length - 1)
    characters.forEach((character, index) => {
      const estimate = (isHalfWidth(character) ? size / 2 : size) * hScale
      const advanceX = index < characters.length - 1 ? deltaX[index] ?? (deltaY.length > 0 ? 0 : estimate) : estimate
      const advanceY = index < characters.length - 1 ? deltaY[index] ?? 0 : 0
      state.glyphs.push({
        character,
        x: originX + ctm[0] * cursorX + ctm[2] * cursorY + ctm[4],
        y: originY + ctm[1] * cursorX + ctm[3] * cursorY + ctm[5],
        size: size * scale,
        width: Math.abs(advanceX) * scale,
      })
      cursorX += advanceX
      cursorY += advanceY
    })
  }
}

const XML_TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y
const XML_ENTITY = /&(?:#(\d+)|#x([\da-fA-F]+)|(amp|lt|gt|quot|apos));/gu
const NAMED_ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(XML_ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES[name]!
    const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

/**
 * One attribute's value from a start tag's attribute source (` X="0" Y="5.6"`), or undefined. The tokenizer has
 * matched the source as `name="value"` pairs, so a name found after white space (or a prefix's colon) and followed
 * by `=` is the attribute; looking up the few a TextObject needs beats building a map of all of them.
 */
function attributeIn(source: string, name: string): string | undefined {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    const before = source.charCodeAt(at - 1)
    if (!isXmlSpace(before) && before !== 0x3a) continue
    let cursor = at + name.length
    while (isXmlSpace(source.charCodeAt(cursor))) cursor++
    if (source[cursor] !== '=') continue
    cursor++
    while (isXmlSpace(source.charCodeAt(cursor))) cursor++
    const quote = source[cursor]
    if (quote !== '"' && quote !== "'") continue
    const end = source.indexOf(quote, cursor + 1)
    if (end === -1) return undefined
    return decodeEntities(source.slice(cursor + 1, end))
  }
  return undefined
}

/**
 * A page's Content.xml in one pass: the TextObjects of its Content (in layers, page blocks and composite objects) and
 * the height of its own PhysicalBox. A page holds thousands of small elements, which a general XML parser (with its
 * validation pass) spent most of an OFD's reading time on; this scanner reads only what the text needs, checks
 * that the tags are balanced, and keeps the element and depth limits of the other parts.
 */
function scanPage(xml: string, state: GlyphState): {height: number | undefined} | 'malformed' | 'too-deep' | 'too-many-elements' {
  if (/<!DOCTYPE/iu.test(xml.slice(0, 4096))) return 'malformed'
  const stack: string[] = []
  let elements = 0
  let inContent = 0
  let object: ScannedTextObject | undefined
  let code: {attributes: string; text: string} | undefined
  let boxText: string | undefined
  let height: number | undefined
  XML_TOKEN.lastIndex = 0
  while (XML_TOKEN.lastIndex < xml.length) {
    const match = XML_TOKEN.exec(xml)
    if (!match) return 'malformed'
    const [token, cdata, closing, tag, attributeSource, selfClosing, text] = match
    if (text !== undefined || cdata !== undefined) {
      const value = cdata ?? decodeEntities(text!)
      if (code) code.text += value
      else if (boxText !== undefined) boxText += value
      continue
    }
    if (tag === undefined) {
      if (token.startsWith('<!--') || token.startsWith('<?')) continue
      return 'malformed'
    }
    const local = tag.slice(tag.indexOf(':') + 1)
    if (closing) {
      if (stack.pop() !== tag) return 'malformed'
    } else {
      if (++elements > MAX_XML_ELEMENTS) return 'too-many-elements'
      if (!selfClosing) {
        stack.push(tag)
        if (stack.length > MAX_XML_DEPTH) return 'too-deep'
      }
    }
    const opening = !closing
    const closes = closing || selfClosing
    if (local === 'Content') inContent += opening ? (selfClosing ? 0 : 1) : -1
    else if (local === 'TextObject' && inContent > 0) {
      if (opening) object = {attributes: attributeSource ?? '', codes: []}
      if (closes && object) {
        readTextObject(object, state)
        object = undefined
      }
    } else if (local === 'TextCode' && object) {
      if (opening) code = {attributes: attributeSource ?? '', text: ''}
      if (closes && code) {
        object.codes.push(code)
        code = undefined
      }
    } else if (local === 'PhysicalBox' && inContent === 0) {
      // The page's own size (Page/Area/PhysicalBox), when it differs from the document's.
      if (opening && !selfClosing && stack.at(-2)?.endsWith('Area')) boxText = ''
      else if (closing && boxText !== undefined) {
        height = numbersOf(boxText)[3]
        boxText = undefined
      }
    }
  }
  if (stack.length > 0) return 'malformed'
  return {height}
}

/** A printed line, in millimetres (y grows downwards); its size is the median of its glyphs'. */
type Line = PrintedLine

/** A page's glyphs → its printed lines, top to bottom, each left to right. */
function groupLines(glyphs: Glyph[], page: number): Line[] {
  // Spaces are kept as printed (U+00A0 and U+3000 too); only line breaks and control characters go.
  const sorted = glyphs.filter((glyph) => glyph.character.charCodeAt(0) >= 0x20).sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Glyph[][] = []
  for (const glyph of sorted) {
    const row = rows.at(-1)
    const rowY = row?.[0]?.y ?? Number.NaN
    const tolerance = 0.4 * Math.min(glyph.size, row?.[0]?.size ?? glyph.size)
    if (row && Math.abs(glyph.y - rowY) <= tolerance) row.push(glyph)
    else rows.push([glyph])
  }
  return rows.flatMap((row) => {
    row.sort((a, b) => a.x - b.x)
    let text = ''
    let end = Number.NEGATIVE_INFINITY
    let afterSpace = true
    for (const glyph of row) {
      const isSpace = glyph.character.trim() === ''
      // A gap wider than most of a character between two text objects is a space (or a table column's tab).
      const gap = glyph.x - end
      if (!afterSpace && !isSpace && gap > 0.6 * glyph.size) text += gap > 3 * glyph.size ? '\t' : ' '
      text += glyph.character
      afterSpace = isSpace
      end = Math.max(end, glyph.x + glyph.width)
    }
    const visible = row.filter((glyph) => glyph.character.trim() !== '')
    if (visible.length === 0) return []
    return [{
      text: text.trim(),
      left: visible[0]!.x,
      right: Math.max(...visible.map((glyph) => glyph.x + glyph.width)),
      y: row[0]!.y,
      size: median(visible.map((glyph) => glyph.size)),
      page,
    }]
  })
}

/** Page numbers in the bottom or top eighth of the page: printed furniture, not the report's text. */
function isPageFurniture(line: Line, pageHeight: number): boolean {
  return (line.y > pageHeight * 0.875 || line.y < pageHeight * 0.125) && PAGE_NUMBER_LINE.test(line.text)
}

/** The value most lines share, to 0.5 mm (the smallest of equally common ones): a margin, the body text's size, the line distance. */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const value of values) {
    const key = Math.round(value * 2) / 2
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let best: number | undefined
  let bestCount = 0
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key
      bestCount = count
    }
  }
  return best
}

/**
 * Whether a printed line goes on in the next, judged by indents, short last lines, gaps and font sizes (see the
 * module comment) against the body text's margins, line distance and size, measured on all the lines (not empty).
 */
function paragraphGoesOn(lines: readonly Line[]): (line: Line, next: Line) => boolean {
  // `lines` is not empty, so neither is what the most common value is taken of.
  const bodySize = mostCommon(lines.map((line) => line.size))!
  const bodyLines = lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * 0.1)
  const left = Math.min(mostCommon(bodyLines.map((line) => line.left)) ?? 0, ...bodyLines.map((line) => line.left))
  // The right margin: where most long lines end (justified text ends them all there).
  const longLines = bodyLines.filter((line) => line.right - line.left > bodySize * 10)
  const right = mostCommon((longLines.length > 0 ? longLines : bodyLines).map((line) => line.right)) ?? Math.max(...bodyLines.map((line) => line.right))
  // The usual distance between baselines of consecutive lines on a page.
  const pitches = lines.slice(1).flatMap((line, index) => (line.page === lines[index]!.page && line.y > lines[index]!.y ? [line.y - lines[index]!.y] : []))
  const pitch = mostCommon(pitches) ?? bodySize * 1.8
  const isCentred = (line: Line): boolean => {
    const before = line.left - left
    const after = right - line.right
    return before > line.size && after > line.size && Math.abs(before - after) < line.size * 1.5
  }
  return (line, next) => {
    const sameSize = Math.abs(next.size - line.size) <= Math.max(next.size, line.size) * 0.1
    const close = next.page === line.page && next.y - line.y < next.size * 2.5
    // A title's lines: centred, or set larger than the body text, one right below the other.
    const titleLines = sameSize && close && ((isCentred(line) && isCentred(next)) || next.size > bodySize * 1.15)
    const gap = next.page === line.page && next.y - line.y > Math.max(pitch, next.size) * 1.6
    return titleLines || !(isIndented(next, left, 1.5) || endsShortOfMargin(line, right, 1.2) || gap || !sameSize)
  }
}

/** The pages of the first document in reading order, as their printed lines. */
async function readLines(ofd: OfdPackage, filePath: string, deadline: Deadline | undefined): Promise<Line[]> {
  const root = await ofd.readXml(ofd.find('', 'OFD.xml') ?? 'OFD.xml')
  if (localName(root) !== 'OFD') throw corrupt(filePath, 'OFD.xml 的根元素不是 OFD / the root of OFD.xml is not OFD')
  const docBody = childNamed(root, 'DocBody')
  const docRootNode = docBody ? childNamed(docBody, 'DocRoot') : undefined
  const docRootPath = docRootNode ? textOf(docRootNode).trim() : ''
  const documentName = docRootPath === '' ? undefined : ofd.find('OFD.xml', docRootPath)
  if (!documentName) throw corrupt(filePath, `OFD.xml 的 DocRoot 指向的文档不存在（${docRootPath || '空'}）/ the document DocRoot names is missing`)
  const document = await ofd.readXml(documentName)
  const commonData = childNamed(document, 'CommonData')
  const pageArea = commonData ? childNamed(commonData, 'PageArea') : undefined
  const physicalBox = pageArea ? childNamed(pageArea, 'PhysicalBox') : undefined
  const defaultHeight = numbersOf(physicalBox ? textOf(physicalBox) : undefined)[3] ?? 297
  const pagesNode = childNamed(document, 'Pages')
  const pageNodes = pagesNode ? childrenNamed(pagesNode, 'Page') : []
  if (pageNodes.length === 0) throw corrupt(filePath, `${documentName} 中没有页面 / no pages in ${documentName}`)
  if (pageNodes.length > MAX_OFD_PAGES) throw unsupported(filePath, `页面超过 ${MAX_OFD_PAGES} 页 / more than ${MAX_OFD_PAGES} pages`)
  const state: GlyphState = {glyphs: [], total: {count: 0}, filePath, deadline}
  const lines: Line[] = []
  for (const [index, pageNode] of pageNodes.entries()) {
    deadline?.check()
    const location = attributeOf(pageNode, 'BaseLoc') ?? ''
    const pageName = location === '' ? undefined : ofd.find(documentName, location)
    if (!pageName) throw corrupt(filePath, `第 ${index + 1} 页的内容 ${location || '（未指明）'} 不存在 / the content of page ${index + 1} is missing`)
    state.glyphs = []
    const scanned = scanPage(await ofd.readText(pageName), state)
    if (scanned === 'too-deep') throw unsupported(filePath, `${pageName} 中元素嵌套超过 ${MAX_XML_DEPTH} 层 / elements in ${pageName} nested more than ${MAX_XML_DEPTH} deep`)
    if (scanned === 'too-many-elements') throw unsupported(filePath, `${pageName} 中元素超过 ${MAX_XML_ELEMENTS} 个 / more than ${MAX_XML_ELEMENTS} elements in ${pageName}`)
    if (scanned === 'malformed') throw corrupt(filePath, `${pageName} 不是格式正确的 XML / ${pageName} is not well-formed XML`)
    const height = scanned.height ?? defaultHeight
    lines.push(...groupLines(state.glyphs, index + 1).filter((line) => !isPageFurniture(line, height)))
  }
  return lines
}

export async function readOfd(bytes: Uint8Array, filePath: string, options: ReadOptions): Promise<ReadInput> {
  checkZipArchive(bytes, filePath, corrupt)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    throw corrupt(filePath, '压缩包无法打开 / cannot open the zip archive', error)
  }
  const lines = await readLines(new OfdPackage(zip, filePath), filePath, options.deadline)
  if (lines.length === 0) throw new InputError('empty', filePath, `${filePath}: 文档没有文字（可能是扫描图片）/ the document has no text (a scanned image?)`)
  const {text, pageStarts: pages} = joinPrintedLines(lines, paragraphGoesOn(lines))
  return {
    text,
    syntax: 'text',
    format: 'ofd',
    // OFD's XML parts are UTF-8; reported so every result names an encoding.
    encoding: 'utf-8',
    // Positions are those of the extracted text (one paragraph a line) with the page each falls on, as for PDF.
    positionMap: createPagePositionMap(text, pages),
    pages,
    unfixableReason: extractedTextNotFixed('ofd'),
  }
}
