/**
 * .pdf input (issue #21): the five corpus reports exported to PDF by LibreOffice (scripts/build-pdf-fixtures.mjs)
 * read back with page furniture left out and paragraphs rejoined; findings carry the page; bad PDFs (scan, broken
 * structure, encrypted, 10,000 pages) are refused with a bilingual message naming the file, exit 2, in bounded
 * time, while the other file of the run is still checked; --fix leaves a PDF alone and says why.
 */
import {createHash} from 'node:crypto'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readInputFile} from '@fzlint/core/io'
import {standardChineseFontPdf, STANDARD_FONT_REPORT, writePdf} from './helpers/minimal-pdf.js'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const slugs = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']
const pdfOf = (slug: string) => join(repositoryRoot, 'fixtures/pdf', `${slug}.pdf`)
/** The same reports as a plain page printed by headless Chromium: a second real writer, whose text layer uses radicals. */
const chromiumPdfOf = (slug: string) => join(repositoryRoot, 'fixtures/pdf-chromium', `${slug}.pdf`)
const writers = [
  {writer: 'LibreOffice', pdfOf},
  {writer: 'Chromium', pdfOf: chromiumPdfOf},
]
const txtOf = (slug: string) => join(repositoryRoot, 'fixtures/corpus', `${slug}.txt`)
const goodReport = txtOf('helong-2023')
const workDirectory = mkdtempSync(join(tmpdir(), 'fzlint-pdf-'))
afterAll(() => rmSync(workDirectory, {recursive: true, force: true}))

/** Characters only: the PDF's text differs from the .txt in line breaks and in spaces beside Chinese text. */
const squeeze = (text: string) => text.replace(/\s+/gu, '')

describe.each(writers)('reading the corpus PDFs written by $writer', ({pdfOf}) => {
  it.each(slugs)('%s: every word of the report in order, no page numbers or running heads, one paragraph a line', async (slug) => {
    const input = await readInputFile(pdfOf(slug))
    // No radical stands for an ideograph (Chromium's text layer names 人 by ⼈, 民 by ⺠).
    expect(input.text).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/u)
    expect(input.format).toBe('pdf')
    expect(squeeze(input.text)).toBe(squeeze(readFileSync(txtOf(slug), 'utf8')))
    // Paragraphs rejoined: as many lines as the report has non-blank lines (the .txt is one paragraph a line).
    const txtLines = readFileSync(txtOf(slug), 'utf8').split('\n').filter((line) => line.trim() !== '').length
    expect(input.text.trimEnd().split('\n').length).toBe(txtLines)
    expect(input.pages!.length).toBeGreaterThan(1)
    expect(input.pages!.map((start) => start.page)).toEqual(input.pages!.map((_, index) => index + 1))
    expect(input.unfixableReason).toMatch(/pdf 文件不能自动修复/u)
  })
})

describe('pages', () => {
  it('leaves the built-ins of the process as they were once pdf.js is loaded (its legacy build polyfills some)', async () => {
    await readInputFile(pdfOf('helong-2023'))
    for (const builtin of [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString]) {
      expect(Function.prototype.toString.call(builtin)).toContain('[native code]')
    }
  })

  it('gives each offset its page: a paragraph running over a page break starts on one page and ends on the next', async () => {
    const input = await readInputFile(pdfOf('fangxian-2023'))
    const starts = input.pages!
    const lastPage = starts.at(-1)!.page
    expect(input.positionMap!.toOriginal(0).page).toBe(1)
    expect(input.positionMap!.toOriginal(input.text.length - 1).page).toBe(lastPage)
    // Some page starts inside a line (the middle of a paragraph), not at a line's start.
    expect(starts.some(({offset}) => offset > 0 && input.text[offset - 1] !== '\n')).toBe(true)
    const second = starts[1]!.offset
    expect(input.positionMap!.toOriginal(second - 1).page).toBe(1)
    expect(input.positionMap!.toOriginal(second).page).toBe(2)
  })
})

describe('findings on a PDF', () => {
  it.each(writers)('written by $writer are those of the .txt, at the same words, each with its page', async ({pdfOf}) => {
    const run = runCliJson(slugs.flatMap((slug) => [txtOf(slug), pdfOf(slug)]))
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    for (const slug of slugs) {
      const txt = run.results.find((result) => result.filePath === txtOf(slug))!
      const pdf = run.results.find((result) => result.filePath === pdfOf(slug))!
      expect(pdf.format).toBe('pdf')
      const ruleIds = (messages: typeof txt.messages) => messages.map((message) => `${message.ruleId} ${message.severity}`).sort()
      expect(txt.messages.length).toBeGreaterThan(0)
      expect(ruleIds(pdf.messages)).toEqual(ruleIds(txt.messages))
      const txtWords = await markedWords(txt.messages, txtOf(slug))
      const pdfWords = await markedWords(pdf.messages, pdfOf(slug))
      expect(pdfWords).toEqual(txtWords)
      const pageCount = (await readInputFile(pdfOf(slug))).pages!.length
      for (const message of pdf.messages) {
        expect(message.page).toBeGreaterThanOrEqual(1)
        expect(message.page).toBeLessThanOrEqual(pageCount)
      }
    }
  }, 180_000)

  it('shows the page in the stylish output and in SARIF', () => {
    const stylish = runCli([pdfOf('fangxian-2023')])
    expect(stylish.stdout).toMatch(/^ {2}第\d+页 \d+:\d+ /mu)
    const sarif = JSON.parse(runCli(['--format', 'sarif', pdfOf('fangxian-2023')]).stdout)
    const regions = sarif.runs[0].results.map((result: {locations: {physicalLocation: {region: {properties: {page: number; positions: string}}}}[]}) => result.locations[0]!.physicalLocation.region)
    expect(regions.length).toBeGreaterThan(0)
    for (const region of regions) {
      expect(region.properties.page).toBeGreaterThanOrEqual(1)
      expect(region.properties.positions).toBe('extracted-text')
    }
  })

  it('--fix leaves the PDF unchanged and says why', () => {
    const copy = join(workDirectory, 'fix.pdf')
    copyFileSync(pdfOf('fangxian-2023'), copy)
    const before = createHash('sha256').update(readFileSync(copy)).digest('hex')
    const run = runCli(['--fix', copy])
    expect(run.stdout + run.stderr).toMatch(/pdf 文件不能自动修复.*pdf files are not fixed automatically/u)
    expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(before)
  })
})

describe('a PDF in a standard Chinese font that is not embedded', () => {
  it('is read through the CMaps fzlint ships (STSong-Light, UniGB-UCS2-H, as older office software writes)', () => {
    const lines = STANDARD_FONT_REPORT
    const path = join(workDirectory, 'stsong.pdf')
    writeFileSync(path, standardChineseFontPdf(lines))
    const run = runCli(['outline', path])
    expect(run.stderr).toBe('')
    const outline = JSON.parse(run.stdout) as {title: {text: string}; year: number; sections: {text: string}[]}
    expect(outline.title.text).toBe(lines[0])
    expect(outline.year).toBe(2023)
    expect(outline.sections[0]!.text).toBe('主要工作')
  })
})

/** Each finding with the words it marks, cut out of the text the file gives (spaces beside Chinese squeezed out). */
async function markedWords(messages: {ruleId: string | null; severity: number; line: number; column: number; endLine?: number; endColumn?: number}[], filePath: string): Promise<string[]> {
  const lines = (await readInputFile(filePath)).text.split('\n')
  return messages
    .map((message) => {
      const endLine = message.endLine ?? message.line
      const endColumn = message.endColumn ?? message.column + 1
      const span = lines.slice(message.line - 1, endLine).join('\n')
      const words = span.slice(message.column - 1, span.length - ((lines[endLine - 1] ?? '').length - (endColumn - 1)))
      return `${message.ruleId} ${message.severity} ${squeeze(words)}`
    })
    .sort()
}

/** A PDF of `pageCount` empty pages, objects written out with a correct cross-reference table. */
function manyPagesPdf(pageCount: number): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${Array.from({length: pageCount}, (_, index) => `${index + 3} 0 R`).join(' ')}] /Count ${pageCount} >>`]
  for (let index = 0; index < pageCount; index++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>')
  return writePdf(objects)
}

/**
 * Three scanned pages as scanning software writes them: each an image, with the page number stamped as text at
 * its foot (`- 1 -`) and the file name at its head. The only text layer is that furniture.
 */
function stampedScanPdf(): Buffer {
  const pages = [1, 2, 3]
  const image = 'x'.repeat(64)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((page) => `${page * 2 + 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.length} >>\nstream\n${image}\nendstream`,
  ]
  for (const page of pages) {
    const content = `q 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 10 Tf 60 800 Td (scan0042.pdf) Tj ET BT /F1 10 Tf 280 30 Td (- ${page} -) Tj ET`
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents ${page * 2 + 3} 0 R >>`)
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
  }
  return writePdf(objects)
}

describe('bad PDFs', () => {
  const report = readFileSync(pdfOf('helong-2023'))
  const cases: {name: string; bytes: () => Buffer; stderr: RegExp[]}[] = [
    {name: 'scan without a text layer', bytes: () => readFileSync(join(repositoryRoot, 'fixtures/bad-input/pdf-scan/report.pdf')), stderr: [/扫描件没有文字层，请提供可复制文字的版本/u, /scanned PDF without a text layer/u]},
    {name: 'scan whose only text is stamped page numbers and a file name', bytes: stampedScanPdf, stderr: [/扫描件没有文字层/u, /scanned PDF without a text layer/u]},
    {name: 'encrypted', bytes: () => readFileSync(join(repositoryRoot, 'fixtures/bad-input/pdf-encrypted/report.pdf')), stderr: [/PDF 已加密/u, /encrypted/u]},
    // The last tenth cut off: the cross-reference table, the trailer and the page tree's objects are gone.
    {name: 'truncated (no cross-reference table)', bytes: () => report.subarray(0, Math.floor(report.length * 0.9)), stderr: [/不是有效的 PDF 文件/u, /not a valid PDF file/u]},
    {name: 'broken cross-reference table and objects', bytes: () => Buffer.from(report.toString('latin1').replace(/ obj\b/gu, ' jbo').replace(/xref/gu, 'xxxx'), 'latin1'), stderr: [/不是有效的 PDF 文件/u, /not a valid PDF file/u]},
    {name: '10,000 pages', bytes: () => manyPagesPdf(10_000), stderr: [/PDF 共 10000 页，超过上限 1000 页/u, /10000 pages, more than the limit of 1000/u]},
    {name: 'not a PDF at all', bytes: () => Buffer.from('这不是 PDF'.repeat(100)), stderr: [/文件头不是 %PDF-/u, /not a valid PDF file/u]},
  ]

  it.each(cases)('$name: exit 2, a bilingual message naming the file, the other file checked, the file unchanged', ({name, bytes, stderr}) => {
    const path = join(workDirectory, `${name.replace(/[^a-z0-9]+/giu, '-')}.pdf`)
    writeFileSync(path, bytes())
    const before = createHash('sha256').update(readFileSync(path)).digest('hex')
    const started = Date.now()
    const run = runCli(['--format', 'json', path, goodReport])
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.status).toBe(2)
    for (const pattern of stderr) expect(run.stderr).toMatch(pattern)
    expect(run.stderr).toContain(path)
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    const results = JSON.parse(run.stdout) as {filePath: string; messages: {fatal?: boolean}[]}[]
    expect(results.find((result) => result.filePath === path)!.messages[0]!.fatal).toBe(true)
    expect(results.find((result) => result.filePath === goodReport)!.messages.length).toBeGreaterThan(0)
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before)
  }, 60_000)

  it('a PDF over its time budget stops with the budget named (--max-file-time)', () => {
    const run = runCli(['--max-file-time', '0.01', pdfOf('gaoming-2023')])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(pdfOf('gaoming-2023'))
    expect(run.stderr).not.toMatch(/\n\s+at /u)
  })
})
