/**
 * A report as a PDF's text layer gives it: every paragraph broken at the page width (GB/T 9704: 28 characters a
 * line, 22 lines a page), a page number between two dashes after each page and a form feed.
 */
export function wrapAsPdfText(text: string, {width = 56, linesPerPage = 22} = {}): string {
  const lines: string[] = []
  for (const paragraph of text.replace(/\r\n?/gu, '\n').split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const character of paragraph.trimEnd()) {
      const characterWidth = character.charCodeAt(0) >= 0x1100 ? 2 : 1
      if (lineWidth + characterWidth > width) {
        lines.push(line)
        line = ''
        lineWidth = 0
      }
      line += character
      lineWidth += characterWidth
    }
    lines.push(line)
  }
  const pages: string[] = []
  for (let start = 0; start < lines.length; start += linesPerPage) {
    pages.push(`${lines.slice(start, start + linesPerPage).join('\n')}\n\n— ${pages.length + 1} —\n\f`)
  }
  return pages.join('')
}
