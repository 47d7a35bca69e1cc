/** Finds calendar years written as `2023年`, `2023年度`, `二〇二三年` or `２０２３年` in running text, and year spans `2021—2025年`. */

export interface YearMention {
  value: number
  /** Offset of the first digit in the searched text. */
  index: number
  /** Length of the digits (4), without 年. */
  length: number
  /** True when the year is one end of a span (`2021—2025年`, `2021年至2025年`), not a year on its own. */
  isSpan: boolean
}

export interface YearSpanMention {
  from: number
  to: number
  /** Offset of the span in the searched text, and its length (brackets excluded, 年 included when written). */
  index: number
  length: number
  text: string
}

const CHINESE_YEAR_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
}

const ARABIC_YEAR = '(?:19|20|１９|２０)[\\d０-９]{2}'
const CHINESE_YEAR = '(?:一九|二〇|二零|二Ｏ)[〇零Ｏ一二三四五六七八九]{2}'
/**
 * Every dash a span is written with in real copies (—, －, -, –, ～, ~, ——, 至, 到); a span whose
 * dash was lost in markup (`20212025年`, domain.md §6) is read too.
 */
export const SPAN_DASH = '(?:[-－—–~～―‐‑]{1,2}|至|到)'

// A year is four digits followed by 年; "20212025年" (a collapsed span) is not a year.
const YEAR = new RegExp(`(?<![\\d０-９])(${ARABIC_YEAR}|${CHINESE_YEAR})(?=\\s?年)`, 'gu')
const SPAN = new RegExp(
  `(?<![\\d０-９])(${ARABIC_YEAR})(?:\\s?(?:年度?)?\\s?${SPAN_DASH}\\s?)?(${ARABIC_YEAR})(?![\\d０-９])(?:\\s?年度?)?`,
  'gu',
)

/**
 * Every match of a global pattern in `text`, as matchAll gives them, without the copy of the pattern matchAll
 * makes on each call (these readers run on every heading and closing line of a report). An empty match is
 * skipped past, as matchAll does, so a configured pattern that can match nothing cannot loop forever.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++
    else matches.push(match)
  }
  return matches
}

/** Converts `二〇二三` or `２０２３` to 2023; Arabic digits pass through. */
export function parseYearDigits(digits: string): number {
  if (/^\d{4}$/u.test(digits)) return Number(digits)
  return Number(
    [...digits]
      .map((character) => {
        const code = character.charCodeAt(0)
        if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10)
        return CHINESE_YEAR_DIGITS[character] ?? ''
      })
      .join(''),
  )
}

/** Year spans: `2021—2025年`, `（2015－2020年）`, `2023-2025`, `2021年至2025年`, and the collapsed `20212025年`. */
export function findYearSpans(text: string): YearSpanMention[] {
  const spans: YearSpanMention[] = []
  for (const match of execAll(SPAN, text)) {
    const from = parseYearDigits(match[1]!)
    const to = parseYearDigits(match[2]!)
    // `2023 2024` or `2024-2023` are not spans; a plain `2021-12` is a date, excluded by needing four digits on both ends.
    if (to <= from || to - from > 30) continue
    spans.push({from, to, index: match.index!, length: match[0].length, text: match[0]})
  }
  return spans
}

export function findYears(text: string): YearMention[] {
  // Every year is followed by 年: most headings and lines this reads have none, and are not scanned at all.
  if (!text.includes('年')) return []
  const matches = execAll(YEAR, text)
  if (matches.length === 0) return []
  const spans = findYearSpans(text)
  return matches.map((match) => {
    const index = match.index
    const isSpan = spans.some((span) => span.index <= index && index < span.index + span.length)
    return {value: parseYearDigits(match[1]!), index, length: match[1]!.length, isSpan}
  })
}
