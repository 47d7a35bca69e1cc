/**
 * fast-check arbitraries for fuzzing the readers and the rules: plain text of random Unicode, official numbering and
 * figures of every length, in several encodings and broken ones; Markdown; HTML trees with page chrome, entities and
 * declared charsets; .docx archives built from random paragraphs, styles, tables and numbering (starts out of range
 * included), some of them damaged. Each input is small, so that many run in a few minutes.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import JSZip from 'jszip'
import {writeOfd} from '../scripts/ofd-writer.mjs'

export type FuzzFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'ofd'

export interface FuzzInput {
  format: FuzzFormat
  bytes: Uint8Array
}

const digit = fc.constantFrom(...'0123456789')
const chineseNumeral = fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿点')

/** Structural ordinals of GB/T 9704 and their near misses, at any value. */
const ordinal = fc.oneof(
  fc.constantFrom('一、', '二、', '三、', '十一、', '九十九、', '（一）', '（二）', '(三)', '（十）', '1.', '2．', '3、', '（1）', '(2)', '（3）', '一是', '二是', '三是', '十是', '第一，', '其一'),
  fc.nat({max: 200}).map((value) => `${value}.`),
  fc.nat({max: 200}).map((value) => `（${value}）`),
  fc.string({unit: chineseNumeral, minLength: 1, maxLength: 4}).map((numeral) => `${numeral}、`),
  fc.string({unit: chineseNumeral, minLength: 1, maxLength: 4}).map((numeral) => `${numeral}是`),
)

/** Figures: counts, decimals of any length, huge and Chinese numbers, percentages, hedges. */
const figure = fc.oneof(
  fc.integer().map(String),
  fc.tuple(fc.nat(), fc.string({unit: digit, minLength: 1, maxLength: 160})).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.string({unit: digit, minLength: 1, maxLength: 450}),
  fc.string({unit: chineseNumeral, minLength: 1, maxLength: 30}),
  fc.tuple(fc.nat({max: 100_000}), fc.constantFrom('件', '人次', '万元', '%', '％', '成', '个百分点', '余件', '多人', '万', '亿', '')).map(([value, unit]) => `${value}${unit}`),
  fc.tuple(fc.constantFrom('百分之', '千分之'), fc.string({unit: chineseNumeral, minLength: 1, maxLength: 12})).map(([word, numeral]) => word + numeral),
  fc.tuple(fc.constantFrom('近', '约', '超过', '不足', ''), fc.nat({max: 9999}), fc.constantFrom('-', '~', '至', '—'), fc.nat({max: 9999})).map((parts) => parts.join('')),
)

/** Words and marks the rules look for. */
const word = fc.constantFrom(
  '受理', '办结', '办结率', '纠错率', '调解成功率', '其中', '占', '占比', '件', '人次', '案件', '行政复议', '行政诉讼', '败诉率',
  '。', '，', '；', '、', '：', '！', '？', ',', '.', ';', ':', '“', '”', '‘', '’', '"', '《', '》', '（', '）', '(', ')', '【', '】', '〔', '〕',
  '年', '月', '日', '2023年', '2024年3月5日', '2023.3.5', '2022-2025年', '十四五', '七五普法', '八五普法', '二十届三中全会',
  '主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '下一年度推进法治政府建设的主要安排',
  '某区人民政府', '关于2023年度法治政府建设情况的报告', '市人民政府：', '特此报告。', '妥否，请批示', '首页 | 网站地图', '分享到',
  '<!-- fzlint-disable -->', '<!-- fzlint-enable empty-section -->', '\t', ' ', '\u3000', '\r\n', '\n', '\n\n', '\f', '— 3 —',
)

const unicode = fc.oneof(fc.string({unit: 'grapheme', maxLength: 12}), fc.string({unit: 'binary', maxLength: 12}), fc.string({unit: 'grapheme-ascii', maxLength: 12}))

const fragment = fc.oneof({arbitrary: word, weight: 6}, {arbitrary: figure, weight: 3}, {arbitrary: ordinal, weight: 2}, {arbitrary: unicode, weight: 2})

/** One line: maybe an ordinal, then fragments. */
const line = fc.tuple(fc.option(ordinal, {freq: 2}), fc.array(fragment, {maxLength: 14})).map(([start, parts]) => (start ?? '') + parts.join(''))

/** A report-like text: lines of fragments. */
export const reportText = fc.array(line, {maxLength: 40}).map((lines) => lines.join('\n'))

const encoder = new TextEncoder()

function encodeUtf16(text: string, isBigEndian: boolean, hasBom: boolean): Uint8Array {
  const offset = hasBom ? 2 : 0
  const bytes = new Uint8Array(offset + text.length * 2)
  if (hasBom) bytes.set(isBigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes[offset + 2 * index + (isBigEndian ? 1 : 0)] = code & 0xff
    bytes[offset + 2 * index + (isBigEndian ? 0 : 1)] = code >> 8
  }
  return bytes
}

/** Text as bytes: UTF-8 mostly, with or without BOM, UTF-16 either way, cut short, with NULs, or random bytes. */
function textBytes(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    {arbitrary: text.map((value) => encoder.encode(value)), weight: 8},
    text.map((value) => new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(value)])),
    fc.tuple(text, fc.boolean(), fc.boolean()).map(([value, isBigEndian, hasBom]) => encodeUtf16(value, isBigEndian, hasBom)),
    fc.tuple(text, fc.nat()).map(([value, cut]) => {
      const bytes = encoder.encode(value)
      return bytes.subarray(0, bytes.length === 0 ? 0 : cut % bytes.length)
    }),
    fc.tuple(text, fc.nat()).map(([value, at]) => {
      const bytes = [...encoder.encode(value)]
      bytes.splice(bytes.length === 0 ? 0 : at % bytes.length, 0, 0)
      return new Uint8Array(bytes)
    }),
    fc.uint8Array({maxLength: 600}),
  )
}

export const txtInput: fc.Arbitrary<FuzzInput> = textBytes(reportText).map((bytes) => ({format: 'txt', bytes}))

const markdownPrefix = fc.constantFrom('', '', '', '# ', '## ', '### ', '- ', '* ', '1. ', '2) ', '> ', '>> ', '    ', '```\n', '~~~\n', '<div>\n', '<!--\n', '[a]: https://example.gov.cn\n', '| a | b |\n', '---\n', '===\n')
const markdownText = fc.array(fc.tuple(markdownPrefix, line, fc.constantFrom('\n', '\n\n')), {maxLength: 40}).map((lines) => lines.map(([prefix, text, end]) => prefix + text + end).join(''))

export const mdInput: fc.Arbitrary<FuzzInput> = textBytes(markdownText).map((bytes) => ({format: 'md', bytes}))

const HTML_TAGS = ['div', 'p', 'span', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'article', 'main', 'section', 'nav', 'footer', 'header', 'aside', 'script', 'style', 'pre', 'a', 'b', 'font', 'center', 'br', 'img', 'form', 'template', 'noscript', 'svg', 'iframe', 'textarea']
const htmlAttributes = fc
  .array(
    fc.constantFrom(' class="content"', ' class="nav"', ' class="share bdshare"', ' class="TRS_Editor"', ' id="xgwz"', ' style="display:none"', ' style="white-space: pre"', ' hidden', ' class="breadcrumb"', ' id="zoom"'),
    {maxLength: 2},
  )
  .map((attributes) => attributes.join(''))
const htmlText = fc.oneof(
  {arbitrary: line.map((value) => value.replace(/[<&]/gu, (character) => (character === '<' ? '&lt;' : '&amp;'))), weight: 5},
  fc.constantFrom('&nbsp;', '&amp;', '&#x4e00;', '&#12345678;', '&#0;', '&NotEqualTilde;', '&unknown;', '<', '</p', '<!-- x -->', '<![CDATA[x]]>', '\r\n'),
)

const {htmlNode} = fc.letrec<{htmlNode: string; htmlElement: string}>((tie) => ({
  htmlNode: fc.oneof({depthSize: 'small', withCrossShrink: true}, htmlText, tie('htmlElement')),
  htmlElement: fc
    .tuple(fc.constantFrom(...HTML_TAGS), htmlAttributes, fc.array(tie('htmlNode'), {maxLength: 6}), fc.boolean())
    .map(([tag, attributes, children, isClosed]) => `<${tag}${attributes}>${children.join('')}${isClosed ? `</${tag}>` : ''}`),
}))

const charsetDeclaration = fc.constantFrom('', '<meta charset="utf-8">', '<meta charset="gbk">', '<meta charset="utf-16le">', '<meta charset="UTF-16">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '<meta charset="bogus">')
const htmlPage = fc
  .tuple(charsetDeclaration, fc.array(htmlNode, {maxLength: 8}), fc.boolean())
  .map(([charset, body, isWhole]) => (isWhole ? `<!DOCTYPE html><html><head>${charset}<title>报告_网站</title></head><body>${body.join('')}</body></html>` : charset + body.join('')))

export const htmlInput: fc.Arbitrary<FuzzInput> = textBytes(htmlPage).map((bytes) => ({format: 'html', bytes}))

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NUMBER_FORMATS = ['decimal', 'chineseCounting', 'chineseCountingThousand', 'ideographDigital', 'chineseLegalSimplified', 'ideographTraditional', 'decimalEnclosedCircle', 'decimalFullWidth', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none', 'unknownFormat']
const listStart = fc.oneof({arbitrary: fc.nat({max: 30}).map(String), weight: 6}, fc.constantFrom('1000000000000', '-5', '32767', '99999', 'abc', '', '1e3', '4294967296'))

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/gu, (character) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'})[character]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
}

const docxParagraph = fc
  .tuple(line, fc.option(fc.constantFrom('H1', 'H2', 'Body', 'Missing'), {nil: undefined}), fc.option(fc.tuple(fc.constantFrom('1', '2', '0', '9'), fc.constantFrom('0', '1', '2', '8', '9', '-1', 'x')), {nil: undefined}), fc.constantFrom('', '<w:r><w:br/></w:r>', '<w:r><w:tab/></w:r>', '<w:del><w:r><w:delText>删</w:delText></w:r></w:del>', '<w:ins><w:r><w:t>插</w:t></w:r></w:ins>'))
  .map(([text, style, numbering, extra]) => {
    const properties = (style ? `<w:pStyle w:val="${style}"/>` : '') + (numbering ? `<w:numPr><w:ilvl w:val="${numbering[1]}"/><w:numId w:val="${numbering[0]}"/></w:numPr>` : '')
    return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>${extra}</w:p>`
  })

const docxBlock = fc.oneof(
  {arbitrary: docxParagraph, weight: 8},
  fc.array(fc.array(docxParagraph, {maxLength: 3}), {minLength: 1, maxLength: 3}).map((rows) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`),
  fc.tuple(fc.nat({max: 140}), docxParagraph).map(([depth, paragraph]) => '<w:sdt><w:sdtContent>'.repeat(depth) + paragraph + '</w:sdtContent></w:sdt>'.repeat(depth)),
)

const docxLevel = fc
  .tuple(fc.constantFrom('0', '1', '2', '3', '8', '9', '-1', '100'), listStart, fc.constantFrom(...NUMBER_FORMATS), fc.constantFrom('%1、', '（%1）', '%1.', '%1.%2', '%2.%3.%4', '第%1条', '', '%9'), fc.boolean())
  .map(([ilvl, start, format, text, isLegal]) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${isLegal ? '<w:isLgl/>' : ''}</w:lvl>`)

const docxNumbering = fc
  .tuple(fc.array(docxLevel, {maxLength: 5}), fc.option(listStart, {nil: undefined}))
  .map(([levels, override]) =>
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels.join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${override === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${override}"/></w:lvlOverride>`}</w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num></w:numbering>`,
  )

const DOCX_STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="H2"/></w:style><w:style w:type="paragraph" w:styleId="H2"><w:name w:val="标题 2"/><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>`

/** What a .docx is made of before it is zipped: its parts and how it may be damaged. */
export interface DocxPlan {
  body: string
  numbering: string | null
  hasStyles: boolean
  damage: 'none' | 'truncate' | 'no-document' | 'malformed-xml' | 'doctype'
  cut: number
}

export const docxPlan: fc.Arbitrary<DocxPlan> = fc.record({
  body: fc.array(docxBlock, {maxLength: 30}).map((blocks) => blocks.join('')),
  numbering: fc.option(docxNumbering, {nil: null}),
  hasStyles: fc.boolean(),
  damage: fc.oneof({arbitrary: fc.constant('none' as const), weight: 8}, fc.constantFrom('truncate' as const, 'no-document' as const, 'malformed-xml' as const, 'doctype' as const)),
  cut: fc.nat(),
})

/** Zips a plan into .docx bytes (stored, not deflated: building must not cost more than reading). */
export async function buildDocxFromPlan(plan: DocxPlan): Promise<Uint8Array> {
  const zip = new JSZip()
  const document = `<?xml version="1.0" encoding="UTF-8"?>${plan.damage === 'doctype' ? '<!DOCTYPE x [<!ENTITY a "aaaa">]>' : ''}<w:document ${W}><w:body>${plan.body}</w:body></w:document>`
  if (plan.damage !== 'no-document') zip.file('word/document.xml', plan.damage === 'malformed-xml' ? document.slice(0, Math.max(1, plan.cut % document.length)) : document)
  if (plan.numbering !== null) zip.file('word/numbering.xml', plan.numbering)
  if (plan.hasStyles) zip.file('word/styles.xml', DOCX_STYLES)
  const bytes = await zip.generateAsync({type: 'uint8array', compression: 'STORE'})
  return plan.damage === 'truncate' ? bytes.subarray(0, plan.cut % bytes.length) : bytes
}

/** The text inputs (the .docx, .doc and .ofd ones are plans, built asynchronously). */
export const TEXT_INPUTS: Record<Exclude<FuzzFormat, 'docx' | 'doc' | 'ofd'>, fc.Arbitrary<FuzzInput>> = {txt: txtInput, md: mdInput, html: htmlInput}

/**
 * A .doc or .ofd input: for .ofd, random report text laid out by scripts/ofd-writer.mjs (GB/T 9704 pages) or one of
 * the committed fixtures; for .doc, a committed fixture (LibreOffice's; nothing here writes Word binary). Then some
 * bytes overwritten, as a damaged download or disk would.
 */
export interface OfficePlan {
  text: string
  fresh: boolean
  fixture: number
  damage: [number, number][]
}

export const officePlan: fc.Arbitrary<OfficePlan> = fc.record({
  text: reportText,
  fresh: fc.boolean(),
  fixture: fc.nat(4),
  damage: fc.oneof({arbitrary: fc.constant([] as [number, number][]), weight: 2}, fc.array(fc.tuple(fc.nat(), fc.nat(255)), {minLength: 1, maxLength: 12})),
})

const OFFICE_FIXTURES = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']

export async function buildOfficeFromPlan(format: 'doc' | 'ofd', plan: OfficePlan): Promise<Uint8Array> {
  const fixture = () => new Uint8Array(readFileSync(new URL(`../fixtures/${format}/${OFFICE_FIXTURES[plan.fixture]}.${format}`, import.meta.url)))
  const bytes = format === 'ofd' && plan.fresh ? new Uint8Array(await writeOfd(plan.text)) : fixture()
  // Half the damage near the start, where the OLE header and allocation table or the zip's first parts are.
  for (const [at, value] of plan.damage) bytes[at % (at % 2 === 0 ? Math.min(bytes.length, 4096) : bytes.length)] = value
  return bytes
}
