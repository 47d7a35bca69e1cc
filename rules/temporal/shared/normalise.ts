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

/** The characters normalisation changes: full-width digits and Latin letters, and the keys above. */
const CHANGED_CHARACTERS = new RegExp(`[０-９Ａ-Ｚａ-ｚ${Object.keys(CHARACTER_MAP).map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu')

/**
 * The text term patterns are matched against: brackets half-width `()`, dashes `-`, quotes `"`, nested
 * title marks `〈〉` as `《》`, full-width digits and Latin letters as ASCII, full-width `，；：` as `,;:`.
 */
export function normaliseForMatching(text: string): string {
  // One native scan that touches only the characters to change: most of a report is CJK text left as it is.
  return text.replace(CHANGED_CHARACTERS, (character) => CHARACTER_MAP[character] ?? String.fromCharCode(character.charCodeAt(0) - 0xfee0))
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
