// Builds the input-format fixtures from the five text reports in fixtures/corpus/ (which stay unchanged):
//
//   fixtures/docx/<slug>.docx     Word documents. Numbered headings use Word's automatic numbering (numbering.xml,
//                                 multilevel 一、/（一）/1./（1） with the report's own punctuation) and heading styles
//                                 wherever Word would print exactly the ordinal the text has; other lines keep their
//                                 typed text. Blank lines become empty paragraphs. helong-2023 also gets a footnote.
//   fixtures/docx-styled/<slug>.docx
//                                 fangxian-2023 and yicheng-2020 as writers often format them: no numbers at all on
//                                 the whole-line headings of the first two levels, only Word's heading styles — level 1
//                                 as style 标题 1 (Heading 1), level 2 as body text with outline level 2. Run-in
//                                 headings and lower levels keep their typed numbers.
//   fixtures/html/<slug>.html     Government-portal pages: site header, navigation, breadcrumbs, share widget, related
//                                 links, search form, footer and scripts around the report body. yicheng-2020 is
//                                 GB18030-encoded and declares charset=gb2312 as such pages do.
//   fixtures/gb18030/<slug>.txt   The text reports encoded in GB18030.
//   fixtures/bad-input/<case>/    Files fzlint must refuse cleanly (see test/bad-input.test.ts).
//
// Run from the repository root: `node scripts/build-fixtures.mjs`. Output is deterministic (fixed dates), so
// re-running it changes no committed file unless this script or the corpus changed.
import {Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun} from 'docx'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {crc32, deflateRawSync, inflateRawSync} from 'node:zlib'
import {writeOleEntry, writeOleHeader} from './ole-writer.mjs'

const root = new URL('..', import.meta.url).pathname
const corpusDirectory = join(root, 'fixtures/corpus')
const FIXED_DATE = new Date('2024-01-01T00:00:00Z')

// The GB/T 9704 ordinals, as packages/core/src/parse/numbering.ts recognises them.
const CHINESE = '[一二三四五六七八九十]{1,3}'
const ORDINAL_PATTERNS = [
  {level: 1, pattern: new RegExp(`^(${CHINESE})([、.．，,])(?![、.．，,])`, 'u')},
  {level: 2, pattern: new RegExp(`^([（(])(${CHINESE})([）)])([、.．，,:：]?)`, 'u')},
  {level: 3, pattern: /^(\d{1,2})([.．、])(?![\d.．、])/u},
  {level: 4, pattern: /^([（(])(\d{1,2})([）)])([、.．，,:：]?)/u},
]

function matchOrdinal(line) {
  for (const {level, pattern} of ORDINAL_PATTERNS) {
    const match = pattern.exec(line)
    if (match) return {level, raw: match[0], match}
  }
  return null
}

/** Word's lvlText for a level, copied from how the report types its first ordinal of that level. */
function levelTextFor(level, match) {
  if (level === 1) return `%1${match[2]}`
  if (level === 2) return `${match[1]}%2${match[3]}${match[4]}`
  if (level === 3) return `%3${match[2]}`
  return `${match[1]}%4${match[3]}${match[4]}`
}

function chineseOrdinal(value) {
  const digits = '〇一二三四五六七八九'
  if (value < 10) return digits[value]
  return (Math.floor(value / 10) === 1 ? '' : digits[Math.floor(value / 10)]) + '十' + (value % 10 === 0 ? '' : digits[value % 10])
}

function formatMarker(text, level, counters) {
  return text.replace(/%([1-4])/gu, (_, digit) => {
    const at = Number(digit)
    const value = counters[at - 1] ?? 1
    return at === 1 || at === 2 ? chineseOrdinal(value) : String(value)
  })
}

/** Whether the line is only a heading (not `（一）……方面。一是……` with the text run in). */
function isWholeHeading(line) {
  const fullStop = line.indexOf('。')
  return fullStop === -1 || fullStop >= line.trimEnd().length - 1
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4]

async function buildDocx(slug, lines) {
  const levelTexts = new Map()
  for (const line of lines) {
    const ordinal = matchOrdinal(line)
    if (ordinal && !levelTexts.has(ordinal.level)) levelTexts.set(ordinal.level, levelTextFor(ordinal.level, ordinal.match))
  }
  // Simulates Word's counters: a level counts up, deeper levels restart. A line is numbered automatically only
  // when Word would print exactly what the text has, so the extracted text equals the .txt line by line.
  const counters = []
  const paragraphs = []
  let automaticCount = 0
  lines.forEach((line, index) => {
    const ordinal = matchOrdinal(line)
    if (ordinal) {
      const next = counters.slice(0, ordinal.level)
      next[ordinal.level - 1] = (counters[ordinal.level - 1] ?? 0) + 1
      const marker = formatMarker(levelTexts.get(ordinal.level), ordinal.level, next)
      if (marker === ordinal.raw) {
        counters.length = 0
        counters.push(...next)
        automaticCount++
        const wholeHeading = isWholeHeading(line)
        const children = [new TextRun(line.slice(ordinal.raw.length))]
        if (slug === 'helong-2023' && automaticCount === 1) children.push(new FootnoteReferenceRun(1))
        paragraphs.push(
          new Paragraph({
            children,
            numbering: {reference: 'report-headings', level: ordinal.level - 1},
            ...(wholeHeading ? {heading: HEADING_LEVELS[ordinal.level - 1]} : {}),
          }),
        )
        return
      }
    }
    paragraphs.push(new Paragraph({children: line === '' ? [] : [new TextRun(line)], ...(index === 0 ? {heading: HeadingLevel.TITLE} : {})}))
  })
  const levels = [1, 2, 3, 4].map((level) => ({
    level: level - 1,
    format: level <= 2 ? LevelFormat.CHINESE_COUNTING : LevelFormat.DECIMAL,
    text: levelTexts.get(level) ?? `%${level}.`,
    start: 1,
    suffix: LevelSuffix.NOTHING,
  }))
  const document = new Document({
    creator: 'fzlint fixtures',
    lastModifiedBy: 'fzlint fixtures',
    title: slug,
    numbering: {config: [{reference: 'report-headings', levels}]},
    footnotes: slug === 'helong-2023' ? {1: {children: [new Paragraph('脚注：本段数据来自街道司法所统计台账。')]}} : {},
    sections: [{children: paragraphs}],
  })
  const bytes = await Packer.toBuffer(document)
  return {bytes: normaliseZipDates(bytes), automaticCount}
}

/**
 * A draft whose first two heading levels carry no number, only Word's heading structure: level 1 by the heading
 * style, level 2 by an outline level on a body-text paragraph (the two ways Word marks a heading).
 */
async function buildStyledDocx(slug, lines) {
  let styledCount = 0
  const paragraphs = lines.map((line, index) => {
    const ordinal = matchOrdinal(line.trim())
    if (ordinal && ordinal.level <= 2 && isWholeHeading(line)) {
      styledCount++
      const children = [new TextRun(line.trim().slice(ordinal.raw.length))]
      return ordinal.level === 1 ? new Paragraph({children, heading: HeadingLevel.HEADING_1}) : new Paragraph({children, outlineLevel: 1})
    }
    return new Paragraph({children: line === '' ? [] : [new TextRun(line)], ...(index === 0 ? {heading: HeadingLevel.TITLE} : {})})
  })
  const document = new Document({creator: 'fzlint fixtures', lastModifiedBy: 'fzlint fixtures', title: slug, sections: [{children: paragraphs}]})
  return {bytes: normaliseZipDates(await Packer.toBuffer(document)), styledCount}
}

/** Packer stamps the current time into docProps/core.xml and the zip headers; fix both so rebuilds are identical. */
function normaliseZipDates(bytes) {
  const entries = readZip(bytes)
  return writeZip(
    entries.map(({name, data}) => ({
      name,
      data: name === 'docProps/core.xml' ? Buffer.from(data.toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/gu, FIXED_DATE.toISOString().replace(/\.\d+Z$/u, 'Z'))) : data,
    })),
  )
}

/** Reads a zip written by Packer (deflate or stored entries, no zip64). */
function readZip(bytes) {
  let end = bytes.length - 22
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--
  const count = bytes.readUInt16LE(end + 10)
  let cursor = bytes.readUInt32LE(end + 16)
  const entries = []
  for (let index = 0; index < count; index++) {
    const method = bytes.readUInt16LE(cursor + 10)
    const compressedSize = bytes.readUInt32LE(cursor + 20)
    const nameLength = bytes.readUInt16LE(cursor + 28)
    const extraLength = bytes.readUInt16LE(cursor + 30)
    const commentLength = bytes.readUInt16LE(cursor + 32)
    const localOffset = bytes.readUInt32LE(cursor + 42)
    const name = bytes.subarray(cursor + 46, cursor + 46 + nameLength).toString('utf8')
    const localNameLength = bytes.readUInt16LE(localOffset + 26)
    const localExtraLength = bytes.readUInt16LE(localOffset + 28)
    const start = localOffset + 30 + localNameLength + localExtraLength
    const raw = bytes.subarray(start, start + compressedSize)
    entries.push({name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw)})
    cursor += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** A minimal zip writer (deflate, fixed 1980 timestamps) — enough for .docx parts and the bomb fixture. */
function writeZip(entries, {declaredSizes} = {}) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = entry.compressed ?? deflateRawSync(entry.data, {level: 9})
    const size = declaredSizes?.get(entry.name) ?? entry.data.length
    const checksum = entry.crc ?? crc32(entry.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(checksum >>> 0, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(checksum >>> 0, 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += 30 + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

function escapeHtml(text) {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/** One report line as HTML: headings in <h2>/<h3>, ordinals of lower levels in <strong>, some quotes as entities. */
function lineToHtml(line) {
  const needsPre = line !== line.replace(/[ \t]+/gu, ' ').trim()
  const style = needsPre ? ' style="white-space:pre-wrap"' : ''
  // Named references exercise the entity-to-source mapping.
  const body = escapeHtml(line).replace(/“/gu, '&ldquo;').replace(/”/gu, '&#8221;')
  const ordinal = needsPre ? null : matchOrdinal(line)
  if (ordinal && isWholeHeading(line) && ordinal.level <= 2) return `<h${ordinal.level + 1}${style}>${body}</h${ordinal.level + 1}>`
  if (ordinal) {
    const rawLength = escapeHtml(ordinal.raw).replace(/“/gu, '&ldquo;').length
    return `<p${style}><strong>${body.slice(0, rawLength)}</strong>${body.slice(rawLength)}</p>`
  }
  return `<p${style}>${body}</p>`
}

function buildHtml(slug, lines, charset) {
  const body = lines.filter((line) => line.trim() !== '').map((line) => `        ${lineToHtml(line)}`).join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  ${charset === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">'}
  <title>${escapeHtml(lines.find((line) => line.trim() !== '')?.trim() ?? slug)} - 人民政府门户网站</title>
  <style>.article { font-size: 16px } .sidebar a { color: #333 }</style>
  <script>var _hmt = _hmt || []; window.siteName = "一、政务公开";</script>
</head>
<body>
  <header class="site-header">
    <div class="logo">人民政府门户网站 2024年</div>
    <nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/fzzf/">法治政府建设年度报告</a></nav>
  </header>
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
  <form class="search-box" action="/search"><input name="q" value="搜索"><button>搜索</button></form>
  <div class="wrapper">
    <div class="main-column">
      <div class="article">
        <div class="article-content" id="zoom">
${body}
        </div>
        <div class="bdshare">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
        <div class="print-close">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
      </div>
    </div>
    <div class="right-column">
      <div class="hot-title">热点文章</div>
      <ul>
        <li><a href="/a/1.html">区人民政府2022年法治政府建设年度报告</a></li>
        <li><a href="/a/2.html">一、关于开展“八五”普法中期评估的通知</a></li>
      </ul>
    </div>
    <aside class="sidebar"><h3>相关文章</h3><ul><li><a>（一）2021年度法治政府建设情况的报告</a></li></ul></aside>
  </div>
  <footer>
    <p>版权所有：人民政府办公室 2024年 网站标识码：4400000000 备案号：粤ICP备00000000号</p>
  </footer>
  <script>document.querySelectorAll('a').forEach(function (a) { a.target = '_blank' })</script>
</body>
</html>
`
}

/** GB18030 encoder built from the platform decoder (no iconv dependency): two-byte codes, then four-byte ones. */
function createGb18030Encoder() {
  const table = new Map()
  const decoder = new TextDecoder('gb18030')
  for (let first = 0x81; first <= 0xfe; first++) {
    for (let second = 0x40; second <= 0xfe; second++) {
      if (second === 0x7f) continue
      const character = decoder.decode(Uint8Array.of(first, second))
      if (character.length === 1 && character !== '\ufffd' && !table.has(character)) table.set(character, [first, second])
    }
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const character = decoder.decode(Uint8Array.of(b1, b2, b3, b4))
          if (character.length === 1 && character !== '\ufffd' && !table.has(character)) table.set(character, [b1, b2, b3, b4])
        }
  return (text) => {
    const bytes = []
    for (const character of text) {
      const code = character.codePointAt(0)
      if (code < 0x80) bytes.push(code)
      else if (table.has(character)) bytes.push(...table.get(character))
      else if (code >= 0x10000) {
        // Supplementary planes map linearly from 0x90308130.
        let linear = code - 0x10000
        const b4 = 0x30 + (linear % 10)
        linear = Math.floor(linear / 10)
        const b3 = 0x81 + (linear % 126)
        linear = Math.floor(linear / 126)
        const b2 = 0x30 + (linear % 10)
        const b1 = 0x90 + Math.floor(linear / 10)
        bytes.push(b1, b2, b3, b4)
      } else throw new Error(`cannot encode U+${code.toString(16)} in GB18030`)
    }
    const encoded = Buffer.from(bytes)
    if (decoder.decode(encoded) !== text) throw new Error('GB18030 round trip failed')
    return encoded
  }
}

/** An OLE compound file as Office writes for a password-protected .docx: its directory names `EncryptedPackage`. */
function buildEncryptedDocx() {
  // Sector n starts at byte (n + 1) × 512: sector 0 holds the FAT, 1 the directory, 2 the (dummy) package.
  const sector = 512
  const file = Buffer.alloc(sector * 4)
  writeOleHeader(file)
  const fat = sector * 1
  file.writeUInt32LE(0xfffffffd, fat) // sector 0 is the FAT
  file.writeUInt32LE(0xfffffffe, fat + 4) // sector 1: directory, end of chain
  file.writeUInt32LE(0xfffffffe, fat + 8) // sector 2: EncryptedPackage data
  for (let index = 3; index < 128; index++) file.writeUInt32LE(0xffffffff, fat + index * 4)
  const directory = sector * 2
  const writeEntry = (slot, name, type, start, size, child) => writeOleEntry(file, directory + slot * 128, name, type, start, size, {child})
  writeEntry(0, 'Root Entry', 5, 0xfffffffe, 0, 1)
  writeEntry(1, 'EncryptedPackage', 2, 2, 64)
  return file
}

function buildZipBomb() {
  // 120 MB of zeros deflate to ~120 KB: over the 100 MB cap, refused from the zip directory before inflating.
  const filler = Buffer.alloc(120 * 1024 * 1024)
  const documentXml = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、主要举措</w:t></w:r></w:p></w:body></w:document>')
  return writeZip([
    {name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')},
    {name: 'word/document.xml', data: documentXml},
    {name: 'word/media/image1.bin', data: filler},
  ])
}

const NOT_A_REPORT = `周末采购清单
鸡蛋两盒，牛奶一箱，青菜若干。
记得给阳台的花浇水，顺便把快递取回来。
晚饭前打电话给物业，问问停车位的事情。
`

function buildBinary() {
  // A PNG signature followed by bytes a text editor would show as garbage (NULs included).
  const bytes = Buffer.alloc(4096)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
  for (let index = 8; index < bytes.length; index++) bytes[index] = (index * 7919) % 256
  return bytes
}

function write(path, data) {
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, data)
}

const encodeGb18030 = createGb18030Encoder()
const slugs = readdirSync(corpusDirectory).filter((name) => name.endsWith('.txt')).map((name) => basename(name, '.txt')).sort()
for (const slug of slugs) {
  const text = readFileSync(join(corpusDirectory, `${slug}.txt`), 'utf8')
  const lines = text.replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n')
  const {bytes, automaticCount} = await buildDocx(slug, lines)
  write(join(root, 'fixtures/docx', `${slug}.docx`), bytes)
  const charset = slug === 'yicheng-2020' ? 'gb2312' : 'utf-8'
  const html = buildHtml(slug, lines, charset)
  write(join(root, 'fixtures/html', `${slug}.html`), charset === 'gb2312' ? encodeGb18030(html) : html)
  write(join(root, 'fixtures/gb18030', `${slug}.txt`), encodeGb18030(text))
  console.log(`${slug}: docx (${automaticCount} automatically numbered paragraphs), html (${charset}), gb18030`)
}

for (const slug of ['fangxian-2023', 'yicheng-2020']) {
  const lines = readFileSync(join(corpusDirectory, `${slug}.txt`), 'utf8').replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n')
  const {bytes, styledCount} = await buildStyledDocx(slug, lines)
  write(join(root, 'fixtures/docx-styled', `${slug}.docx`), bytes)
  console.log(`${slug}: docx-styled (${styledCount} headings by style or outline level, no numbers)`)
}

const helongDocx = readFileSync(join(root, 'fixtures/docx/helong-2023.docx'))
write(join(root, 'fixtures/bad-input/corrupt-docx/report.docx'), helongDocx.subarray(0, Math.floor(helongDocx.length / 2)))
write(join(root, 'fixtures/bad-input/encrypted-docx/report.docx'), buildEncryptedDocx())
write(join(root, 'fixtures/bad-input/zip-bomb/report.docx'), buildZipBomb())
write(join(root, 'fixtures/bad-input/binary/report.txt'), buildBinary())
write(join(root, 'fixtures/bad-input/empty/report.txt'), '')
// Larger than helong-2023 (the good file the test lints alongside), so one limit can refuse this and accept that.
write(join(root, 'fixtures/bad-input/too-large/report.txt'), readFileSync(join(corpusDirectory, 'dongguan-2018.txt')))
write(join(root, 'fixtures/bad-input/not-a-report/notes.txt'), NOT_A_REPORT)
console.log('bad-input: corrupt-docx, encrypted-docx, zip-bomb, binary, empty, too-large, not-a-report')
