/** Recognises the structural ordinals of GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）) at the start of a line. */
import {isAsciiDigit} from '../text/code-units.js'

export type NumberingLevel = 1 | 2 | 3 | 4

export interface Numbering {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level: NumberingLevel
  /** The ordinal's value: 一 → 1, 十一 → 11, 3 → 3. */
  ordinal: number
  /** The whole marker as written, punctuation included: `（一）`, `一、`, `1．`. */
  raw: string
  /** The digits alone: `一`, `12`. */
  digits: string
  /** Punctuation after the ordinal (`、`, `.`, `．`, `，`…), or '' when none. */
  punctuation: string
  /** Bracket width for levels 2 and 4: `full` （）, `half` (), `mixed` (） or （); null for levels 1 and 3. */
  bracket: 'full' | 'half' | 'mixed' | null
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

// By code unit: looking a digit up by the one-character string sliced out of the text cost a string-table lookup
// per call, and dates and ordinals are parsed many times in every report (measured: 90 → 60 ns a call on a
// freshly matched string, making it included; the results on all 17,496 strings of up to four digits, 十, 百,
// Latin and lone surrogates are the same as before).
const CHINESE_DIGIT_BY_CODE = new Map(Object.entries(CHINESE_DIGITS).map(([digit, value]) => [digit.charCodeAt(0), value]))

/** The value of the Chinese digit that `text` holds from `start` to `end`, or undefined when that is not one digit. */
function chineseDigitAt(text: string, start: number, end: number): number | undefined {
  return end - start === 1 ? CHINESE_DIGIT_BY_CODE.get(text.charCodeAt(start)) : undefined
}

/** Value of a Chinese ordinal from 一 to 九十九 (十, 十一, 二十, 二十三); null when it is not one. */
export function parseChineseOrdinal(text: string): number | null {
  if (text.length === 0 || text.length > 3) return null
  const ten = text.indexOf('十')
  if (ten === -1) {
    const value = chineseDigitAt(text, 0, text.length)
    return value === undefined || value === 0 ? null : value
  }
  if (text.indexOf('十', ten + 1) !== -1) return null
  const hasTens = ten > 0
  const hasUnits = ten < text.length - 1
  const tens = hasTens ? chineseDigitAt(text, 0, ten) : 1
  const units = hasUnits ? chineseDigitAt(text, ten + 1, text.length) : 0
  if (tens === undefined || units === undefined || tens === 0 || (hasTens && tens === 1)) return null
  if (hasUnits && units === 0) return null
  return tens * 10 + units
}

/** The numerals of ordinals from 一 to 九十九 (一、 （一） 一是). */
export const CHINESE_ORDINAL_CHARACTERS = '一二三四五六七八九十'
const CHINESE_ORDINAL_CODES = new Set(Array.from(CHINESE_ORDINAL_CHARACTERS, (character) => character.charCodeAt(0)))
const CHINESE_ORDINAL = `[${CHINESE_ORDINAL_CHARACTERS}]{1,3}`
// Level 2 and 4: a bracketed ordinal; any punctuation after it breaks GB/T 15834 B.3.4 but is still a heading.
const BRACKETED = new RegExp(`^([（(])(${CHINESE_ORDINAL}|\\d{1,2})([）)])([、.．，,:：]?)`, 'u')
// Level 1: 一、 (and the wrong forms 一. 一． 一， which numbering-style reports).
const LEVEL_ONE = new RegExp(`^(${CHINESE_ORDINAL})([、.．，,])(?![、.．，,])`, 'u')
// Level 3: 1. 1． 1、 — but not a decimal number (1.2万) or a date (1.15).
const LEVEL_THREE = /^(\d{1,2})([.．、])(?![\d.．、])/u

/** The numbering at the start of `text` (leading white space already removed), or null. */
export function matchNumbering(text: string): Numbering | null {
  const first = text.charCodeAt(0)
  if (first === 0xff08 || first === 40) {
    const match = BRACKETED.exec(text)
    if (!match) return null
    // The groups read by index, not destructured: destructuring goes through the match array's iterator.
    const digits = match[2]!
    // The digits are Chinese numerals or ASCII digits, never a mix: the first tells which.
    const isArabic = isAsciiDigit(digits.charCodeAt(0))
    const ordinal = isArabic ? Number(digits) : parseChineseOrdinal(digits)
    if (ordinal === null || ordinal === 0) return null
    const openHalf = match[1] === '('
    const closeHalf = match[3] === ')'
    return {
      level: isArabic ? 4 : 2,
      ordinal,
      raw: match[0],
      digits,
      punctuation: match[4]!,
      bracket: openHalf === closeHalf ? (openHalf ? 'half' : 'full') : 'mixed',
    }
  }
  if (isAsciiDigit(first)) {
    const match = LEVEL_THREE.exec(text)
    if (!match) return null
    const ordinal = Number(match[1])
    if (ordinal === 0) return null
    return {level: 3, ordinal, raw: match[0], digits: match[1]!, punctuation: match[2]!, bracket: null}
  }
  // Most lines are prose: one look at the first code unit settles them without running the pattern.
  if (!CHINESE_ORDINAL_CODES.has(first)) return null
  const match = LEVEL_ONE.exec(text)
  if (!match) return null
  const ordinal = parseChineseOrdinal(match[1]!)
  if (ordinal === null) return null
  return {level: 1, ordinal, raw: match[0], digits: match[1]!, punctuation: match[2]!, bracket: null}
}

/** Writes an ordinal as Chinese numerals (1 → 一, 11 → 十一, 20 → 二十), up to 99. */
export function formatChineseOrdinal(value: number): string {
  const digits = '〇一二三四五六七八九'
  if (value < 10) return digits[value]!
  const tens = Math.floor(value / 10)
  const units = value % 10
  return (tens === 1 ? '' : digits[tens]!) + '十' + (units === 0 ? '' : digits[units]!)
}
