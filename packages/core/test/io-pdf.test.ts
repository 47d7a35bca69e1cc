/**
 * The PDF reader's layout logic on pages described item by item, as pdf.js reports them (a stand-in pdf.js module
 * serves them): reading order, page furniture, rejoined paragraphs, the page map and the refusals. The real PDFs
 * LibreOffice exported are read in test/pdf.test.ts.
 */
import {describe, expect, it} from 'vitest'
import {createDeadline, FileTimeLimitError} from '../src/engine/deadline.js'
import {InputError} from '../src/io/errors.js'
import {guardBuiltins} from '../src/io/guard-builtins.js'
import {MAX_PDF_PAGES, readPdf, type PdfJsLoad, type PdfTextItem} from '../src/io/read-pdf.js'
import {toUnifiedIdeographs} from '../src/text/cjk-radicals.js'

const SIZE = 16
const LEFT = 80
const RIGHT = 520

/** A text item of `text` at (x, y), CJK characters a font size wide, Latin ones half that. */
function item(text: string, x: number, y: number, size = SIZE): PdfTextItem {
  let width = 0
  for (const character of text) width += character.charCodeAt(0) >= 0x2e80 ? size : size / 2
  return {str: text, transform: [size, 0, 0, size, x, y], width, height: size}
}

/** A line of text starting at the left margin (or `indent` characters in), `y` from the top of an A4 page. */
function line(text: string, row: number, indent = 0): PdfTextItem {
  return item(text, LEFT + indent * SIZE, 760 - row * 28)
}

/** Full lines: as many CJK characters as fit between the margins. */
const FULL = Math.floor((RIGHT - LEFT) / SIZE)

function fakePdfJs(pages: PdfTextItem[][], options: {numPages?: number; error?: {name: string; message: string}} = {}): PdfJsLoad {
  return {
    pdfjs: {
      getDocument() {
        const promise = options.error
          ? Promise.reject(Object.assign(new Error(options.error.message), {name: options.error.name}))
          : Promise.resolve({
              numPages: options.numPages ?? pages.length,
              async getPage(pageNumber: number) {
                return {getTextContent: async () => ({items: pages[pageNumber - 1] ?? []}), cleanup() {}}
              },
              async destroy() {},
            })
        return {promise, destroy: async () => {}}
      },
    },
  }
}

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n')

async function read(pages: PdfTextItem[][], options?: Parameters<typeof fakePdfJs>[1]) {
  return readPdf(PDF_BYTES, 'report.pdf', {}, fakePdfJs(pages, options))
}

const body = (seed: string, count: number) => Array.from({length: count}, (_, index) => '法治政府建设'.repeat(10).slice(index, index + 1)).join('') + seed

describe('readPdf', () => {
  it('rejoins a paragraph broken at the right margin and keeps indented paragraphs apart', async () => {
    const first = body('甲', FULL - 1)
    const input = await read([[line('一、总体情况', 0), line(first, 1, 0), line('续写的文字。', 2), line('另起一段。', 3, 2), line(body('乙', FULL - 1), 4), line('结尾。', 5)]])
    expect(input.text).toBe(`一、总体情况\n${first}续写的文字。\n另起一段。\n${body('乙', FULL - 1)}结尾。\n`)
  })

  it('orders items top to bottom and left to right, whatever order the content stream has', async () => {
    const full = `${body('', FULL - 1)}。`
    const input = await read([[item('第二行的文字', LEFT, 700), item('第一行右边的文字', LEFT + 6 * SIZE, 730), item(full, LEFT, 760), item('第一行左边', LEFT, 730)]])
    expect(input.text).toBe(`${full}\n第一行左边第一行右边的文字\n第二行的文字\n`)
  })

  it('leaves out page numbers in every usual form, and running heads at the same height on most pages', async () => {
    const footers = ['— 1 —', '- 2 -', '第3页', '第 4 页 共 5 页', '5']
    const pages = footers.map((footer, index) => [
      item('某某市人民政府文件', 250, 800, 10),
      line(`${'甲乙丙丁戊'[index]}页的正文，不止十个字。`, 1),
      item(footer, 280, 40, 14),
    ])
    const input = await read(pages)
    expect(input.text).toBe(footers.map((_, index) => `${'甲乙丙丁戊'[index]}页的正文，不止十个字。\n`).join(''))
    expect(input.pages).toEqual(footers.map((_, index) => ({offset: index * '甲页的正文，不止十个字。\n'.length, page: index + 1})))
  })

  it('keeps a title that matches the running head but stands at another height', async () => {
    const title = '某某市人民政府关于2023年度法治政府建设情况的报告'
    const pages = [0, 1, 2].map((index) => [item(title, 200, 800, 10), ...(index === 0 ? [item(title, 100, 740, 22)] : []), line(`${'甲乙丙'[index]}页的正文，不止十个字。`, 4)])
    const input = await read(pages)
    expect(input.text.split('\n')[0]).toBe(title)
    expect(input.text.match(new RegExp(title, 'gu'))).toHaveLength(1)
  })

  it('joins a paragraph over a page break, and the page map says where each page starts', async () => {
    const end = body('末', FULL - 1)
    const input = await read([[line('起首段落。', 0, 2), line(end, 1)], [line('接续的文字。', 0), line('新的段落。', 1, 2)]])
    expect(input.text).toBe(`起首段落。\n${end}接续的文字。\n新的段落。\n`)
    const secondPage = input.text.indexOf('接续')
    expect(input.pages).toEqual([{offset: 0, page: 1}, {offset: secondPage, page: 2}])
    expect(input.positionMap!.toOriginal(secondPage - 1)).toMatchObject({line: 2, page: 1})
    expect(input.positionMap!.toOriginal(secondPage)).toMatchObject({line: 2, column: end.length + 1, page: 2})
  })

  it('drops the gap between Chinese and Latin text (a typed space there too), keeps spaces between Latin words, and skips rotated text', async () => {
    const watermark: PdfTextItem = {str: '内部资料', transform: [30, 30, -30, 30, 200, 400], width: 120, height: 40}
    const input = await read([[item('共办理 2023 年案件 12 件，详见 annual report', LEFT, 700), watermark]])
    expect(input.text).toBe('共办理2023年案件12件，详见annual report\n')
  })

  it('marks the text as extracted: not fixable, format pdf', async () => {
    const input = await read([[line('报告正文，有足够的文字。', 0)]])
    expect(input.format).toBe('pdf')
    expect(input.unfixableReason).toMatch(/pdf/u)
  })

  it('refuses a scan, an encrypted or broken file and too many pages with a bilingual message naming the file', async () => {
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.then(() => null, (caught: unknown) => caught)
      expect(error).toBeInstanceOf(InputError)
      return error as InputError
    }
    const scan = await refusal(read([[], [item('- 2 -', 280, 40)]]))
    expect(scan.problem).toBe('no-text')
    expect(scan.message).toMatch(/^report\.pdf: 扫描件没有文字层，请提供可复制文字的版本.*\/ a scanned PDF without a text layer/u)
    const encrypted = await refusal(read([], {error: {name: 'PasswordException', message: 'No password given'}}))
    expect(encrypted.problem).toBe('encrypted')
    const broken = await refusal(read([], {error: {name: 'InvalidPDFException', message: 'Invalid PDF structure.'}}))
    expect(broken.message).toMatch(/^report\.pdf: 不是有效的 PDF 文件.*not a valid PDF file/u)
    const huge = await refusal(read([], {numPages: MAX_PDF_PAGES + 1}))
    expect(huge.message).toContain(`超过上限 ${MAX_PDF_PAGES} 页`)
    const notPdf = await refusal(readPdf(new TextEncoder().encode('plain text'), 'report.pdf', {}, fakePdfJs([])))
    expect(notPdf.problem).toBe('corrupt')
  })
})

describe('toUnifiedIdeographs', () => {
  it('gives back the ideographs a font drew with a radical, simplified forms included, and leaves other text alone', () => {
    expect(toUnifiedIdeographs('⼈⺠政府⻔户⽹站⾸⻚，⻰⻓⻢⻛⻋⻅⻉⼾')).toBe('人民政府门户网站首页，龙长马风车见贝户')
    const plain = '人民政府，２０２３年（一）“法治”。'
    expect(toUnifiedIdeographs(plain)).toBe(plain)
  })

  it('is applied to what a PDF gives', async () => {
    const input = await read([[line('⼀、⼈⺠政府⻔户⽹站的⼯作报告。', 0)]])
    expect(input.text).toBe('一、人民政府门户网站的工作报告。\n')
  })
})

describe('the time budget', () => {
  it('gives up on a page pdf.js takes too long over, with the file-time error', async () => {
    const slowPage = {getTextContent: () => new Promise<{items: unknown[]}>(() => {}), cleanup() {}}
    const load: PdfJsLoad = {
      pdfjs: {
        getDocument: () => ({promise: Promise.resolve({numPages: 1, getPage: async () => slowPage, destroy: async () => {}}), destroy: async () => {}}),
      },
    }
    const started = performance.now()
    const error = await readPdf(PDF_BYTES, 'report.pdf', {deadline: createDeadline(50)}, load).then(() => null, (caught: unknown) => caught)
    expect(error).toBeInstanceOf(FileTimeLimitError)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('guardBuiltins', () => {
  it('puts back built-ins replaced meanwhile and keeps what was added', () => {
    const push = Array.prototype.push
    const parse = JSON.parse
    const restore = guardBuiltins()
    Array.prototype.push = function (...items: unknown[]) {
      return push.apply(this, items)
    }
    JSON.parse = (text: string) => parse(text)
    const added = Symbol('added')
    ;(Map.prototype as unknown as Record<symbol, number>)[added] = 1
    restore()
    expect(Array.prototype.push).toBe(push)
    expect(JSON.parse).toBe(parse)
    expect((Map.prototype as unknown as Record<symbol, number>)[added]).toBe(1)
    delete (Map.prototype as unknown as Record<symbol, number>)[added]
  })
})

describe('table rows', () => {
  it('separate cells, runs two font sizes apart or more, with a tab', async () => {
    const input = await read([[item('行政复议案件', LEFT, 700), item('106件', LEFT + 9 * SIZE, 700), item('同比增长12%，数量较多', LEFT + 14 * SIZE, 700)]])
    expect(input.text).toBe('行政复议案件\t106件\t同比增长12%，数量较多\n')
  })
})

describe('footnotes', () => {
  it('are left out at the foot of a page, and the paragraph they interrupt joins up across the page break', async () => {
    const end = body('末', FULL - 1)
    const footnote = (text: string, y: number) => item(text, LEFT, y, 10)
    const input = await read([
      [line('起首段落，引出一个注释。', 0, 2), line(end, 1), footnote('①本段数据来自司法局统计台账。', 90), footnote('其余说明从略。', 76)],
      [line('接续的文字。', 0), line('新的段落，小号字的说明照常保留。', 1, 2), item('（表中数据为初步统计）', LEFT, 640, 10), item('1号表：行政复议案件', LEFT, 620, 10)],
    ])
    expect(input.text).toBe(`起首段落，引出一个注释。\n${end}接续的文字。\n新的段落，小号字的说明照常保留。\n（表中数据为初步统计）\n1号表：行政复议案件\n`)
  })
})
