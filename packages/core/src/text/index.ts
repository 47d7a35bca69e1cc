/** Shared text readers: positions, years. Rules reuse these instead of writing their own. */
export {createLocator, findFirstAtOrAfter, findLineStarts, findOccurrences, type Locator} from './locator.js'
export {compareCodeUnits} from './compare.js'
export {isAsciiDigit, isAsciiLetter, isSpaceCode} from './code-units.js'
export {execAll, findYears, findYearSpans, parseYearDigits, SPAN_DASH, type YearMention, type YearSpanMention} from './years.js'
export {
  findDates,
  findMonthRanges,
  findCutoffs,
  parseDateLine,
  parseMonthOrDay,
  dateKey,
  daysInMonth,
  isValidDate,
  formatIsoDate,
  formatChineseDate,
  type CalendarDate,
  type DateMention,
  type MonthRangeMention,
  type CutoffMention,
} from './dates.js'
export {findNumbers, mayStatePercentage, parseChineseNumber, type NumberMention, type NumberBound} from './numbers.js'
export {unwrapLines, type UnwrappedText} from './unwrap-lines.js'
export {toSimplified} from './simplified.js'
export {escapeRegExp, joinPatterns} from './join-patterns.js'
export {toNfkc} from './nfkc.js'
export {maskQuotedNames} from './quoted-names.js'
export {GENRE_AT_END, GENRE_AT_END_WITH_NOTE, GENRE_THEN_SITE_NAME, QUOTED_REPORT_NAME, RELATED_TITLE_TOPIC, SUBJECT_THEN_GENRE, TITLE_TOPIC, TITLE_WORDING, WHOLE_TITLE_TOPIC} from './title-wording.js'
