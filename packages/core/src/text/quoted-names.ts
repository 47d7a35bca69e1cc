/** Blanks out what stands inside 《》 and 〈〉, so that a year span in a cited document name is not read as the text's own year. */

/**
 * The text with every character inside a 《…》 or 〈…〉 pair replaced by a space (the brackets stay), offset for
 * offset: 《法治政府建设实施纲要(2021—2025年)》 names a document, it does not say which year a report is about.
 * An unclosed 《 blanks nothing.
 */
export function maskQuotedNames(text: string): string {
  if (!text.includes('《') && !text.includes('〈')) return text
  let out = ''
  let cursor = 0
  for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', cursor)) {
    const close = text.indexOf('》', open + 1)
    if (close === -1) break
    out += text.slice(cursor, open + 1) + ' '.repeat(close - open - 1)
    cursor = close
  }
  out += text.slice(cursor)
  return out.replace(/〈[^〈〉]*〉/gu, (name) => `〈${' '.repeat(name.length - 2)}〉`)
}
