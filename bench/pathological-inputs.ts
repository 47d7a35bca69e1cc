/**
 * Inputs shaped to find super-linear time: each shape repeats what one reader, the parser, the model or a rule does
 * per block, `n` times. The scaling check in `pnpm bench` and test/scaling.test.ts time each shape at n and 4n.
 */
import JSZip from 'jszip'

export type InputFormat = 'txt' | 'md' | 'docx' | 'html'

export interface PathologicalShape {
  name: string
  format: InputFormat
  /** The file's bytes for `n` repetitions of the shape's unit. */
  build(n: number): Promise<Uint8Array>
}

const encoder = new TextEncoder()

function text(body: string): Promise<Uint8Array> {
  return Promise.resolve(encoder.encode(body))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A Word list numbered 一、 at level 0: every paragraph that uses numId 1 gets a computed marker. */
const CHINESE_NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

/** A .docx whose body is `body` (WordprocessingML paragraphs), with `numbering` as its numbering part when given. */
export async function buildDocx(body: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  if (numbering) zip.file('word/numbering.xml', numbering)
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}

export function docxParagraph(content: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${content}</w:t></w:r></w:p>`
}

function numberedParagraph(content: string): string {
  return docxParagraph(content, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
}

const REPORT_HEAD = '某区人民政府关于2023年度法治政府建设情况的报告\n'

/** The shapes: each names what it stresses. */
export const PATHOLOGICAL_SHAPES: PathologicalShape[] = [
  {name: 'bare ordinals 一、 (one heading a line)', format: 'txt', build: (n) => text('一、\n'.repeat(n))},
  {name: 'run-in headings 一、甲。', format: 'txt', build: (n) => text('一、甲。\n'.repeat(n))},
  {name: 'headings at four levels', format: 'txt', build: (n) => text(REPORT_HEAD + '一、甲\n（一）乙\n1.丙\n（2）丁\n'.repeat(n))},
  {name: 'ordinals without full stops (一、甲 then prose)', format: 'txt', build: (n) => text('一、甲\n全年办理案件3件，占比50%\n'.repeat(n))},
  {name: 'one line of prose without a break', format: 'txt', build: (n) => text(REPORT_HEAD + '依法行政，'.repeat(n * 2))},
  {name: 'figures and rates', format: 'txt', build: (n) => text(REPORT_HEAD + '一、主要举措和成效\n' + '受理复议案件120件，其中纠错12件，纠错率10%，2023年12月19日办结。\n'.repeat(n))},
  {name: 'quotation marks and brackets never closed', format: 'txt', build: (n) => text(REPORT_HEAD + '“（《【'.repeat(n))},
  {name: 'inline ordinals 一是……二是…… in one paragraph', format: 'txt', build: (n) => text(REPORT_HEAD + '一、主要举措和成效\n' + '一是加强学习；二是严格执法；'.repeat(n) + '\n')},
  {name: 'shortcomings with causes, one a line', format: 'txt', build: (n) => text(REPORT_HEAD + '二、存在的不足和原因\n' + '（一）学习不够。原因是重视不够，2023年3月5日前未完成。\n'.repeat(n))},
  {name: 'plans, one item a line (compared with itself as last year)', format: 'txt', build: (n) => text(REPORT_HEAD + '一、主要举措和成效\n甲。\n四、2024年工作安排\n' + '1.加强法治学习，推进“八五”普法。\n'.repeat(n))},
  {name: 'figures in one sentence without a full stop', format: 'txt', build: (n) => text(REPORT_HEAD + '一、主要举措和成效\n' + '受理案件12件，其中办结3件，占25%，'.repeat(n))},
  {name: 'dates and years', format: 'txt', build: (n) => text(REPORT_HEAD + '一、主要举措和成效\n' + '2023年3月5日至2024年1月1日，十四五期间，2023.3.5。\n'.repeat(n))},
  {name: 'sections, each with years, dates and a stale term', format: 'txt', build: (n) => text(REPORT_HEAD + '一、工作举措\n2022年3月5日前完成，2024年目标，十三五期间，七五普法。\n'.repeat(n))},
  {name: 'ordinal lines in markdown', format: 'md', build: (n) => text('# 报告\n\n' + '## 一、甲。乙\n\n1. 丙\n\n'.repeat(n))},
  {name: 'numbered Word paragraphs 一、甲。', format: 'docx', build: (n) => buildDocx(numberedParagraph('甲。').repeat(n), CHINESE_NUMBERING)},
  {name: 'plain Word paragraphs', format: 'docx', build: (n) => buildDocx(docxParagraph('一、甲。').repeat(n))},
  {name: 'plain <p> blocks', format: 'html', build: (n) => text('<html><body>' + '<p>一、甲。</p>\n'.repeat(n) + '</body></html>')},
  // Nested as deep as a page may be (the reader refuses more than 500 levels), as many times as it takes.
  {name: 'nested <div>, 100 deep, repeated', format: 'html', build: (n) => text('<html><body>' + ('<div>一、'.repeat(100) + '</div>'.repeat(100)).repeat(Math.ceil(n / 100)) + '</body></html>')},
]
