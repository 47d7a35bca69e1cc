/**
 * Character classes tested on a UTF-16 code unit (`text.charCodeAt(i)`): the scanners' alternative to a regular
 * expression test on a one-character string. Each is false for NaN, which charCodeAt gives past the end.
 */

/**
 * `text.charCodeAt(index)`, NaN outside the text as charCodeAt gives it, but without reading out of bounds: optimised
 * code that reads a string past its end deoptimises the first time it does ("out of bounds"), and is compiled again.
 * For reads that often fall outside, as next to a match at the start or end of a text.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : Number.NaN
}

/** An ASCII digit: what `\d` matches. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** An ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** What `\s` matches: tab, line breaks, spaces of every width, U+3000, BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
