/** Reads calendar dates: `2023年12月19日`, `二〇二三年十二月十九日`, `2024-02-28`, `2024年02月28日 16:40:00`. */
import {parseChineseOrdinal} from '../parse/numbering.js'
import {parseYearDigits} from './years.js'

export interface DateMention {
  year: number
  month: number
  day: number
  /** Offset of the date in the searched text, and its length. */
  index: number
  length: number
  /** How it is written: Arabic with 年月日, Chinese numerals, or with - . / separators. */
  form: 'arabic' | 'chinese' | 'separated'
  /** The date as written. */
  text: string
}

const ARABIC = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu
const CHINESE = /((?:一九|二〇|二零|二Ｏ)[〇零Ｏ一二三四五六七八九]{2})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/gu
const SEPARATED = /(?<![\d.])((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})(?![\d])/gu

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Every valid date in `text`, in order of appearance. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = []
  for (const match of text.matchAll(ARABIC)) {
    const [whole, year, month, day] = match as unknown as [string, string, string, string]
    found.push({year: Number(year), month: Number(month), day: Number(day), index: match.index!, length: whole.length, form: 'arabic', text: whole})
  }
  for (const match of text.matchAll(CHINESE)) {
    const [whole, year, month, day] = match as unknown as [string, string, string, string]
    const monthValue = parseChineseOrdinal(month)
    const dayValue = parseChineseOrdinal(day)
    if (monthValue === null || dayValue === null) continue
    found.push({year: parseYearDigits(year), month: monthValue, day: dayValue, index: match.index!, length: whole.length, form: 'chinese', text: whole})
  }
  for (const match of text.matchAll(SEPARATED)) {
    const [whole, year, , month, day] = match as unknown as [string, string, string, string, string]
    found.push({year: Number(year), month: Number(month), day: Number(day), index: match.index!, length: whole.length, form: 'separated', text: whole})
  }
  return found.filter((date) => isValidDate(date.year, date.month, date.day)).sort((a, b) => a.index - b.index)
}

/** The date when `text` (trimmed) is nothing but a date, optionally followed by a time of day. */
export function parseDateLine(text: string): DateMention | null {
  const trimmed = text.trim()
  const [date] = findDates(trimmed)
  if (!date || date.index !== 0) return null
  const rest = trimmed.slice(date.length).trim()
  if (rest !== '' && !/^\d{1,2}:\d{2}(?::\d{2})?$/u.test(rest)) return null
  return date
}

/** Compares two dates as numbers yyyymmdd. */
export function dateKey(date: {year: number; month: number; day: number}): number {
  return date.year * 10000 + date.month * 100 + date.day
}
