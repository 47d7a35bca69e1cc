/**
 * Reads the figures of running text as a reviewer does: Arabic and Chinese numerals, 万/亿 scales,
 * percentages (`99.8%`, `百分之九十九点八`, `9成`), hedges (余 多 近 约 以上 …) kept as bounds, and the
 * classifier that says what was counted. Years, dates, ordinals, document numbers and words such as
 * 一体化 or 十四五 are not figures and are left out.
 */
import {codeAt, isAsciiDigit, isAsciiLetter} from './code-units.js'
import {findFirstAtOrAfter, findOccurrences} from './locator.js'

/** How a hedge word limits the figure. */
export type NumberBound = 'exact' | 'at-least' | 'at-most' | 'about' | 'range'

export interface NumberMention {
  /** The figure as written, hedges and classifier included. */
  text: string
  /** Offset of `text` in the searched text, and its length. */
  index: number
  length: number
  /** The value with its scale applied (`1.2万` → 12000); for percentages the percent value (`99.8%` → 99.8). */
  value: number
  /** What was counted: a classifier (`件`, `人次`, `元` for `万元`), `%` for percentages, null when none follows. */
  unit: string | null
  /** The scale word's multiplier (`万` → 10000), 1 when none. */
  scale: number
  isPercent: boolean
  /**
   * Digits after the decimal point as written, up to MAX_DECIMALS; −1 for tenths written as 成 (`9成`).
   */
  decimals: number
  /**
   * Half the last written unit: how far the true value may lie from `value` because of rounding
   * (`99.8%` → 0.05, `1.2万` → 500); 0 for a whole count written out in full.
   */
  tolerance: number
  /** The hedge words, as written (`余`, `近`, `以上`, …). */
  hedges: string[]
  bound: NumberBound
  /** The least and greatest values the text allows (rounding and hedges applied; ±Infinity when open). */
  low: number
  high: number
  form: 'arabic' | 'chinese' | 'mixed'
}

const FULL_WIDTH_DIGIT_OR_POINT = /[０-９．]/gu
const HAS_FULL_WIDTH_DIGIT_OR_POINT = /[０-９．]/u

/** Replaces full-width digits and point with ASCII ones, keeping every offset. */
function toHalfWidth(text: string): string {
  // Tested first: most texts have none, and a test is cheaper than a replace that finds nothing.
  if (!HAS_FULL_WIDTH_DIGIT_OR_POINT.test(text)) return text
  return text.replace(FULL_WIDTH_DIGIT_OR_POINT, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
}

const CHINESE_DIGITS: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const SMALL_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000}
const LARGE_UNITS: Record<string, number> = {万: 1e4, 亿: 1e8}

/** Value of a section below 万 (`一千二百`, `十二`, `三百零五`, colloquial `一千二` = 1200); null when malformed. */
function parseSection(text: string): number | null {
  let total = 0
  let digit: number | null = null
  let lastUnit = 10_000
  let sawZero = false
  for (const character of text) {
    if (character in CHINESE_DIGITS) {
      // Two digits in a row (十四五, 八五) are names, not numbers, unless a 零 separates them.
      if (digit !== null && !(sawZero && digit === 0)) return null
      digit = CHINESE_DIGITS[character]!
      if (digit === 0) sawZero = true
      continue
    }
    const unit = SMALL_UNITS[character]
    if (unit === undefined || unit >= lastUnit) return null
    if (digit === 0) return null
    // Only 十 may stand without a digit, and only first (十二); 千百 is not a number.
    if (digit === null && !(unit === 10 && total === 0 && lastUnit === 10_000)) return null
    total += (digit ?? 1) * unit
    digit = null
    lastUnit = unit
    sawZero = false
  }
  if (digit !== null) {
    // 一千二 means 一千二百: a bare last digit takes the unit below the last one.
    total += lastUnit < 10_000 && lastUnit > 10 && !sawZero ? (digit * lastUnit) / 10 : digit
  }
  return total
}

/**
 * Value of a Chinese numeral (`二十三`, `一千二百`, `两千`, `一万二千`, `三亿`, `九十九点八`); null when the
 * characters do not form a number (`十四五`, `八五`, `一二三`).
 */
export function parseChineseNumber(text: string): number | null {
  const [integerPart, fraction] = text.split('点') as [string, string | undefined]
  if (integerPart === '' || text.split('点').length > 2) return null
  let total = 0
  let rest = integerPart
  let lastLarge = Infinity
  for (const large of ['亿', '万'] as const) {
    const at = rest.indexOf(large)
    if (at === -1) continue
    const head = rest.slice(0, at)
    const multiplier = LARGE_UNITS[large]!
    if (multiplier >= lastLarge) return null
    const headValue = head === '' ? 1 : parseSection(head)
    if (headValue === null) return null
    total += headValue * multiplier
    lastLarge = multiplier
    rest = rest.slice(at + 1)
    if (rest.startsWith('零')) rest = rest.slice(1)
  }
  if (rest !== '') {
    if (/[万亿]/u.test(rest)) return null
    let restValue = parseSection(rest)
    if (restValue === null) return null
    // 一万二 means 一万二千, as 一千二 means 一千二百.
    if (lastLarge !== Infinity && /^[一二两三四五六七八九]$/u.test(rest) && !integerPart.includes('零')) restValue *= lastLarge / 10
    total += restValue
  }
  if (fraction === undefined) return total
  if (fraction === '' || ![...fraction].every((character) => character in CHINESE_DIGITS && character !== '两')) return null
  return Number(`${total}.${[...fraction].map((character) => CHINESE_DIGITS[character]).join('')}`)
}

/**
 * Classifiers, longest first so that 人次 wins over 人. 年, 月 and 日 are durations here; dates and
 * years are recognised before a classifier is looked for.
 */
const UNITS = [
  '平方公里', '平方米', '个工作日', '个百分点', '百分点', '个月', '工作日', '小时', '分钟', '公里', '公顷', '千米',
  '人次', '户次', '家次', '件次', '批次', '场次', '车次', '架次', '立方米',
  '件', '宗', '起', '次', '个', '人', '名', '位', '项', '份', '家', '户', '场', '条', '卷', '篇', '部', '所', '处', '座', '台',
  '辆', '张', '本', '册', '期', '轮', '批', '笔', '单', '天', '日', '周', '年', '米', '亩', '吨', '套', '支', '元', '例',
  '间', '盏', '块', '门', '类',
]
const UNIT_PATTERN = UNITS.join('|')

// Hedge words, by the bound they set; a group earlier in the list wins (不超过 is at-most, not 超过 at-least).
const PREFIX_HEDGES: [string[], NumberBound][] = [
  [['不超过', '不到', '不足', '将近', '接近', '近'], 'at-most'],
  [['超过', '逾', '不少于', '不低于', '至少', '多于'], 'at-least'],
  [['大约', '约'], 'about'],
]
const SUFFIX_HEDGES: [string[], NumberBound][] = [
  [['以上', '之多'], 'at-least'],
  [['以下', '以内'], 'at-most'],
  [['左右', '上下'], 'about'],
]

/** Whether `text` has `word` just before `end` (startsWith would read a word cut short at the start of the text). */
function endsWithAt(text: string, word: string, end: number): boolean {
  return end >= word.length && text.startsWith(word, end - word.length)
}

// The codes of the characters hedge words end with (before a figure) and start with (after one): most figures have a
// character beside them that is none of these, and need no word compared. Codes, not one-character strings: reading a
// CJK character as a string allocates one at every figure.
const PREFIX_HEDGE_LAST = new Set(PREFIX_HEDGES.flatMap(([words]) => words.map((word) => word.charCodeAt(word.length - 1))))
const SUFFIX_HEDGE_FIRST = new Set(SUFFIX_HEDGES.flatMap(([words]) => words.map((word) => word.charCodeAt(0))))

/** The hedge word `text` has just before `start` and the bound it sets: the first group's longest word (将近 over 近). */
function findPrefixHedge(text: string, start: number): [string, NumberBound] | null {
  // codeAt: a figure at the start of the text has nothing before it (NaN, which the set does not hold).
  if (!PREFIX_HEDGE_LAST.has(codeAt(text, start - 1))) return null
  for (const [words, bound] of PREFIX_HEDGES) {
    let found: string | null = null
    for (const word of words) if (endsWithAt(text, word, start) && (found === null || word.length > found.length)) found = word
    if (found !== null) return [found, bound]
  }
  return null
}

/** The hedge word `text` has at `end` and the bound it sets. */
function findSuffixHedge(text: string, end: number): [string, NumberBound] | null {
  if (!SUFFIX_HEDGE_FIRST.has(codeAt(text, end))) return null
  for (const [words, bound] of SUFFIX_HEDGES) for (const word of words) if (text.startsWith(word, end)) return [word, bound]
  return null
}

// A figure: sign, Arabic or Chinese digits, an optional range to a second figure, a scale word,
// 余/多, then what follows (classifier, %, 成). Chinese figures need 百分之, a classifier or 余 after them
// to count, since bare numerals are words (一体化, 统一, 一是, 十四五).
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?`
const CHINESE = String.raw`[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?`
// What must follow a Chinese numeral for it to be a figure (余/多, %, 成, a classifier, or a range to Arabic
// digits): checked inside the pattern, so the numerals of 一体化, 统一 and 一是 — most numerals in a report — are
// never matched and handed to readFigure only to be dropped.
const CHINESE_FIGURE_FOLLOWS = String.raw`(?=[余多%％成]|[-－~～至到—]\d|(?:${UNIT_PATTERN}))`
const FIGURE_SOURCE =
  String.raw`(?<sign>[-－−])?(?:(?<percentWord>百分之|千分之)(?<percentChinese>${CHINESE}|\d+(?:\.\d+)?)|(?<arabic>${ARABIC})(?<arabicScale>千万|百万|十万|万亿|万|亿|千)?|(?<chinese>${CHINESE})${CHINESE_FIGURE_FOLLOWS})` +
    String.raw`(?:(?<rangeMark>[-－~～至到—])(?<rangeEnd>${ARABIC})(?<rangeScale>万|亿)?)?` +
    String.raw`(?<approx>余|多)?(?:(?<percent>[%％])|(?<tenths>成)(?![功为立绩员本果效熟长型都不交])(?<tenthsDigit>[一二三四五六七八九])?|(?<unit>${UNIT_PATTERN}))?`

/** FIGURE's groups, in the order they open in FIGURE_SOURCE. */
const FIGURE_GROUPS = ['sign', 'percentWord', 'percentChinese', 'arabic', 'arabicScale', 'chinese', 'rangeMark', 'rangeEnd', 'rangeScale', 'approx', 'percent', 'tenths', 'tenthsDigit', 'unit'] as const

type FigureGroups = Record<(typeof FIGURE_GROUPS)[number], string | undefined>

/**
 * FIGURE_SOURCE with its groups unnamed: a match with named groups builds a `groups` object of 14 properties in
 * dictionary mode, which, with reading it, was a third of reading figures; figureGroups reads the same groups by number
 * into an object of one fixed shape.
 */
const FIGURE = new RegExp(FIGURE_SOURCE.replace(/\(\?<([A-Za-z]+)>/gu, '('), 'gu')
{
  const names = [...FIGURE_SOURCE.matchAll(/\(\?<([A-Za-z]+)>/gu)].map((match) => match[1])
  const groupCount = new RegExp(`${FIGURE.source}|`, 'u').exec('')!.length - 1
  if (names.join() !== FIGURE_GROUPS.join() || groupCount !== FIGURE_GROUPS.length) throw new Error('FIGURE_GROUPS must list the groups of FIGURE_SOURCE, and FIGURE_SOURCE have no other group')
}

function figureGroups(match: RegExpExecArray): FigureGroups {
  return {
    sign: match[1],
    percentWord: match[2],
    percentChinese: match[3],
    arabic: match[4],
    arabicScale: match[5],
    chinese: match[6],
    rangeMark: match[7],
    rangeEnd: match[8],
    rangeScale: match[9],
    approx: match[10],
    percent: match[11],
    tenths: match[12],
    tenthsDigit: match[13],
    unit: match[14],
  }
}

// 成 as tenths in FIGURE: right after a numeral, a scale word or 余/多.
const BEFORE_TENTHS = '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿余多'
const TENTHS_MARK = new RegExp(`[${BEFORE_TENTHS}]成`, 'u')
const IS_BEFORE_TENTHS = new Set([...BEFORE_TENTHS].map((character) => character.charCodeAt(0)))

/**
 * Whether `text` may hold a percentage as findNumbers reads them (`%`/`％`, 百分之/千分之, 9成): a text without
 * one of these marks states no rate, and needs no reading of its figures.
 *
 * With `from` and `to`, whether `text.slice(from, to)` may: answered from the marks of the whole text, found once,
 * so that asking this of every paragraph of a report scans the report once, not each paragraph again.
 */
export function mayStatePercentage(text: string, from = 0, to = text.length): boolean {
  if (from === 0 && to === text.length) {
    // includes() first: most sentences have none of these, and a plain substring search is far cheaper.
    return text.includes('%') || text.includes('％') || text.includes('分之') || (text.includes('成') && TENTHS_MARK.test(text))
  }
  if (lastMarks?.text !== text) lastMarks = {text, ...findPercentageMarks(text)}
  else lastMarks.text = text // keepNewestString
  // Marks are one or two characters long and no two start together, so their ends rise with their starts: the first
  // mark that starts at or after `from` ends first, and the stretch holds a mark exactly when it holds that one.
  const index = findFirstAtOrAfter(lastMarks.starts, from)
  return index < lastMarks.starts.length && lastMarks.ends[index]! <= to
}

// The marks of the text asked about last: the rules ask about every paragraph of the same report in turn.
// keepNewestString: a slot found to hold the same text keeps the string it was just asked with. A report linted again
// (the language server) comes as another string of the same text, which `!==` compares character by character at every
// call; the string of the lint under way is then compared by reference.
let lastMarks: {text: string; starts: number[]; ends: number[]} | undefined

/** Where the text holds what mayStatePercentage looks for (%, ％, 分之, 成 after a numeral), in order of start. */
function findPercentageMarks(text: string): {starts: number[]; ends: number[]} {
  const marks: {start: number; end: number}[] = []
  for (const word of ['%', '％', '分之']) {
    for (const at of findOccurrences(text, word)) marks.push({start: at, end: at + word.length})
  }
  for (let at = text.indexOf('成', 1); at !== -1; at = text.indexOf('成', at + 1)) {
    if (IS_BEFORE_TENTHS.has(text.charCodeAt(at - 1))) marks.push({start: at - 1, end: at + 1})
  }
  marks.sort((a, b) => a.start - b.start)
  // Pushed, not mapped: findFirstAtOrAfter then always searches packed arrays, as findOccurrences makes them (map's
  // are holey), and V8 need not recompile it, and the rules it is inlined into, for a second kind of array.
  const starts: number[] = []
  const ends: number[] = []
  for (const mark of marks) {
    starts.push(mark.start)
    ends.push(mark.end)
  }
  return {starts, ends}
}

const YEAR_IN_BRACKETS = /[〔［[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]/gu
const SHORT_QUOTATION = /“[^“”\n]{1,16}”|"[^"\n]{1,16}"|‘[^‘’\n]{1,16}’/gu

/**
 * The matches of one of the patterns above (〔〕, [], 【】 brackets round a year; short “” quotations: figures inside
 * are document numbers or slogans) in a text, found from its start only as far as they are asked about. Whether an
 * offset lies in a match needs only the matches that start at or before it, and these are the same however far the
 * search goes: each continues from the end of the last. So a sentence's figures need the text searched only up to
 * them, not to the end of its paragraph (all the spans of the corpus paragraphs read cost 2.6 µs a report).
 */
class SpanScan {
  readonly #starts: number[] = []
  readonly #ends: number[] = []
  /** Where the next search starts; −1 when the text holds no further match. */
  #next = 0

  constructor(
    readonly pattern: RegExp,
    readonly text: string,
  ) {}

  /** Whether `offset` lies in a match. */
  contains(offset: number): boolean {
    const starts = this.#starts
    const ends = this.#ends
    // Every match starting at or before `offset` is known once one starting after it is, or none is left.
    while (this.#next !== -1 && (starts.length === 0 || starts[starts.length - 1]! <= offset)) {
      this.pattern.lastIndex = this.#next
      const match = this.pattern.exec(this.text)
      if (match === null) {
        this.#next = -1
      } else {
        starts.push(match.index)
        ends.push(match.index + match[0].length)
        // Neither pattern matches an empty string, so each search moves on.
        this.#next = this.pattern.lastIndex
      }
    }
    // Matches of one pattern do not overlap, and come in order.
    for (let index = 0; index < starts.length && starts[index]! <= offset; index++) if (offset < ends[index]!) return true
    return false
  }
}

function decimalsOf(digits: string): number {
  const point = digits.indexOf('.')
  return point === -1 ? 0 : digits.length - point - 1
}

const SCALES: Record<string, number> = {千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12}

/** Significant-digit unit of a whole number: 300 → 100, 2560 → 10, 7 → 1 (what 余 adds less than). */
function lastSignificantUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1
  let unit = 1
  while (value % (unit * 10) === 0) unit *= 10
  return unit
}

/**
 * Every figure in `text`, in order. Offsets refer to `text` as given (full-width digits included).
 *
 * With `from` and `to`, the figures of that stretch only, read with the whole text as their context (hedges,
 * brackets, quotations): a rule that needs two sentences of a long paragraph reads only those. When the characters
 * just before `from` and at `to` can be no part of a figure, as sentence ends (。！？；) cannot, these are exactly
 * the figures a reading of the whole text finds in the stretch: no figure runs across either end, the whole reading
 * starts afresh after the first, and the pattern's look-aheads see the second as they see the end of the text.
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  if (lastReader?.text !== text) lastReader = new NumberReader(text)
  else lastReader.text = text // keepNewestString
  return lastReader.findBetween(from, to)
}

// The text read last: a paragraph read sentence by sentence is handed over again and again, and its half-width
// copy is made, and its excluded spans searched for, once.
let lastReader: NumberReader | undefined

/** One text, with what reading any stretch of it needs. */
class NumberReader {
  readonly normal: string
  readonly #yearsInBrackets: SpanScan
  readonly #shortQuotations: SpanScan

  constructor(public text: string) {
    this.normal = toHalfWidth(text)
    this.#yearsInBrackets = new SpanScan(YEAR_IN_BRACKETS, this.normal)
    this.#shortQuotations = new SpanScan(SHORT_QUOTATION, this.normal)
  }

  /** Whether a figure starting at `start` starts in a year in brackets or a short quotation. */
  isExcluded(start: number): boolean {
    return this.#yearsInBrackets.contains(start) || this.#shortQuotations.contains(start)
  }

  findBetween(from: number, to: number): NumberMention[] {
    const {text, normal} = this
    // The pattern runs up to `to` only, so that a sentence's reading stops at its end; the context is read in `normal`.
    const searched = to < normal.length ? normal.slice(0, to) : normal
    const mentions: NumberMention[] = []
    FIGURE.lastIndex = from
    for (let match = FIGURE.exec(searched); match !== null; match = FIGURE.exec(searched)) {
      const groups = figureGroups(match)
      // Bare Chinese numerals are words (一体化, 统一, 一是); most matches are these, so drop them before any work.
      if (groups.chinese && !groups.approx && !groups.unit && !groups.percent && !groups.tenths) continue
      let start = match.index
      const end = start + match[0].length
      // A minus sign only before a percentage, and only when no figure precedes it (1-11 is a range).
      const isNegative =
        Boolean(groups.sign) && Boolean(groups.percent || groups.percentWord) && !/[\d零〇一二两三四五六七八九十百千万亿A-Za-z]/u.test(normal[start - 1] ?? '')
      if (groups.sign && !isNegative) start += 1
      if (this.isExcluded(start)) continue
      const mention = readFigure(groups, normal, start, end, isNegative)
      if (!mention) continue
      // Hedges before and after the figure.
      let hedgeStart = start
      let hedgeEnd = end
      const hedges = mention.hedges
      let bound = mention.bound
      const prefix = findPrefixHedge(normal, start)
      if (prefix) {
        hedges.unshift(prefix[0])
        hedgeStart -= prefix[0].length
        bound = combineBounds(bound, prefix[1])
      }
      const suffix = findSuffixHedge(normal, end)
      if (suffix) {
        hedges.push(suffix[0])
        hedgeEnd += suffix[0].length
        bound = combineBounds(bound, suffix[1])
      }
      const [low, high] = boundsOf(mention.value, mention.tolerance, bound, mention.rangeHigh, mention.approxUnit)
      mentions.push({
        text: text.slice(hedgeStart, hedgeEnd),
        index: hedgeStart,
        length: hedgeEnd - hedgeStart,
        value: mention.value,
        unit: mention.unit,
        scale: mention.scale,
        isPercent: mention.isPercent,
        decimals: mention.decimals,
        tolerance: mention.tolerance,
        hedges,
        bound,
        low,
        high,
        form: mention.form,
      })
    }
    return mentions
  }
}

function combineBounds(current: NumberBound, hedge: NumberBound): NumberBound {
  if (current === 'exact') return hedge
  if (current === hedge) return current
  return 'about'
}

function boundsOf(value: number, tolerance: number, bound: NumberBound, rangeHigh: number | null, approxUnit: number): [number, number] {
  switch (bound) {
    case 'exact':
      return [value - tolerance, value + tolerance]
    case 'range':
      return [value - tolerance, (rangeHigh ?? value) + tolerance]
    case 'at-least':
      // 余 and 多 stay below the next unit of the last written digit (300余 < 400); 以上 is open.
      return [value - tolerance, approxUnit > 0 ? value + approxUnit : Infinity]
    case 'at-most':
      return [-Infinity, value + tolerance]
    case 'about':
      return [-Infinity, Infinity]
  }
}

interface ReadFigure {
  value: number
  unit: string | null
  scale: number
  isPercent: boolean
  decimals: number
  tolerance: number
  hedges: string[]
  bound: NumberBound
  rangeHigh: number | null
  /** For 余/多: the unit the surplus stays under; 0 when open. */
  approxUnit: number
  form: NumberMention['form']
}

const YEAR_LIKE = /^(?:19|20)\d{2}$/u

/**
 * Decimals counted at most: a double holds 17 significant digits, so further ones change neither the value nor, in
 * effect, its rounding tolerance; and toFixed(), which rules format figures with, refuses more than 100.
 */
export const MAX_DECIMALS = 20

/** `:` or `：`, as in 16:40. */
function isTimeColon(code: number): boolean {
  return code === 0x3a || code === 0xff1a
}

/** `-`, `.`, `/` or `－`, as in 2024-01-05 and 0757-8888. */
function isDateSeparator(code: number): boolean {
  return code === 0x2d || code === 0x2e || code === 0x2f || code === 0xff0d
}

// The codes of the characters readFigure looks for beside a figure.
const ORDINAL_MARK = '第'.charCodeAt(0)
const ITEM_MARK = '其'.charCodeAt(0)
const MONTH_MARK = '月'.charCodeAt(0)
const NUMBER_MARK = '号'.charCodeAt(0)
const YEAR_MARK = '年'.charCodeAt(0)
const YEAR_DU_MARK = '度'.charCodeAt(0)

/**
 * Interprets one regex match, `text.slice(start, end)`, or null when it is not a figure (a year, date, ordinal, name).
 * The text around it is read where it stands, not cut out: this runs for every figure.
 */
function readFigure(groups: FigureGroups, text: string, start: number, end: number, isNegative: boolean): ReadFigure | null {
  // The characters around the figure are compared by code, not as strings or with regular expressions: this runs for
  // every figure, and reading a CJK character as a string allocates one.
  // codeAt, as a figure at the start of the text has no characters before it (and one at the end none after).
  const previousCode = codeAt(text, start - 1)
  const isDigitBeforePrevious = isAsciiDigit(codeAt(text, start - 2))
  const nextCode = codeAt(text, end)
  if (isAsciiLetter(previousCode) || isAsciiLetter(nextCode)) return null
  // Ordinals and numbered items: 第一, 第3次, 其一.
  if ((previousCode === ORDINAL_MARK || previousCode === ITEM_MARK) && !groups.percentWord) return null
  // Times of day (16:40) and dotted dates (12.4 is caught by quotations; 2024.1.5 by the year test below).
  if ((isTimeColon(nextCode) && isAsciiDigit(codeAt(text, end + 1))) || (isTimeColon(previousCode) && isDigitBeforePrevious)) return null
  // Parts of dates, telephone and serial numbers: 2024-01-05, 0757-8888, 1.2.3.
  if (isDateSeparator(previousCode) && isDigitBeforePrevious) return null
  const unit = groups.unit ?? null
  const isPercent = Boolean(groups.percent || groups.percentWord || groups.tenths)
  // Months and days: 12月19日, 1-11月, 十二月十九日; 79号 is a document or house number.
  if (!unit && !isPercent && (nextCode === MONTH_MARK || nextCode === NUMBER_MARK)) return null
  if (unit === '日' && previousCode === MONTH_MARK) return null

  let value: number
  let decimals = 0
  let scale = 1
  let form: NumberMention['form'] = 'arabic'
  let isRounded = false
  if (groups.percentWord) {
    const digits = groups.percentChinese!
    const isArabic = isAsciiDigit(digits.charCodeAt(0))
    const parsed = isArabic ? Number(digits) : parseChineseNumber(digits)
    if (parsed === null) return null
    value = groups.percentWord === '千分之' ? parsed / 10 : parsed
    decimals = (digits.includes('点') ? digits.split('点')[1]!.length : decimalsOf(digits)) + (groups.percentWord === '千分之' ? 1 : 0)
    form = isArabic ? 'mixed' : 'chinese'
  } else if (groups.arabic) {
    const digits = groups.arabic.includes(',') ? groups.arabic.replace(/,/gu, '') : groups.arabic
    // Years (2023年, 2021—2025年, 2024-01-05) and dates (12月, 19日 after 月, 1-11月).
    const isYearLike = YEAR_LIKE.test(digits)
    if (isYearLike && !groups.arabicScale && ((nextCode === YEAR_MARK || nextCode === YEAR_DU_MARK) && !unit ? true : unit === '年')) return null
    if (isYearLike && groups.rangeMark && groups.rangeEnd && YEAR_LIKE.test(groups.rangeEnd)) return null
    if (isYearLike && /^[-./]\d{1,2}[-./]\d/u.test(text.slice(start + groups.arabic.length, end + 6))) return null
    if (digits[0] === '0' && isAsciiDigit(digits.charCodeAt(1))) return null
    value = Number(digits)
    decimals = decimalsOf(digits)
    if (groups.arabicScale) {
      scale = SCALES[groups.arabicScale]!
      value = Math.round(value * scale * 1e6) / 1e6
      isRounded = true
      form = 'mixed'
    }
  } else {
    const numeral = groups.chinese!
    // Bare Chinese numerals are words; they count only with 余/多, a classifier, % or 成.
    if (!groups.approx && !unit && !groups.percent && !groups.tenths) return null
    if (/^[零〇]$/u.test(numeral)) return null
    // 百余, 千余, 万余 stand alone; 千家, 万户 (千家万户) are idioms.
    if (/^[百千万亿]$/u.test(numeral) && !groups.approx) return null
    // 一起 (together), 一次性, 一件事 are words.
    if (numeral === '一' && (unit === '起' || text.startsWith('性', end))) return null
    if (endsWithAt(text, '分之', start) || text.startsWith('分之', end)) return null
    if (/[年月]/u.test(unit ?? '') && /^[〇零一二三四五六七八九]{4}$/u.test(numeral)) return null
    const parsed = parseChineseNumber(/^[百千万亿]$/u.test(numeral) ? `一${numeral}` : numeral)
    if (parsed === null) return null
    value = parsed
    decimals = numeral.includes('点') ? numeral.split('点')[1]!.length : 0
    form = 'chinese'
    // 两万 and 三亿 are rounded as 2万 is; 一万二千 is written out.
    const scaleWord = numeral.match(/[万亿]$/u)?.[0]
    if (scaleWord && numeral.length > 1) {
      scale = LARGE_UNITS[scaleWord]!
      isRounded = true
    }
  }
  // A figure longer than a double holds (a 400-digit count is Infinity) is no count a report states.
  if (!Number.isFinite(value)) return null
  decimals = Math.min(decimals, MAX_DECIMALS)
  if (groups.tenths) {
    // 9成 is 90%, 九成五 95%: tenths, so the last written unit is 10 (or 1 with the extra digit).
    const extra = groups.tenthsDigit ? CHINESE_DIGITS[groups.tenthsDigit]! : null
    if (value > 10 || !Number.isInteger(value)) return null
    value = value * 10 + (extra ?? 0)
    decimals = extra === null ? -1 : 0
  }
  if (isNegative) value = -value

  let bound: NumberBound = 'exact'
  const hedges: string[] = []
  let approxUnit = 0
  if (groups.approx) {
    bound = 'at-least'
    hedges.push(groups.approx)
    approxUnit = lastSignificantUnit(Math.abs(value) / (scale > 1 ? scale : 1)) * (scale > 1 ? scale : 1)
    if (decimals > 0) approxUnit = 0
  }
  let rangeHigh: number | null = null
  if (groups.rangeMark && groups.rangeEnd) {
    const endValue = Number(groups.rangeEnd.replace(/,/gu, '')) * (groups.rangeScale ? SCALES[groups.rangeScale]! : scale)
    // A figure then a dash then a smaller one is not a range (0757-8888, 10-5): keep the first alone.
    if (endValue < value || bound !== 'exact' || !Number.isFinite(endValue)) return null
    rangeHigh = endValue
    bound = 'range'
  }
  const tolerance = isPercent ? 0.5 * 10 ** -decimals : isRounded ? 0.5 * 10 ** -decimals * scale : 0.5 * 10 ** -decimals - (decimals === 0 ? 0.5 : 0)
  return {
    value,
    unit: isPercent ? '%' : unit,
    scale,
    isPercent,
    decimals,
    tolerance,
    hedges,
    bound,
    rangeHigh,
    approxUnit,
    form,
  }
}
