/**
 * Length-preserving normalisation for matching dated terms: every character maps to one character, so
 * an offset in the normalised text is the same offset in the source. Real copies write the same name
 * with full- or half-width brackets, any of six dashes and curly or straight quotes (domain.md §6).
 */

const CHARACTER_MAP: Record<string, string> = {
  '（': '(', '）': ')', '［': '[', '］': ']', '【': '[', '】': ']', '〔': '[', '〕': ']',
  '—': '-', '－': '-', '–': '-', '―': '-', '‐': '-', '‑': '-', '~': '-', '～': '-', '〜': '-',
  '“': '"', '”': '"', '‘': '"', '’': '"', '「': '"', '」': '"', '『': '"', '』': '"', "'": '"', '＂': '"', '＇': '"',
  '〈': '《', '〉': '》', '＜': '《', '＞': '》',
  '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '　': ' ',
}

/** Each UTF-16 code unit's normal form (itself for most): full-width digits and Latin letters, and the map above. */
let codeTable: Uint16Array | undefined

function buildCodeTable(): Uint16Array {
  const table = new Uint16Array(0x10000)
  for (let code = 0; code < table.length; code++) table[code] = code
  for (let code = 0xff10; code <= 0xff5a; code++) {
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || code >= 0xff41) table[code] = code - 0xfee0
  }
  for (const [from, to] of Object.entries(CHARACTER_MAP)) table[from.charCodeAt(0)] = to.charCodeAt(0)
  return table
}

const utf16 = new TextDecoder('utf-16le')

/**
 * The text term patterns are matched against: brackets half-width `()`, dashes `-`, quotes `"`, nested
 * title marks `〈〉` as `《》`, full-width digits and Latin letters as ASCII, full-width `，；：` as `,;:`.
 */
export function normaliseForMatching(text: string): string {
  // Code unit by code unit through a table, then back to a string in one call: a report has thousands of
  // full-width commas and colons, and a replace() callback for each was the rule's largest cost.
  codeTable ??= buildCodeTable()
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) codes[index] = codeTable[text.charCodeAt(index)]!
  return utf16.decode(codes)
}

/** Where the clause around [start, end) begins and ends: the nearest sentence or comma break on each side. */
export function findClause(normal: string, start: number, end: number): [number, number] {
  const BREAK = /[。;!！?？\n\r,、]/u
  let from = start
  while (from > 0 && !BREAK.test(normal[from - 1]!)) from--
  let to = end
  while (to < normal.length && !BREAK.test(normal[to]!)) to++
  return [from, to]
}
