/** PDFs written object by object, for tests of what no office writes on request (a font left unembedded, a scan). */

/** A PDF file from its objects' bodies (numbered from 1), with a correct cross-reference table. */
export function writePdf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/**
 * One page of `lines` in STSong-Light, the standard Chinese font, not embedded, with the UniGB-UCS2-H CMap, as
 * older office software writes: its text can be read only with that CMap and Adobe-GB1's Unicode map.
 */
export function standardChineseFontPdf(lines: readonly string[]): Buffer {
  const hex = (text: string) => [...text].map((character) => character.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
  const content = lines.map((text, index) => `BT /F1 16 Tf 72 ${760 - index * 30} Td <${hex(text)}> Tj ET\n`).join('')
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ])
}

/** Lines of a short report in the standard Chinese font: a title, a heading and a sentence that names the year. */
export const STANDARD_FONT_REPORT = ['某某市人民政府关于2023年度法治政府建设情况的报告', '一、主要工作', '2023年，我市深入学习贯彻习近平法治思想，全面推进依法行政。']
