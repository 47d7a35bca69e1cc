/**
 * .docx → text: body paragraphs in order, one per line, with Word's automatic numbering written in
 * front (so `一、` made by Word counts like a typed one), table rows as tab-separated lines, footnotes
 * and deleted revisions left out. Positions map back to the paragraph (`第12段`) and the column in it.
 */
import JSZip from 'jszip'
import type {HeadingDepth} from '../parse/index.js'
import type {Deadline} from '../engine/deadline.js'
import type {PositionMap} from '../text/position-map.js'
import {createLocator, findLastAtOrBefore} from '../text/locator.js'
import {createListCounter, findLevelForStyle, ListNumberError, readNumberingDefinitions, type NumberingDefinitions} from './docx-numbering.js'
import {attributeOf, childrenOf, findChild, findChildren, MAX_XML_DEPTH, MAX_XML_ELEMENTS, parseXml, tagOf, textOf, type XmlNode} from './docx-xml.js'
import {InputError} from './errors.js'
import {hasOleSignature} from './ole-compound.js'
import {extractedTextNotFixed, type ReadInput, type ReadOptions} from './reader-types.js'
import {checkZipArchive, inflatePart} from './zip-parts.js'

/** Office stores a password-protected .docx as an OLE compound file with an `EncryptedPackage` stream. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((character) => [character.charCodeAt(0), 0])
  outer: for (let index = 0; index <= bytes.length - name.length; index++) {
    for (let offset = 0; offset < name.length; offset++) if (bytes[index + offset] !== name[offset]) continue outer
    return true
  }
  return false
}

function corrupt(filePath: string, detail: string, cause?: unknown): InputError {
  return new InputError('corrupt', filePath, `${filePath}: 不是有效的 .docx 文件（${detail}）/ not a valid .docx file`, {cause})
}

/** Refuses an encrypted or Word 97-2003 file named .docx, what is not a zip, and zips that promise too much. */
function checkContainer(bytes: Uint8Array, filePath: string): void {
  if (hasOleSignature(bytes)) {
    if (hasEncryptedPackage(bytes)) {
      throw new InputError(
        'encrypted',
        filePath,
        `${filePath}: 文档已加密（设有打开密码），请取消密码后重新保存 / the document is encrypted (password-protected); remove the password and save again`,
      )
    }
    throw new InputError(
      'unsupported',
      filePath,
      `${filePath}: 这是旧版 Word 97-2003 (.doc) 格式，请把扩展名改为 .doc 后再检查，或在 Word 中另存为 .docx / a Word 97-2003 file named .docx; rename it to .doc (fzlint reads those) or save it as .docx`,
    )
  }
  checkZipArchive(bytes, filePath, corrupt)
}

async function readXmlPart(zip: JSZip, name: string, filePath: string): Promise<XmlNode[] | null> {
  const entry = zip.file(name)
  if (!entry) return null
  const parsed = parseXml(await inflatePart(entry, filePath, corrupt))
  if (parsed.ok) return parsed.nodes
  if (parsed.reason === 'too-deep') {
    throw unsupported(filePath, `${name} 中元素嵌套超过 ${MAX_XML_DEPTH} 层 / elements in ${name} nested more than ${MAX_XML_DEPTH} deep`)
  }
  if (parsed.reason === 'too-many-elements') {
    throw unsupported(filePath, `${name} 中元素超过 ${MAX_XML_ELEMENTS} 个 / more than ${MAX_XML_ELEMENTS} elements in ${name}`)
  }
  throw corrupt(filePath, `${name} 不是格式正确的 XML / ${name} is not well-formed XML`)
}

/** A .docx that is well formed but beyond what any report needs: refused before it takes unbounded time or memory. */
function unsupported(filePath: string, detail: string): InputError {
  return new InputError('unsupported', filePath, `${filePath}: 文档超出可处理的范围（${detail}）/ the document is beyond what fzlint reads`)
}

function findElement(nodes: XmlNode[] | null, tag: string): XmlNode | undefined {
  return nodes?.find((node) => tagOf(node) === tag)
}

/** Part names from a relationships part, by relationship type suffix (`/officeDocument`, `/styles`, `/numbering`). */
async function readRelationships(zip: JSZip, name: string, filePath: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>()
  const relationships = findElement(await readXmlPart(zip, name, filePath), 'Relationships')
  for (const relationship of relationships ? findChildren(relationships, 'Relationship') : []) {
    const type = attributeOf(relationship, 'Type') ?? ''
    const target = attributeOf(relationship, 'Target')
    if (target) targets.set(type.slice(type.lastIndexOf('/') + 1), target)
  }
  return targets
}

function resolvePartName(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

interface StyleInfo {
  name: string
  basedOn: string | undefined
  outlineLevel: number | undefined
  numId: string | undefined
  level: number | undefined
}

interface ResolvedStyle {
  headingDepth: number | undefined
  numId: string | undefined
  level: number | undefined
}

function readNumberingProperties(properties: XmlNode | undefined): {numId: string | undefined; level: number | undefined} {
  const numPr = properties ? findChild(properties, 'w:numPr') : undefined
  const numIdNode = numPr ? findChild(numPr, 'w:numId') : undefined
  const levelNode = numPr ? findChild(numPr, 'w:ilvl') : undefined
  const levelText = levelNode ? attributeOf(levelNode, 'w:val') : undefined
  return {numId: numIdNode ? attributeOf(numIdNode, 'w:val') : undefined, level: levelText === undefined ? undefined : Number(levelText)}
}

function readOutlineLevel(properties: XmlNode | undefined): number | undefined {
  const node = properties ? findChild(properties, 'w:outlineLvl') : undefined
  const value = node ? Number(attributeOf(node, 'w:val')) : NaN
  // Level 9 is Word's "body text".
  return Number.isInteger(value) && value >= 0 && value < 9 ? value : undefined
}

function createStyleResolver(stylesRoot: XmlNode[] | null) {
  const styles = new Map<string, StyleInfo>()
  let defaultParagraphStyle: string | undefined
  const root = findElement(stylesRoot, 'w:styles')
  for (const style of root ? findChildren(root, 'w:style') : []) {
    if (attributeOf(style, 'w:type') !== 'paragraph') continue
    const id = attributeOf(style, 'w:styleId') ?? ''
    if (attributeOf(style, 'w:default') === '1' || attributeOf(style, 'w:default') === 'true') defaultParagraphStyle = id
    const nameNode = findChild(style, 'w:name')
    const basedOnNode = findChild(style, 'w:basedOn')
    const properties = findChild(style, 'w:pPr')
    styles.set(id, {
      name: nameNode ? attributeOf(nameNode, 'w:val') ?? '' : '',
      basedOn: basedOnNode ? attributeOf(basedOnNode, 'w:val') : undefined,
      outlineLevel: readOutlineLevel(properties),
      ...readNumberingProperties(properties),
    })
  }
  const cache = new Map<string, ResolvedStyle>()
  return function resolveStyle(styleId: string | undefined): ResolvedStyle {
    const id = styleId ?? defaultParagraphStyle
    if (id === undefined) return {headingDepth: undefined, numId: undefined, level: undefined}
    const cached = cache.get(id)
    if (cached) return cached
    const resolved: ResolvedStyle = {headingDepth: undefined, numId: undefined, level: undefined}
    const seen = new Set<string>()
    // basedOn chains are short; `seen` stops a malformed file's cycle.
    for (let currentId: string | undefined = id; currentId !== undefined && !seen.has(currentId); ) {
      seen.add(currentId)
      const current = styles.get(currentId)
      if (!current) break
      currentId = current.basedOn
      // Word stores built-in names in English (`heading 1`) whatever the UI language; WPS writes `标题 1`.
      const named = /^(?:heading|标题)\s*([1-9])$/iu.exec(current.name.trim())
      resolved.headingDepth ??= named ? Number(named[1]) : current.outlineLevel === undefined ? undefined : current.outlineLevel + 1
      resolved.numId ??= current.numId
      resolved.level ??= current.level
    }
    cache.set(id, resolved)
    return resolved
  }
}

/** Elements whose content is not running text of the body: properties, deletions, field codes, notes, drawings. */
const SKIPPED_IN_PARAGRAPH = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText', 'w:footnoteReference',
  'w:endnoteReference', 'w:commentReference', 'w:annotationRef', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent',
  'w:fldData', 'w:sym', 'w:ptab',
])

function collectRunText(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === 'w:t') out.push(textOf(node))
    else if (tag === 'w:tab') out.push('\t')
    else if (tag === 'w:br') {
      // A page or column break moves the text on but does not split the paragraph's wording.
      const type = attributeOf(node, 'w:type')
      if (type !== 'page' && type !== 'column') out.push('\n')
    } else if (tag === 'w:cr') out.push('\n')
    else if (tag === 'w:noBreakHyphen') out.push('-')
    else if (!SKIPPED_IN_PARAGRAPH.has(tag) && tag !== '#text') collectRunText(childrenOf(node), out)
  }
}

export interface DocxBlock {
  text: string
  /** Depth from a heading style (`heading 2`, `标题 2`) or outline level; undefined for body text. */
  headingDepth: number | undefined
}

/** Paragraphs (and table rows) a document may hold: a 300-page report has a few thousand. */
export const MAX_DOCX_PARAGRAPHS = 200_000

interface WalkState {
  filePath: string
  /** Paragraphs read so far, nested ones included. */
  paragraphCount: number
  resolveStyle: ReturnType<typeof createStyleResolver>
  numbering: NumberingDefinitions
  counter: ReturnType<typeof createListCounter>
  /** The file's time budget (ReadOptions.deadline), checked every 1,024 paragraphs. */
  deadline?: Deadline
}

function readParagraph(paragraph: XmlNode, state: WalkState): DocxBlock {
  countParagraph(state)
  const properties = findChild(paragraph, 'w:pPr')
  const styleNode = properties ? findChild(properties, 'w:pStyle') : undefined
  const styleId = styleNode ? attributeOf(styleNode, 'w:val') : undefined
  const style = state.resolveStyle(styleId)
  const direct = readNumberingProperties(properties)
  const numId = direct.numId ?? style.numId
  let marker = ''
  if (numId !== undefined && numId !== '0') {
    const level = direct.level ?? style.level ?? findLevelForStyle(state.numbering, numId, styleId) ?? 0
    marker = state.counter.next(numId, level)
  }
  const runs: string[] = []
  collectRunText(childrenOf(paragraph), runs)
  const outlineLevel = readOutlineLevel(properties)
  return {text: marker + runs.join(''), headingDepth: outlineLevel === undefined ? style.headingDepth : outlineLevel + 1}
}

function countParagraph(state: WalkState): void {
  if ((state.paragraphCount & 1023) === 0) state.deadline?.check()
  if (++state.paragraphCount > MAX_DOCX_PARAGRAPHS) {
    throw unsupported(state.filePath, `段落超过 ${MAX_DOCX_PARAGRAPHS} 个 / more than ${MAX_DOCX_PARAGRAPHS} paragraphs`)
  }
}

function findCells(nodes: XmlNode[]): XmlNode[] {
  return nodes.flatMap((node) => {
    const tag = tagOf(node)
    if (tag === 'w:tc') return [node]
    if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') return findCells(childrenOf(node))
    return []
  })
}

/** Text of a table cell: its paragraphs (and nested tables) joined by spaces, kept on one line. */
function readCellText(cell: XmlNode, state: WalkState): string {
  const blocks: DocxBlock[] = []
  collectBlocks(childrenOf(cell), state, blocks)
  return blocks.map((block) => block.text.replace(/\s*\n\s*/gu, ' ').trim()).filter((text) => text !== '').join(' ')
}

function collectBlocks(nodes: XmlNode[], state: WalkState, blocks: DocxBlock[]): void {
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === 'w:p') blocks.push(readParagraph(node, state))
    else if (tag === 'w:tbl') {
      // One row per line, cells joined by tabs — what Word's "convert table to text" produces.
      for (const row of findChildren(node, 'w:tr')) {
        countParagraph(state)
        blocks.push({text: findCells(childrenOf(row)).map((cell) => readCellText(cell, state)).join('\t'), headingDepth: undefined})
      }
    } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:moveTo') {
      collectBlocks(childrenOf(node), state, blocks)
    }
  }
}

/**
 * Maps offsets of the extracted text to `{line, column, paragraph}`: the line is the extracted
 * text's (so line-based formatters work unchanged), the column counts from the paragraph's start.
 */
export function createParagraphPositionMap(text: string, paragraphStarts: readonly number[]): PositionMap {
  const locator = createLocator(text)
  return {
    toOriginal(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length)
      const low = findLastAtOrBefore(paragraphStarts, clamped)
      const start = paragraphStarts[low] ?? 0
      return {line: locator.toPoint(clamped).line, column: clamped - start + 1, paragraph: low + 1}
    },
  }
}

function readNumbering(root: XmlNode[] | null, partName: string, filePath: string): NumberingDefinitions {
  try {
    return readNumberingDefinitions(root)
  } catch (error) {
    if (error instanceof ListNumberError) throw unsupported(filePath, `${partName}: ${error.message}`)
    throw error
  }
}

/** The body's paragraphs and table rows, empty ones dropped (people count the paragraphs they can see). */
export async function extractDocxBlocks(bytes: Uint8Array, filePath: string, deadline?: Deadline): Promise<DocxBlock[]> {
  checkContainer(bytes, filePath)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    throw corrupt(filePath, `压缩包损坏：${error instanceof Error ? error.message : String(error)} / damaged zip`, error)
  }
  const packageTargets = await readRelationships(zip, '_rels/.rels', filePath)
  const documentPart = resolvePartName('', packageTargets.get('officeDocument') ?? 'word/document.xml')
  const documentRoot = await readXmlPart(zip, documentPart, filePath)
  const body = findElement(documentRoot, 'w:document') && findChild(findElement(documentRoot, 'w:document')!, 'w:body')
  if (!body) throw corrupt(filePath, `缺少正文 ${documentPart} / no document body`)
  const documentRelsName = documentPart.replace(/([^/]+)$/u, '_rels/$1.rels')
  const documentTargets = await readRelationships(zip, documentRelsName, filePath)
  const partFor = (type: string, fallback: string) => {
    const target = documentTargets.get(type)
    return target ? resolvePartName(documentPart, target) : fallback
  }
  const numberingPart = partFor('numbering', 'word/numbering.xml')
  const numbering = readNumbering(await readXmlPart(zip, numberingPart, filePath), numberingPart, filePath)
  const state: WalkState = {
    filePath,
    paragraphCount: 0,
    resolveStyle: createStyleResolver(await readXmlPart(zip, partFor('styles', 'word/styles.xml'), filePath)),
    numbering,
    counter: createListCounter(numbering),
    deadline,
  }
  const blocks: DocxBlock[] = []
  collectBlocks(childrenOf(body), state, blocks)
  return blocks.filter((block) => block.text.trim() !== '')
}

export async function readDocx(bytes: Uint8Array, filePath: string, options: ReadOptions): Promise<ReadInput> {
  const blocks = await extractDocxBlocks(bytes, filePath, options.deadline)
  if (blocks.length === 0) throw new InputError('empty', filePath, `${filePath}: 文档没有正文文字 / the document has no body text`)
  const paragraphStarts: number[] = []
  const headingHints = new Map<number, HeadingDepth>()
  let text = ''
  for (const block of blocks) {
    if (text !== '') text += '\n'
    paragraphStarts.push(text.length)
    // Word has nine outline levels; GB/T 9704 numbering and Markdown stop at six.
    if (block.headingDepth !== undefined) headingHints.set(text.length, Math.min(Math.max(block.headingDepth, 1), 6) as HeadingDepth)
    text += block.text
  }
  return {
    text,
    syntax: 'text',
    format: 'docx',
    // WordprocessingML parts are UTF-8 XML; reported so every result names an encoding.
    encoding: 'utf-8',
    positionMap: createParagraphPositionMap(text, paragraphStarts),
    unfixableReason: extractedTextNotFixed('docx'),
    headingHints,
  }
}
