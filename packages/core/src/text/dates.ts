/**
 * Reads calendar dates (`2023年12月19日`, `二〇二三年十二月十九日`, `2024-02-28`, `2024年02月28日 16:40:00`), month ranges
 * (`1-11月`, `1至11月`, `前三季度`) and statistical cut-offs (`截至目前`, `截至11月底`).
 */
import {parseChineseOrdinal} from '../parse/numbering.js'
import {findOccurrences} from './locator.js'
import {execAll, parseYearDigits} from './years.js'

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export interface DateMention extends CalendarDate {
  /** Offset of the date in the searched text, and its length (the time of day excluded). */
  index: number
  length: number
  /** How it is written: Arabic with 年月日, Chinese numerals, or with - . / separators. */
  form: 'arabic' | 'chinese' | 'separated'
  /** The date as written. */
  text: string
  /** A time of day written right after the date (`16:40:00`), as web pages stamp their publication. */
  time?: {hour: number; minute: number; second: number}
  /** Month or day written with a leading zero (`02月`), which GB/T 9704 7.3.5.4 forbids in 成文日期. */
  isZeroPadded: boolean
}

export interface MonthRangeMention {
  /** First and last month covered, 1–12. */
  from: number
  to: number
  /** The year written before the range (`2023年1-11月`), or null. */
  year: number | null
  /** `1-11月` numeric, `一至十一月` Chinese, `前三季度` quarters, `前11个月` a count of months, `上半年` a half. */
  form: 'numeric' | 'chinese' | 'quarters' | 'months' | 'half'
  index: number
  length: number
  text: string
}

export interface CutoffMention {
  /** `now`: 截至目前/当前/发稿时 — the figures stop at an unstated date; `date`: a stated cut-off. */
  kind: 'now' | 'date'
  /** For `date`: the last day covered. `截至11月底` → 11-30; the year is null when not written. */
  year: number | null
  month: number | null
  day: number | null
  index: number
  length: number
  text: string
}

const DIGIT = '[0-9０-９]'
const ARABIC = new RegExp(
  `(?<![0-9０-９])((?:19|20|１９|２０)${DIGIT}{2})\\s*年\\s*(${DIGIT}{1,2})\\s*月\\s*(${DIGIT}{1,2})\\s*日`,
  'gu',
)
const CHINESE = /((?:一九|二〇|二零|二Ｏ|二O)[〇零ＯO一二三四五六七八九]{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/gu
const SEPARATED = /(?<![\d.])((?:19|20)\d{2})([-./／])(\d{1,2})\2(\d{1,2})(?!\d)/gu
const TIME_AFTER = /^(?:[ \t\u3000]{0,3}|[ \t\u3000]*[T日][ \t\u3000]*)([0-2]?\d)\s?[:：]\s?([0-5]\d)(?:\s?[:：]\s?([0-5]\d))?(?!\d)/u

/** Converts Arabic digits, half- or full-width, to a number. */
function parseDigits(digits: string): number {
  // Built in a loop, not map().join(''), whose optimised map() made the join() deoptimise (see nodeText in the model).
  let ascii = ''
  for (const character of digits) {
    const code = character.charCodeAt(0)
    ascii += code >= 0xff10 && code <= 0xff19 ? String(code - 0xff10) : character
  }
  return Number(ascii)
}

/** A month or day in Arabic or Chinese numerals (`11`, `１１`, `十一`); null when it is neither. */
export function parseMonthOrDay(text: string): number | null {
  if (/^[0-9０-９]{1,2}$/u.test(text)) return parseDigits(text)
  return parseChineseOrdinal(text)
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

export function daysInMonth(year: number, month: number): number {
  // Counted for the whole years and months that dates are read with, rather than through a Date object for each date
  // found; Date counts by the same (proleptic Gregorian) calendar, but maps years 0–99 to 1900–1999 and rolls a month
  // outside 1–12 into the next or previous year, so it still answers for those.
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 100 || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function readTime(text: string, end: number): {time: DateMention['time']; length: number} | null {
  const match = TIME_AFTER.exec(text.slice(end, end + 16))
  if (!match) return null
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
  if (hour > 23) return null
  return {time: {hour, minute, second}, length: match[0].length}
}

// What every match of the patterns above holds: ARABIC and CHINESE a 年, SEPARATED an ASCII digit (`\d`, the u flag
// keeping it ASCII). Most lines findDates reads have neither (page chrome, sign-off and heading lines), and the two
// patterns with a look-behind at their start are slow to skip ahead through a text that has no match.
const ASCII_DIGIT = /[0-9]/u

/** False when `text` holds no date that findDates finds: every one has a 年 or an ASCII digit. */
export function mayHoldDate(text: string): boolean {
  return text.includes('年') || ASCII_DIGIT.test(text)
}

/** Every valid date in `text`, in order of appearance. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = []
  const add = (match: RegExpMatchArray, form: DateMention['form'], year: number, monthText: string, dayText: string) => {
    const month = parseMonthOrDay(monthText)
    const day = parseMonthOrDay(dayText)
    if (month === null || day === null || !isValidDate(year, month, day)) return
    const index = match.index!
    const time = readTime(text, index + match[0].length)
    const mention: DateMention = {
      year,
      month,
      day,
      index,
      length: match[0].length,
      form,
      text: match[0],
      isZeroPadded: form !== 'chinese' && (/^[0０]/u.test(monthText) || /^[0０]/u.test(dayText)),
    }
    // Set after, not spread into the literal (`...(time ? {time} : {})`), which made every date's object on V8's slow path.
    if (time) mention.time = time.time
    found.push(mention)
  }
  if (text.includes('年')) {
    for (const match of execAll(ARABIC, text)) add(match, 'arabic', parseYearDigits(match[1]!), match[2]!, match[3]!)
    for (const match of execAll(CHINESE, text)) add(match, 'chinese', parseYearDigits(match[1]!), match[2]!, match[3]!)
  }
  if (ASCII_DIGIT.test(text)) for (const match of execAll(SEPARATED, text)) add(match, 'separated', Number(match[1]), match[3]!, match[4]!)
  return found.sort((a, b) => a.index - b.index)
}

/** The date when `text` (trimmed) is nothing but a date, optionally followed by a time of day. */
export function parseDateLine(text: string): DateMention | null {
  const trimmed = text.trim()
  const [date] = findDates(trimmed)
  if (!date || date.index !== 0) return null
  const rest = trimmed.slice(date.length).trim()
  if (rest !== '' && !/^[T日]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u.test(rest)) return null
  return date
}

/** Compares two dates as numbers yyyymmdd. */
export function dateKey(date: CalendarDate): number {
  return date.year * 10000 + date.month * 100 + date.day
}

/** `2024-02-28`, for data and messages that need one spelling. */
export function formatIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

/** `2024年2月28日`, the GB/T 9704 7.3.5.4 spelling. */
export function formatChineseDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`
}

const MONTH = `(?:${DIGIT}{1,2}|[一二三四五六七八九十]{1,2})`
// The dashes of a range, the hyphen escaped so that the list may stand anywhere in a class.
const DASHES = '\\-－—–~～―‐‑'
const RANGE_DASH = `(?:[${DASHES}]{1,2}|至|到)`
// `2023年` / `2023年度 ` before a month or range, its digits captured.
const YEAR_WRITTEN = `((?:19|20|１９|２０)${DIGIT}{2})\\s*年(?:度)?\\s*`
const YEAR_PREFIX = `(?:${YEAR_WRITTEN})?`
// `1-11月`, `1月-11月`, `1至11月份`, `一至十一月`. The start may not follow a digit or a dot (`2023-11月` is not 2023
// to 11): checked in code, since a look-behind at the start of the pattern makes the engine slow to skip ahead.
// Sticky: tried only where findMonthRangeMatches says a range may start.
const MONTH_RANGE = new RegExp(`(${MONTH})\\s*月?\\s*${RANGE_DASH}\\s*(${MONTH})\\s*月(?:份)?(?![0-9０-９]|日)`, 'uy')
const DIGIT_OR_DOT = /[0-9０-９.．]/u
// Every character MONTH_RANGE matches: the numerals of MONTH, white space, 月, 份, and the dashes, 至 and 到 of RANGE_DASH.
const MONTH_RANGE_CHARACTER = new RegExp(`[\\s0-9０-９一二三四五六七八九十月份至到${DASHES}]`, 'u')
const RANGE_DASH_CHARACTER = new RegExp(`[${DASHES}至到]`, 'u')
// 前三季度, 前11个月, 前十一个月, 上半年. Sticky: tried only where findLeadingPeriods says one may start.
const LEADING_PERIOD = new RegExp(`前([一二三1-3])个?季度|前(${MONTH})个月|(上半年)`, 'uy')
// The year a range may be prefixed with (`2023年1-11月`, `2023年度前三季度`), read backwards from the range. The
// two patterns above start with what is always there, so the engine can skip ahead to it; a pattern starting
// with this optional year would be tried at every character of the report.
const YEAR_BEFORE = new RegExp(`${YEAR_WRITTEN}$`, 'u')
const YEAR_BEFORE_REACH = 16

/** The year written right before `index` (`2023年`, `2023年度 `) and where it starts, if any. */
function findYearBefore(text: string, index: number): {year: number; start: number} | null {
  const from = Math.max(0, index - YEAR_BEFORE_REACH)
  const match = YEAR_BEFORE.exec(text.slice(from, index))
  return match ? {year: parseYearDigits(match[1]!), start: from + match.index} : null
}

/**
 * Every match of MONTH_RANGE in `text`, as a global scan (matchAll) finds them. A match is a run of
 * MONTH_RANGE_CHARACTERs with a 月 and a RANGE_DASH character in it, and reports write 月 a few times in
 * thousands of characters: so this goes from 月 to 月, takes the whole run of range characters around each,
 * and tries the pattern at each position of a run that has a dash too, from its start, resuming after each
 * match. The pattern run over the whole report was tried at every numeral (一, 二, 十 …), its main cost.
 */
function findMonthRangeMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  for (let month = text.indexOf('月'); month !== -1; ) {
    let start = month
    while (start > 0 && MONTH_RANGE_CHARACTER.test(text[start - 1]!)) start--
    let end = month + 1
    while (end < text.length && MONTH_RANGE_CHARACTER.test(text[end]!)) end++
    if (RANGE_DASH_CHARACTER.test(text.slice(start, end))) {
      for (let position = start; position < end; ) {
        MONTH_RANGE.lastIndex = position
        const match = MONTH_RANGE.exec(text)
        if (match) matches.push(match)
        position = match ? MONTH_RANGE.lastIndex : position + 1
      }
    }
    // The run ends before a character that is no range character: the next run starts after it.
    month = text.indexOf('月', end)
  }
  return matches
}

const UP = '上'.charCodeAt(0)

/**
 * Every match of LEADING_PERIOD in `text`, as a global scan (matchAll) finds them. A match starts at a 前, or is 上半年
 * and so has its 半 second; it holds no other 前 or 半. So the pattern is tried at each 前 and at each 上 before a 半,
 * in order (both found by indexOf, much faster on a report than the pattern's own scan or indexOf('上半年')), and no
 * start falls inside an earlier match. Measured on the corpus reports: findMonthRanges 6.5 → 5.4 µs a report, of
 * which the three indexOf scans (月, 前, 半) now take 4.5.
 */
function findLeadingPeriods(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let before = text.indexOf('前')
  let half = text.indexOf('半')
  while (before !== -1 || half !== -1) {
    const atBefore = before !== -1 && (half === -1 || before < half)
    if (atBefore || (half > 0 && text.charCodeAt(half - 1) === UP)) {
      LEADING_PERIOD.lastIndex = atBefore ? before : half - 1
      const match = LEADING_PERIOD.exec(text)
      if (match) matches.push(match)
    }
    if (atBefore) before = text.indexOf('前', before + 1)
    else half = text.indexOf('半', half + 1)
  }
  return matches
}

/** Month ranges within a year (`2023年1-11月`, `1至11月`, `前三季度`, `上半年`), in order of appearance. */
export function findMonthRanges(text: string): MonthRangeMention[] {
  const ranges: MonthRangeMention[] = []
  const withYear = (index: number, length: number) => {
    const year = findYearBefore(text, index)
    const start = year?.start ?? index
    return {year: year?.year ?? null, index: start, length: index + length - start, text: text.slice(start, index + length)}
  }
  for (const match of findMonthRangeMatches(text)) {
    if (match.index > 0 && DIGIT_OR_DOT.test(text[match.index - 1]!)) continue
    const from = parseMonthOrDay(match[1]!)
    const to = parseMonthOrDay(match[2]!)
    if (from === null || to === null || from < 1 || to > 12 || from >= to) continue
    const isChinese = !/[0-9０-９]/u.test(match[1]!)
    ranges.push({from, to, form: isChinese ? 'chinese' : 'numeric', ...withYear(match.index, match[0].length)})
  }
  for (const match of findLeadingPeriods(text)) {
    const base = {from: 1, ...withYear(match.index, match[0].length)}
    if (match[1]) {
      const quarters = parseMonthOrDay(match[1])
      if (quarters !== null) ranges.push({...base, to: quarters * 3, form: 'quarters'})
    } else if (match[2]) {
      const months = parseMonthOrDay(match[2])
      if (months !== null && months >= 1 && months <= 12) ranges.push({...base, to: months, form: 'months'})
    } else {
      ranges.push({...base, to: 6, form: 'half'})
    }
  }
  return ranges.sort((a, b) => a.index - b.index)
}

// Both cut-off patterns start with this verb, hence with 截; they are sticky, tried only at a 截 (findCutoffs).
const CUTOFF_VERB = '(?:截至|截止(?:到|至)?|截到)'
const CUTOFF_VERB_START = '截'
const CUTOFF_NOW = new RegExp(`${CUTOFF_VERB}\\s*(?:目前|当前|现在|今天|今日|发稿时?|本报告(?:成文|撰写|起草)时|报告(?:成文|撰写|起草)时)(?:为止)?`, 'uy')
// 截至11月底, 截至2023年10月末, 截至11月30日, 截至十一月底, 截至三季度末, 截至2023年底.
const CUTOFF_DATE = new RegExp(
  `${CUTOFF_VERB}\\s*${YEAR_PREFIX}(?:(${MONTH})\\s*月(?:份)?\\s*(?:(${DIGIT}{1,2}|[一二三四五六七八九十]{1,3})\\s*日|(底|末|中旬|上旬|下旬|份|中))?|([一二三四1-4])\\s*季度\\s*(?:末|底)|(年底|年末|年终|底|末))`,
  'uy',
)

/**
 * Every match of a sticky pattern that can only start at one of `starts` (ascending), as a global scan
 * (matchAll) finds them: tried at each start from the end of the last match.
 */
function findAtStarts(text: string, pattern: RegExp, starts: number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let resume = 0
  for (const start of starts) {
    if (start < resume) continue
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (!match) continue
    matches.push(match)
    resume = pattern.lastIndex
  }
  return matches
}

/** Statistical cut-offs (`截至目前`, `截至11月底`, `截至2023年10月末`, `截至11月30日`), in order of appearance. */
export function findCutoffs(text: string): CutoffMention[] {
  const cutoffs: CutoffMention[] = []
  // A report has a few 截 in thousands of characters: the patterns are tried there only.
  const verbStarts = findOccurrences(text, CUTOFF_VERB_START)
  for (const match of findAtStarts(text, CUTOFF_NOW, verbStarts)) {
    cutoffs.push({kind: 'now', year: null, month: null, day: null, index: match.index!, length: match[0].length, text: match[0]})
  }
  for (const match of findAtStarts(text, CUTOFF_DATE, verbStarts)) {
    const year = match[1] ? parseYearDigits(match[1]) : null
    let month: number | null = null
    let day: number | null = null
    if (match[2]) {
      month = parseMonthOrDay(match[2])
      if (month === null || month > 12) continue
      const part = match[4]
      if (match[3]) day = parseMonthOrDay(match[3])
      else if (part === '上旬') day = 10
      else if (part === '中旬' || part === '中') day = 20
      // 底, 末, 下旬, 份 or nothing: the month is meant whole.
      else day = daysInMonth(year ?? 2001, month)
      if (day === null) continue
    } else if (match[5]) {
      const quarter = parseMonthOrDay(match[5])
      if (quarter === null) continue
      month = quarter * 3
      day = daysInMonth(2001, month)
    } else if (match[6]) {
      ;[month, day] = [12, 31]
    } else {
      // `截至2023年` alone names no day.
      continue
    }
    cutoffs.push({kind: 'date', year, month, day, index: match.index!, length: match[0].length, text: match[0]})
  }
  return cutoffs.sort((a, b) => a.index - b.index)
}
