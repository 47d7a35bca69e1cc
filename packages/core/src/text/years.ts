/** Finds calendar years written as `2023年`, `2023年度` or `二〇二三年` in running text. */

export interface YearMention {
  value: number
  /** Offset of the first digit in the searched text. */
  index: number
  /** Length of the digits (4), without 年. */
  length: number
}

const CHINESE_YEAR_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
}

// A year is four digits followed by 年; "20212025年" (a collapsed span) is not a year.
const YEAR = /(?<![\d０-９])((?:19|20)\d{2}|(?:一九|二〇|二零|二Ｏ)[〇零Ｏ一二三四五六七八九]{2})(?=年)/gu

/** Converts `二〇二三` to 2023; Arabic digits pass through. */
export function parseYearDigits(digits: string): number {
  if (/^\d{4}$/u.test(digits)) return Number(digits)
  return Number([...digits].map((character) => CHINESE_YEAR_DIGITS[character] ?? '').join(''))
}

export function findYears(text: string): YearMention[] {
  const years: YearMention[] = []
  for (const match of text.matchAll(YEAR)) {
    years.push({value: parseYearDigits(match[1]!), index: match.index!, length: match[1]!.length})
  }
  return years
}
