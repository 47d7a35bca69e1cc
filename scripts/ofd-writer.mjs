// Writes an OFD file (GB/T 33190-2016) from plain text, laid out as an official document per GB/T 9704-2012:
// A4 (210 × 297 mm), text area 156 × 225 mm with a 37 mm top and 28 mm left margin, 3号仿宋 (16 pt) body text,
// 28 characters a line and 22 lines a page, every paragraph with a first-line indent of two characters,
// the title (optional) centred in 2号小标宋 (22 pt), page numbers `— 3 —` in 4号宋体 7 mm below the text area
// (odd pages right, even pages left, one character in). Latin letters and digits are set half width in
// Times New Roman, as Word and WPS set them, in a TextObject of their own; CJK runs in 仿宋_GB2312.
// Line breaking keeps closing punctuation off a line's start (hung in the margin) and does not split a Latin word
// unless it is wider than a line; lines are justified, a paragraph's last line set flush left. Used by scripts/build-office-fixtures.mjs and tests; output is deterministic.
//
//   writeOfd(text, {title: true, linesPerPage: 22, charsPerLine: 28}) → Promise<Buffer>
import JSZip from 'jszip'

const MM_PER_PT = 25.4 / 72
const PAGE = {width: 210, height: 297}
const AREA = {left: 28, top: 37, width: 156, height: 225}
const BODY_SIZE = 16 * MM_PER_PT
const TITLE_SIZE = 22 * MM_PER_PT
const FOOTER_SIZE = 14 * MM_PER_PT
const FIXED_DATE = new Date('2024-01-01T00:00:00Z')
const FONTS = {cjk: 2, latin: 3, title: 4, footer: 5}

/** Closing punctuation that may not start a line (GB/T 15834 line-breaking practice). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…—,.;:?!)]%'])

function isHalfWidth(character) {
  const code = character.codePointAt(0)
  return code < 0x2000 || (code >= 0xff61 && code <= 0xffdc)
}

function isLatinWord(character) {
  return /[A-Za-z0-9]/u.test(character)
}

function escapeXml(text) {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
}

function round(value) {
  return Number(value.toFixed(3))
}

/**
 * One paragraph → lines of characters with their advance (mm). `firstIndent` in characters; `pitch` is the body
 * character pitch: 156 mm / 28 characters.
 */
function breakLines(text, {pitch, firstIndent, width}) {
  const characters = [...text]
  const lines = []
  let index = 0
  let indent = firstIndent * pitch
  while (index < characters.length) {
    const line = []
    let used = indent
    while (index < characters.length) {
      const character = characters[index]
      const advance = isHalfWidth(character) ? pitch / 2 : pitch
      if (used + advance > width + 0.001) {
        // Closing punctuation hangs into the margin rather than starting the next line.
        if (NO_LINE_START.has(character) && line.length > 0) {
          line.push({character, advance})
          index++
        }
        break
      }
      line.push({character, advance})
      used += advance
      index++
    }
    // A Latin word split at the margin moves whole to the next line when it fits there.
    if (index < characters.length && isLatinWord(characters[index]) && line.length > 0 && isLatinWord(line.at(-1).character)) {
      let start = line.length
      while (start > 0 && isLatinWord(line[start - 1].character)) start--
      if (start > 0) {
        index -= line.length - start
        line.length = start
      }
    }
    // Spaces at a line's end are not printed.
    while (line.length > 0 && line.at(-1).character === ' ') line.pop()
    while (index < characters.length && characters[index] === ' ') index++
    lines.push({indent, glyphs: line})
    indent = 0
  }
  // Justified (两端对齐), as official documents are set: a line before the paragraph's last spreads its slack
  // (left by a Latin word moved on, or by half-width characters) over its character gaps.
  for (const line of lines.slice(0, -1)) {
    const used = line.indent + line.glyphs.reduce((sum, glyph) => sum + glyph.advance, 0)
    const slack = width - used
    if (slack > 0.001 && line.glyphs.length > 1) {
      const share = slack / (line.glyphs.length - 1)
      line.glyphs = line.glyphs.map((glyph, index) => (index < line.glyphs.length - 1 ? {...glyph, advance: glyph.advance + share} : glyph))
    }
  }
  return lines
}

/** `DeltaX` with runs of equal advances written as `g N value`, as GB/T 33190 allows. */
function formatDeltas(deltas) {
  const parts = []
  for (let index = 0; index < deltas.length; ) {
    let end = index
    while (end < deltas.length && deltas[end] === deltas[index]) end++
    const count = end - index
    parts.push(count > 1 ? `g ${count} ${deltas[index]}` : String(deltas[index]))
    index = end
  }
  return parts.join(' ')
}

/** Text objects for one printed line: runs of Latin and of CJK characters, each its own TextObject. */
function lineObjects(glyphs, {x, baseline, size, cjkFont, latinFont, nextId}) {
  const objects = []
  let cursor = x
  let run = null
  const flush = () => {
    if (!run) return
    const width = run.glyphs.reduce((sum, glyph) => sum + glyph.advance, 0)
    const top = baseline - size
    const deltas = run.glyphs.slice(0, -1).map((glyph) => round(glyph.advance))
    const text = run.glyphs.map((glyph) => glyph.character).join('')
    objects.push(
      `<ofd:TextObject ID="${nextId()}" Boundary="${round(run.x)} ${round(top)} ${round(width + size * 0.1)} ${round(size * 1.25)}" Font="${run.font}" Size="${round(size)}">` +
        `<ofd:FillColor Value="0 0 0"/>` +
        `<ofd:TextCode X="0" Y="${round(size)}"${deltas.length > 0 ? ` DeltaX="${formatDeltas(deltas)}"` : ''}>${escapeXml(text)}</ofd:TextCode>` +
        `</ofd:TextObject>`,
    )
    run = null
  }
  for (const glyph of glyphs) {
    const font = isHalfWidth(glyph.character) ? latinFont : cjkFont
    if (run && run.font !== font) flush()
    run ??= {font, x: cursor, glyphs: []}
    run.glyphs.push(glyph)
    cursor += glyph.advance
  }
  flush()
  return objects
}

/**
 * Lays out `text` (one paragraph a line; blank lines kept as blank lines) on GB/T 9704 pages and returns the OFD
 * package. Options: `title` (lay the first line out as the centred title), `linesPerPage`, `charsPerLine`.
 */
export async function writeOfd(text, {title = false, linesPerPage = 22, charsPerLine = 28, docId = 'fzlint-fixture'} = {}) {
  const paragraphs = text.replace(/\r\n?/gu, '\n').replace(/\n+$/u, '').split('\n').map((line) => line.trim())
  const pitch = AREA.width / charsPerLine
  const linePitch = AREA.height / linesPerPage
  const pages = []
  let page = null
  let lineIndex = 0
  let id = 10
  const nextId = () => ++id
  const newPage = () => {
    page = {objects: []}
    pages.push(page)
    lineIndex = 0
  }
  const place = (slots) => {
    if (!page || lineIndex + slots > linesPerPage) newPage()
    const baseline = AREA.top + lineIndex * linePitch + BODY_SIZE * 1.2
    lineIndex += slots
    return baseline
  }
  newPage()
  paragraphs.forEach((paragraph, index) => {
    if (paragraph === '') {
      if (lineIndex > 0) lineIndex = Math.min(linesPerPage, lineIndex + 1)
      return
    }
    if (title && index === 0) {
      // The title: 2号, centred, taking two body lines' height for each of its lines.
      const titlePitch = TITLE_SIZE
      for (const line of breakLines(paragraph, {pitch: titlePitch, firstIndent: 0, width: AREA.width})) {
        const width = line.glyphs.reduce((sum, glyph) => sum + glyph.advance, 0)
        const baseline = place(1.5)
        page.objects.push(...lineObjects(line.glyphs, {x: AREA.left + (AREA.width - width) / 2, baseline, size: TITLE_SIZE, cjkFont: FONTS.title, latinFont: FONTS.latin, nextId}))
      }
      lineIndex = Math.min(linesPerPage, lineIndex + 1)
      return
    }
    for (const line of breakLines(paragraph, {pitch, firstIndent: 2, width: AREA.width})) {
      const baseline = place(1)
      page.objects.push(...lineObjects(line.glyphs, {x: AREA.left + line.indent, baseline, size: BODY_SIZE, cjkFont: FONTS.cjk, latinFont: FONTS.latin, nextId}))
    }
  })

  const zip = new JSZip()
  const add = (name, xml) => zip.file(name, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, {date: FIXED_DATE, createFolders: false})
  const pageEntries = pages.map((_, index) => `<ofd:Page ID="${index + 1}" BaseLoc="Pages/Page_${index}/Content.xml"/>`).join('')
  pages.forEach((current, index) => {
    const number = index + 1
    const label = `— ${number} —`
    const labelWidth = [...label].reduce((sum, character) => sum + (isHalfWidth(character) ? FOOTER_SIZE / 2 : FOOTER_SIZE), 0)
    const x = number % 2 === 1 ? AREA.left + AREA.width - FOOTER_SIZE - labelWidth : AREA.left + FOOTER_SIZE
    const baseline = AREA.top + AREA.height + 7 + FOOTER_SIZE * 0.8
    const footer = lineObjects([...label].map((character) => ({character, advance: isHalfWidth(character) ? FOOTER_SIZE / 2 : FOOTER_SIZE})), {
      x,
      baseline,
      size: FOOTER_SIZE,
      cjkFont: FONTS.footer,
      latinFont: FONTS.footer,
      nextId,
    })
    add(
      `Doc_0/Pages/Page_${index}/Content.xml`,
      `<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>` +
        `<ofd:Layer ID="${nextId()}" Type="Body">${current.objects.join('')}</ofd:Layer>` +
        `<ofd:Layer ID="${nextId()}" Type="Foreground"><ofd:PageBlock ID="${nextId()}">${footer.join('')}</ofd:PageBlock></ofd:Layer>` +
        `</ofd:Content></ofd:Page>`,
    )
  })
  add(
    'Doc_0/PublicRes.xml',
    `<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>` +
      `<ofd:Font ID="${FONTS.cjk}" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/>` +
      `<ofd:Font ID="${FONTS.latin}" FontName="Times New Roman" FamilyName="Times New Roman"/>` +
      `<ofd:Font ID="${FONTS.title}" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>` +
      `<ofd:Font ID="${FONTS.footer}" FontName="宋体" FamilyName="宋体"/>` +
      `</ofd:Fonts></ofd:Res>`,
  )
  add(
    'Doc_0/Document.xml',
    `<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>${id + 1}</ofd:MaxUnitID>` +
      `<ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</ofd:PhysicalBox></ofd:PageArea>` +
      `<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>` +
      `<ofd:Pages>${pageEntries}</ofd:Pages></ofd:Document>`,
  )
  add(
    'OFD.xml',
    `<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>` +
      `<ofd:DocID>${escapeXml(docId)}</ofd:DocID><ofd:Title>${escapeXml(paragraphs.find((line) => line !== '') ?? '')}</ofd:Title>` +
      `<ofd:Creator>fzlint scripts/ofd-writer.mjs</ofd:Creator><ofd:CreationDate>2024-01-01</ofd:CreationDate></ofd:DocInfo>` +
      `<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  )
  return zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 9}})
}
