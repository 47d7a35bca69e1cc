/** Shared text readers: positions, years. Rules reuse these instead of writing their own. */
export {createLocator, findLineStarts, type Locator} from './locator.js'
export {findYears, parseYearDigits, type YearMention} from './years.js'
export {findDates, parseDateLine, dateKey, type DateMention} from './dates.js'
