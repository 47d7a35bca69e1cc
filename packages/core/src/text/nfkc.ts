/**
 * NFKC (String.prototype.normalize) without the call for a text it would return unchanged: most text of a report is
 * ideographs, ASCII and Chinese punctuation, which NFKC leaves alone. For short texts (a heading, a title): measured
 * on the corpus lines of up to 30 characters, 85–106 ns a line against 111–151 for normalize. Not for long ones: the
 * engine's own normalize checks as fast as this scan does, and on the longer lines the check was the slower (820–1,220
 * ns against 600–810), so a paragraph is better normalised directly.
 */

/**
 * Code points NFKC leaves alone in every context: each is its own NFKC form, has canonical combining class 0 and is
 * never the second of a canonical composition, so a text made only of them is in NFKC (the quick check of UAX #15
 * §9). The list keeps to what reports are written in: ASCII and the C1 controls, the middle dot, the dashes and quotes
 * of General Punctuation (not U+2011 or U+2024–2026, which NFKC changes), CJK symbols and punctuation (not the
 * ideographic space U+3000), and the CJK Unified Ideographs with Extension A. The tests check every one of them
 * against the engine's own NFKC. Full-width forms (`，：（`) are not in it: NFKC changes them.
 */
export const NFKC_INERT_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0000, 0x009f],
  [0x00b7, 0x00b7],
  [0x2010, 0x2010],
  [0x2012, 0x2016],
  [0x2018, 0x2023],
  [0x3001, 0x3029],
  [0x3030, 0x3035],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
]

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`

/**
 * A pattern matching any code unit outside `ranges` (ascending code-unit ranges, as NFKC_INERT_RANGES). Code units, not
 * code points (no `u` flag): a surrogate is outside every range, so astral text always matches.
 */
export function outsideRanges(ranges: readonly (readonly [first: number, last: number])[]): RegExp {
  return new RegExp(`[^${ranges.map(([first, last]) => `${unit(first)}-${unit(last)}`).join('')}]`)
}

/** A code unit NFKC may change: a text without one is normalised already. */
const OUTSIDE_INERT = outsideRanges(NFKC_INERT_RANGES)

/** The text's NFKC form: the text itself when every code point in it is one NFKC never changes. */
export function toNfkc(text: string): string {
  return OUTSIDE_INERT.test(text) ? text.normalize('NFKC') : text
}
