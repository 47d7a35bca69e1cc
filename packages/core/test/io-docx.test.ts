/** .docx reading: Word's automatic numbering written out, styles, tables, footnotes, revisions, positions, bad archives. */
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {formatListNumber} from '../src/io/docx-numbering.js'
import {InputError} from '../src/io/errors.js'
import {readDocx} from '../src/io/read-docx.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

function level(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
}

/** A multilevel list as Chinese templates define it: 一、 （一） 1. （1）, levels 0–1 bound to 标题 1/标题 2. */
const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="7">
    ${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="a1"/>')}
    ${level(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="a2"/>')}
    ${level(2, 'decimal', '%3.')}
    ${level(3, 'decimal', '（%4）')}
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="8">${level(0, 'bullet', '●')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="a1"><w:name w:val="标题 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="a2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>`

function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
}

function numbered(text: string, ilvl: number, numId = 1): string {
  return paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`)
}

async function buildDocx(body: string, parts: Record<string, string> = {numbering: NUMBERING, styles: STYLES}): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  if (parts['numbering']) zip.file('word/numbering.xml', parts['numbering'])
  if (parts['styles']) zip.file('word/styles.xml', parts['styles'])
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}

async function readText(body: string): Promise<string> {
  return (await readDocx(await buildDocx(body), 'report.docx', {})).text
}

async function readProblem(bytes: Uint8Array): Promise<InputError> {
  const error = await readDocx(bytes, 'report.docx', {}).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('automatic numbering', () => {
  it('writes Word-generated ordinals in front of the text, counting and restarting as Word does', async () => {
    const text = await readText(
      [
        paragraph('主要举措', '<w:pStyle w:val="a1"/>'),
        paragraph('依法履职', '<w:pStyle w:val="a2"/>'),
        numbered('完善制度', 2),
        numbered('细化清单', 3),
        numbered('加强审查', 2),
        paragraph('正文段落。'),
        paragraph('严格执法', '<w:pStyle w:val="a2"/>'),
        numbered('规范程序', 2),
        paragraph('存在的不足', '<w:pStyle w:val="a1"/>'),
        paragraph('学习不够深入', '<w:pStyle w:val="a2"/>'),
      ].join(''),
    )
    expect(text.split('\n')).toEqual([
      '一、主要举措',
      '（一）依法履职',
      '1.完善制度',
      '（1）细化清单',
      '2.加强审查',
      '正文段落。',
      '（二）严格执法',
      '1.规范程序',
      '二、存在的不足',
      '（一）学习不够深入',
    ])
  })

  it('honours a start override, adds nothing for bullets, and ignores numId 0', async () => {
    const text = await readText([numbered('第五项', 2, 3), numbered('要点', 0, 2), numbered('不编号', 0, 0)].join(''))
    expect(text.split('\n')).toEqual(['5.第五项', '要点', '不编号'])
  })

  it('formats the number formats Chinese reports use', () => {
    expect(formatListNumber(11, 'chineseCounting')).toBe('十一')
    expect(formatListNumber(20, 'chineseCountingThousand')).toBe('二十')
    expect(formatListNumber(12, 'chineseLegalSimplified')).toBe('拾贰')
    expect(formatListNumber(3, 'ideographTraditional')).toBe('丙')
    expect(formatListNumber(2, 'decimalEnclosedCircle')).toBe('②')
    expect(formatListNumber(10, 'decimalFullWidth')).toBe('１０')
    expect(formatListNumber(4, 'upperRoman')).toBe('IV')
    expect(formatListNumber(28, 'lowerLetter')).toBe('bb')
    expect(formatListNumber(7, 'decimal')).toBe('7')
  })
})

describe('heading styles and outline levels', () => {
  const PLAIN_STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="h1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>
  <w:style w:type="paragraph" w:styleId="x3"><w:name w:val="标题 3"/><w:basedOn w:val="a"/></w:style>
  <w:style w:type="paragraph" w:styleId="t"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
</w:styles>`

  it('gives each heading paragraph its depth by start offset: style name, outline level, nothing for body text', async () => {
    const body = [
      paragraph('2023年法治政府建设工作报告', '<w:pStyle w:val="t"/>'),
      paragraph('主要工作和成效', '<w:pStyle w:val="h1"/>'),
      paragraph('深入学习贯彻习近平法治思想', '<w:outlineLvl w:val="1"/>'),
      paragraph('完善制度', '<w:pStyle w:val="x3"/>'),
      paragraph('正文段落。'),
      paragraph('第十级大纲', '<w:outlineLvl w:val="8"/>'),
    ].join('')
    const input = await readDocx(await buildDocx(body, {styles: PLAIN_STYLES}), 'report.docx', {})
    const depthOf = (line: string) => input.headingHints?.get(input.text.indexOf(line))
    expect(depthOf('2023年')).toBeUndefined()
    expect(depthOf('主要工作和成效')).toBe(1)
    expect(depthOf('深入学习')).toBe(2)
    expect(depthOf('完善制度')).toBe(3)
    expect(depthOf('正文段落')).toBeUndefined()
    // Word has nine outline levels; headings stop at six.
    expect(depthOf('第十级大纲')).toBe(6)
  })
})

describe('body text', () => {
  it('turns table rows into tab-separated lines', async () => {
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`
    const table = `<w:tbl><w:tr>${cell('指标')}${cell('2023年')}</w:tr><w:tr>${cell('行政复议案件')}${cell('25件')}</w:tr></w:tbl>`
    expect(await readText(paragraph('表1') + table)).toBe('表1\n指标\t2023年\n行政复议案件\t25件')
  })

  it('leaves out footnote references, deleted revisions and field codes, keeps inserted text and breaks', async () => {
    const body = `<w:p>
      <w:r><w:t>受理案件</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>
      <w:del><w:r><w:delText>十二</w:delText></w:r></w:del><w:ins><w:r><w:t>15</w:t></w:r></w:ins>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>件</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:r><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r></w:p>`
    expect(await readText(body)).toBe('受理案件15件\n第二行')
  })

  it('drops empty paragraphs, so paragraph numbers count what a reader sees', async () => {
    const input = await readDocx(await buildDocx([paragraph('标题'), paragraph(''), paragraph('  '), paragraph('第二段文字')].join('')), 'r.docx', {})
    expect(input.text).toBe('标题\n第二段文字')
    expect(input.positionMap!.toOriginal(input.text.indexOf('段文字'))).toEqual({line: 2, column: 3, paragraph: 2})
  })

  it('maps positions to the paragraph and the column in it, the Word number counted', async () => {
    const input = await readDocx(await buildDocx([paragraph('主要举措', '<w:pStyle w:val="a1"/>'), paragraph('甲乙丙')].join('')), 'r.docx', {})
    expect(input.positionMap!.toOriginal(2)).toEqual({line: 1, column: 3, paragraph: 1})
    expect(input.positionMap!.toOriginal(input.text.length)).toEqual({line: 2, column: 4, paragraph: 2})
  })

  it('reads a document without numbering or styles parts', async () => {
    const bytes = await buildDocx(paragraph('一、手写编号'), {})
    expect((await readDocx(bytes, 'r.docx', {})).text).toBe('一、手写编号')
  })
})

describe('bad archives', () => {
  it('calls a file that is not a zip corrupt', async () => {
    const problem = await readProblem(new TextEncoder().encode('this is not a zip'))
    expect(problem.problem).toBe('corrupt')
    expect(problem.message).toContain('report.docx')
  })

  it('calls a zip without a document body corrupt', async () => {
    const zip = new JSZip()
    zip.file('hello.txt', 'hi')
    expect((await readProblem(await zip.generateAsync({type: 'uint8array'}))).problem).toBe('corrupt')
  })

  it('calls malformed XML corrupt', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document><w:body><w:p>')
    expect((await readProblem(await zip.generateAsync({type: 'uint8array'}))).problem).toBe('corrupt')
  })

  it('refuses a DOCTYPE (entity expansion) as corrupt', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>')
    expect((await readProblem(await zip.generateAsync({type: 'uint8array'}))).problem).toBe('corrupt')
  })

  it('refuses too many entries from the zip directory, before inflating', async () => {
    const zip = new JSZip()
    for (let index = 0; index < 10_001; index++) zip.file(`f${index}`, '')
    const problem = await readProblem(await zip.generateAsync({type: 'uint8array'}))
    expect(problem.problem).toBe('zip-bomb')
    expect(problem.message).toMatch(/10001/u)
  })

  it('calls a legacy .doc (OLE without EncryptedPackage) unsupported', async () => {
    const bytes = new Uint8Array(1024)
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const problem = await readProblem(bytes)
    expect(problem.problem).toBe('unsupported')
    expect(problem.message).toMatch(/\.doc/u)
  })
})
