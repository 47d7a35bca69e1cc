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

/**
 * The text term patterns are matched against: brackets half-width `()`, dashes `-`, quotes `"`, nested
 * title marks `〈〉` as `《》`, full-width digits and Latin letters as ASCII, full-width `，；：` as `,;:`.
 */
export function normaliseForMatching(text: string): string {
  let normal = ''
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    const code = character.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff5a && /[０-９Ａ-Ｚａ-ｚ]/u.test(character)) normal += String.fromCharCode(code - 0xfee0)
    else normal += CHARACTER_MAP[character] ?? character
  }
  return normal
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
