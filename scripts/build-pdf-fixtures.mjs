// Builds the PDF fixtures from the five text reports in fixtures/corpus/ (which stay unchanged), as an office
// exports them: each report is laid out as a Word document the way GB/T 9704 and local practice print reports
// (A4, 16 pt body text, a 22 pt title, a page number in the footer, some with a running header), and LibreOffice
// (headless Writer) exports it to PDF. The PDFs are committed; tests read them and never need LibreOffice.
//
//   fixtures/pdf/<slug>.pdf              the five reports. Page furniture varies as it does in real reports:
//                                        footers `— 3 —`, `- 3 -`, `第 3 页` and `第 3 页 共 5 页`, running headers
//                                        with the report's title or the issuing office; paragraphs marked by a
//                                        first-line indent in some, by spacing between paragraphs in others.
//   fixtures/pdf-chromium/<slug>.pdf     the five reports as a plain web page (title, one paragraph a line) printed
//                                        to PDF by headless Chromium with the Noto CJK fonts: its text layer names
//                                        many ideographs by the radical sharing their glyph (⼈ for 人, ⺠ for 民).
//   fixtures/bad-input/pdf-scan/report.pdf
//                                        a "scan": one page holding only an image, no text layer.
//   fixtures/bad-input/pdf-encrypted/report.pdf
//                                        helong-2023 exported by LibreOffice with an open password (fzlint).
//
// Run from the repository root: `node scripts/build-pdf-fixtures.mjs` (as root it installs LibreOffice and the
// Noto CJK fonts with apt-get when they are missing, as CI runs on a fresh machine: scripts/ensure-libreoffice.mjs).
// LibreOffice stamps the export time and a file identifier into a PDF; the script overwrites them with fixed values,
// so only a change of LibreOffice or of the fonts changes the committed bytes (except the encrypted one's).
import {AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun} from 'docx'
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {ensureLibreOffice} from './ensure-libreoffice.mjs'

const root = new URL('..', import.meta.url).pathname
const corpusDirectory = join(root, 'fixtures/corpus')
const outputDirectory = join(root, 'fixtures/pdf')
const FIXED_PDF_DATE = 'D:20240101000000Z'

/** How each report is printed: its footer, header and paragraph marking. */
const LAYOUTS = {
  'dongguan-2018': {footer: ['— ', PageNumber.CURRENT, ' —'], header: null, paragraphs: 'indent'},
  'fangxian-2023': {footer: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], header: 'title', paragraphs: 'spacing'},
  'gaoming-2023': {footer: ['- ', PageNumber.CURRENT, ' -'], header: null, paragraphs: 'indent'},
  'helong-2023': {footer: ['— ', PageNumber.CURRENT, ' —'], header: '和龙市人民政府', paragraphs: 'spacing'},
  'yicheng-2020': {footer: ['第', PageNumber.CURRENT, '页'], header: 'title', paragraphs: 'indent'},
}

const FONT = {ascii: 'Noto Serif CJK SC', eastAsia: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC'}

function headerText(slug, title) {
  const header = LAYOUTS[slug].header
  return header === 'title' ? title : header
}

async function buildDocx(slug, lines) {
  const layout = LAYOUTS[slug]
  const title = lines[0]
  const isIndented = layout.paragraphs === 'indent'
  const paragraphs = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    if (index === 0) {
      paragraphs.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: {after: 480},
          children: [new TextRun({text: line, size: 44, bold: true, font: FONT})],
        }),
      )
      return
    }
    paragraphs.push(
      new Paragraph({
        // GB/T 9704: body text indented two characters (16 pt each), justified; or spaced paragraphs, flush left.
        indent: isIndented ? {firstLine: 640} : undefined,
        alignment: isIndented ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        spacing: isIndented ? {line: 560, lineRule: 'exact'} : {after: 240},
        children: [new TextRun({text: line.trim(), size: 32, font: FONT})],
      }),
    )
  })
  const footer = new Footer({
    children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: layout.footer, size: 28, font: FONT})]})],
  })
  const headerLine = headerText(slug, title)
  const header = headerLine
    ? new Header({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text: headerLine, size: 21, font: FONT})]})]})
    : undefined
  const document = new Document({
    creator: 'fzlint fixtures',
    lastModifiedBy: 'fzlint fixtures',
    title: slug,
    sections: [
      {
        properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 2098, bottom: 1984, left: 1587, right: 1474}}},
        headers: header ? {default: header} : undefined,
        footers: {default: footer},
        children: paragraphs,
      },
    ],
  })
  return Packer.toBuffer(document)
}

const CHROMIUM = '/usr/bin/chromium'

function escapeHtml(text) {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/** The report as a plain page: its title, then one paragraph a line (indented, as GB/T 9704 sets body text). */
function buildPrintPage(lines) {
  const [title, ...rest] = lines
  const paragraphs = rest.filter((line) => line.trim() !== '').map((line) => `<p>${escapeHtml(line.trim())}</p>`)
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 25mm 26mm }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 1.75 }
h1 { font-size: 22pt; text-align: center; margin: 0 0 1em }
p { margin: 0; text-indent: 2em; text-align: justify }
</style></head>
<body><h1>${escapeHtml(title)}</h1>
${paragraphs.join('\n')}
</body></html>
`
}

/** Headless Chromium's print to PDF of a page (no header or footer of its own). */
function printPdf(htmlPath, pdfPath) {
  if (!existsSync(CHROMIUM)) {
    const ensure = spawnSync(process.execPath, [join(root, 'scripts/ensure-chromium.mjs')], {stdio: 'inherit'})
    if (ensure.status !== 0) process.exit(1)
  }
  const child = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-pdf-header-footer', `--user-data-dir=${dirname(htmlPath)}/chromium-profile`, `--print-to-pdf=${pdfPath}`, `file://${htmlPath}`],
    {encoding: 'utf8', timeout: 120_000},
  )
  if (!existsSync(pdfPath)) {
    process.stderr.write(`build-pdf-fixtures: Chromium failed on ${htmlPath} (exit ${child.status}):\n${child.stderr}\n`)
    process.exit(1)
  }
  return readFileSync(pdfPath)
}

/** LibreOffice's export of one .docx (a private profile, so a Writer someone else runs does not collide). */
function exportPdf(soffice, docxPath, workDirectory, filter = 'pdf') {
  const profile = join(workDirectory, 'profile')
  const child = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', workDirectory, docxPath],
    {encoding: 'utf8', timeout: 180_000},
  )
  const pdfPath = docxPath.replace(/\.docx$/u, '.pdf')
  if (child.status !== 0 || !existsSync(pdfPath)) {
    process.stderr.write(`build-pdf-fixtures: LibreOffice failed on ${docxPath} (exit ${child.status}):\n${child.stderr}\n`)
    process.exit(1)
  }
  return readFileSync(pdfPath)
}

/**
 * What differs between two exports of the same document, made the same: the export time (Info dictionary and XMP),
 * the file identifier and LibreOffice's checksum, each replaced by a fixed value of the same length (no offset
 * moves). Not for an encrypted file, whose key derives from the identifier.
 */
function normaliseExport(bytes, slug) {
  const identifier = createHash('md5').update(slug).digest('hex').toUpperCase()
  let text = bytes.toString('latin1')
  text = text.replace(/\/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]/gu, (match) => match.replace(/[0-9A-F]{32}/gu, identifier))
  text = text.replace(/\/DocChecksum \/[0-9A-F]{32}/gu, `/DocChecksum /${identifier}`)
  text = text.replace(/D:\d{14}[+\-Z][^)]*/gu, (match) => FIXED_PDF_DATE.padEnd(match.length, ' ').slice(0, match.length))
  text = text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?/gu, (match) => '2024-01-01T00:00:00Z'.padEnd(match.length, ' ').slice(0, match.length))
  return Buffer.from(text, 'latin1')
}

/** A one-page PDF holding only an 8×8 grey image, as a scanner writes it: no text layer at all. */
function buildScanPdf() {
  const image = Buffer.alloc(64, 0x80)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.length} >>\nstream\n${image.toString('latin1')}\nendstream`,
  ]
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q'
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
  return buildPdf(objects)
}

/** A PDF file from its objects' bodies (numbered from 1), with a correct cross-reference table. */
export function buildPdf(objects) {
  let body = '%PDF-1.4\n'
  const offsets = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const soffice = ensureLibreOffice('build-pdf-fixtures', {cjkFonts: true})
  mkdirSync(outputDirectory, {recursive: true})
  const workDirectory = mkdtempSync(join(tmpdir(), 'fzlint-pdf-fixtures-'))
  try {
    for (const slug of Object.keys(LAYOUTS)) {
      const lines = readFileSync(join(corpusDirectory, `${slug}.txt`), 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)
      const docxPath = join(workDirectory, `${slug}.docx`)
      writeFileSync(docxPath, await buildDocx(slug, lines))
      const pdf = normaliseExport(exportPdf(soffice, docxPath, workDirectory), slug)
      writeFileSync(join(outputDirectory, `${slug}.pdf`), pdf)
      process.stdout.write(`fixtures/pdf/${slug}.pdf (${Math.round(pdf.length / 1024)} KB)\n`)
    }
    mkdirSync(join(root, 'fixtures/pdf-chromium'), {recursive: true})
    for (const slug of Object.keys(LAYOUTS)) {
      const lines = readFileSync(join(corpusDirectory, `${slug}.txt`), 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)
      const htmlPath = join(workDirectory, `${slug}.html`)
      writeFileSync(htmlPath, buildPrintPage(lines))
      const pdf = normaliseExport(printPdf(htmlPath, join(workDirectory, `${slug}-chromium.pdf`)), slug)
      writeFileSync(join(root, 'fixtures/pdf-chromium', `${slug}.pdf`), pdf)
      process.stdout.write(`fixtures/pdf-chromium/${slug}.pdf (${Math.round(pdf.length / 1024)} KB)\n`)
    }
    // Writer's PDF export with an open password (its JSON filter options); the encryption key makes these bytes
    // differ on every run.
    const encryptedPath = join(workDirectory, 'encrypted', 'report.docx')
    mkdirSync(dirname(encryptedPath), {recursive: true})
    copyFileSync(join(workDirectory, 'helong-2023.docx'), encryptedPath)
    const encryptFilter = `pdf:writer_pdf_Export:${JSON.stringify({EncryptFile: {type: 'boolean', value: 'true'}, DocumentOpenPassword: {type: 'string', value: 'fzlint'}})}`
    const encrypted = exportPdf(soffice, encryptedPath, dirname(encryptedPath), encryptFilter)
    mkdirSync(join(root, 'fixtures/bad-input/pdf-encrypted'), {recursive: true})
    writeFileSync(join(root, 'fixtures/bad-input/pdf-encrypted/report.pdf'), encrypted)
    process.stdout.write('fixtures/bad-input/pdf-encrypted/report.pdf\n')
  } finally {
    rmSync(workDirectory, {recursive: true, force: true})
  }
  mkdirSync(join(root, 'fixtures/bad-input/pdf-scan'), {recursive: true})
  writeFileSync(join(root, 'fixtures/bad-input/pdf-scan/report.pdf'), buildScanPdf())
  process.stdout.write('fixtures/bad-input/pdf-scan/report.pdf\n')
}
