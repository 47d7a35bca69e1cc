// Builds the Word 97-2003, WPS and OFD fixtures from the five text reports in fixtures/corpus/ (which stay unchanged):
//
//   fixtures/doc/<slug>.doc       Word 97-2003 documents written by LibreOffice (`soffice --headless --convert-to doc`)
//                                 from the .txt: one paragraph a line, numbering typed as text, as such files have it.
//   fixtures/doc/<slug>.wps       helong-2023 and yicheng-2020 as older WPS writes .wps: the same OLE Word file.
//   fixtures/doc/<slug>-zip.wps   fangxian-2023 as newer WPS writes .wps: a zip of WordprocessingML, the .docx of
//                                 fixtures/docx/ under the .wps extension.
//   fixtures/ofd/<slug>.ofd       OFD (GB/T 33190) from scripts/ofd-writer.mjs: GB/T 9704 pages, page numbers at
//                                 the foot; a first line that is a report's title is laid out as the centred title.
//   fixtures/bad-input/<case>/    xls-as-doc (an Excel-style OLE file named .doc), looping-doc (a .doc whose sector
//                                 chain loops), truncated-doc, ofd-missing-page, ofd-zip-bomb (see test/bad-input.test.ts).
//
// LibreOffice is installed with apt-get when missing (Debian, as root: scripts/ensure-libreoffice.mjs), as
// scripts/ensure-chromium.mjs does for Chromium; tests use the committed files and never need it. Run from the
// repository root: `node scripts/build-office-fixtures.mjs`. The OFD files (the bad-input ones too) are byte-for-byte
// deterministic; LibreOffice stamps the conversion time into a .doc's properties, so those change on every run (their
// text does not).
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import JSZip from 'jszip'
import {ensureLibreOffice} from './ensure-libreoffice.mjs'
import {writeOfd} from './ofd-writer.mjs'
import {writeOleEntry, writeOleHeader} from './ole-writer.mjs'

const root = new URL('..', import.meta.url).pathname
const corpusDirectory = join(root, 'fixtures/corpus')
const FIXED_DATE = new Date('2024-01-01T00:00:00Z')

/** Plain UTF-8 text → Word 97-2003 through LibreOffice, each line a paragraph. */
function convertToDoc(soffice, sources, outdir) {
  // A profile of its own: a LibreOffice already running for the user would otherwise take the job over.
  const profile = mkdtempSync(join(tmpdir(), 'fzlint-lo-profile-'))
  try {
    const run = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'doc:MS Word 97', '--outdir', outdir, ...sources],
      {encoding: 'utf8', timeout: 300_000},
    )
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`)
  } finally {
    rmSync(profile, {recursive: true, force: true})
  }
}

/** A report's first line laid out as the title when it reads like one (a short line naming the report). */
function looksLikeTitle(line) {
  return line.length <= 40 && /报告$/u.test(line.trim())
}

/**
 * A minimal OLE compound file (MS-CFB, version 3) with the given streams, each at least 4,096 bytes so that it lives
 * in regular sectors: for files that are OLE but not Word. `loop` makes the first stream's chain point back at itself.
 */
function buildOle(streams, {loop = false} = {}) {
  const sector = 512
  const dataSectors = streams.map((stream) => Math.ceil(stream.data.length / sector))
  const total = 2 + dataSectors.reduce((sum, count) => sum + count, 0)
  if (total > 128) throw new Error('buildOle: one FAT sector only')
  const file = Buffer.alloc(sector * (total + 1))
  writeOleHeader(file)
  const fat = sector
  for (let index = 0; index < 128; index++) file.writeUInt32LE(0xffffffff, fat + index * 4)
  file.writeUInt32LE(0xfffffffd, fat)
  file.writeUInt32LE(0xfffffffe, fat + 4)
  const directory = sector * 2
  const writeEntry = (slot, name, type, start, size, links) => writeOleEntry(file, directory + slot * 128, name, type, start, size, links)
  writeEntry(0, 'Root Entry', 5, 0xfffffffe, 0, {child: 1})
  let next = 2
  streams.forEach((stream, index) => {
    const first = next
    for (let count = 0; count < dataSectors[index]; count++, next++) {
      const last = count === dataSectors[index] - 1
      file.writeUInt32LE(last ? (loop && index === 0 ? first : 0xfffffffe) : next + 1, fat + next * 4)
      stream.data.copy(file, (next + 1) * sector, count * sector, (count + 1) * sector)
    }
    writeEntry(index + 1, stream.name, 2, first, stream.data.length, {right: index + 2 <= streams.length ? index + 2 : 0xffffffff})
  })
  return file
}

function write(path, data) {
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, data)
}

const slugs = readdirSync(corpusDirectory).filter((name) => name.endsWith('.txt')).map((name) => basename(name, '.txt')).sort()

// .doc through LibreOffice, all five in one run of soffice.
const soffice = ensureLibreOffice('build-office-fixtures')
const work = mkdtempSync(join(tmpdir(), 'fzlint-doc-'))
try {
  convertToDoc(soffice, slugs.map((slug) => join(corpusDirectory, `${slug}.txt`)), work)
  for (const slug of slugs) {
    const converted = join(work, `${slug}.doc`)
    if (!existsSync(converted)) throw new Error(`soffice wrote no ${slug}.doc`)
    mkdirSync(join(root, 'fixtures/doc'), {recursive: true})
    copyFileSync(converted, join(root, 'fixtures/doc', `${slug}.doc`))
    console.log(`${slug}: doc (LibreOffice, ${readFileSync(converted).length} bytes)`)
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
for (const slug of ['helong-2023', 'yicheng-2020']) copyFileSync(join(root, 'fixtures/doc', `${slug}.doc`), join(root, 'fixtures/doc', `${slug}.wps`))
copyFileSync(join(root, 'fixtures/docx', 'fangxian-2023.docx'), join(root, 'fixtures/doc', 'fangxian-2023-zip.wps'))
console.log('wps: helong-2023, yicheng-2020 (OLE, as older WPS writes), fangxian-2023-zip (a zip, as newer WPS writes)')

for (const slug of slugs) {
  const text = readFileSync(join(corpusDirectory, `${slug}.txt`), 'utf8')
  const title = looksLikeTitle(text.split('\n')[0] ?? '')
  write(join(root, 'fixtures/ofd', `${slug}.ofd`), await writeOfd(text, {title, docId: slug}))
  console.log(`${slug}: ofd${title ? ' (first line as the title)' : ''}`)
}

// Bad input. An Excel workbook is an OLE file whose main stream is `Workbook`, not `WordDocument`.
const workbook = Buffer.alloc(8192)
Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]).copy(workbook) // a BIFF8 BOF record
write(join(root, 'fixtures/bad-input/xls-as-doc/report.doc'), buildOle([{name: 'Workbook', data: workbook}]))
write(join(root, 'fixtures/bad-input/looping-doc/report.doc'), buildOle([{name: 'WordDocument', data: Buffer.alloc(8192, 0x20)}], {loop: true}))
const helongDoc = readFileSync(join(root, 'fixtures/doc/helong-2023.doc'))
write(join(root, 'fixtures/bad-input/truncated-doc/report.doc'), helongDoc.subarray(0, Math.floor(helongDoc.length / 2)))

const helongOfd = await JSZip.loadAsync(readFileSync(join(root, 'fixtures/ofd/helong-2023.ofd')))
helongOfd.remove('Doc_0/Pages/Page_1/Content.xml')
write(join(root, 'fixtures/bad-input/ofd-missing-page/report.ofd'), await helongOfd.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'}))
// 120 MB of zeros deflate to about 120 KB: over the 100 MB cap, refused from the zip directory before inflating.
// No folder entries, as ofd-writer.mjs writes none: JSZip would add Doc_0/ and Doc_0/Res/ dated now, and the file
// would differ on every run.
const bomb = await JSZip.loadAsync(readFileSync(join(root, 'fixtures/ofd/helong-2023.ofd')))
bomb.file('Doc_0/Res/image1.bin', Buffer.alloc(120 * 1024 * 1024), {date: FIXED_DATE, createFolders: false})
write(join(root, 'fixtures/bad-input/ofd-zip-bomb/report.ofd'), await bomb.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 9}}))
console.log('bad-input: xls-as-doc, looping-doc, truncated-doc, ofd-missing-page, ofd-zip-bomb')
