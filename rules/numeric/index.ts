/** @fzlint/rules-numeric: figures that must agree — rates with their counts, parts with totals, shares within 0–100% — and the indicators a report states, year on year and as its reporting body is expected to. */
import {defineRulePackage} from '@fzlint/core'
import {countWordsData} from './data/count-words.js'
import {indicatorsData} from './data/indicators.js'
import indicatorDropped from './indicator-dropped/rule.js'
import partExceedsTotal from './part-exceeds-total/rule.js'
import percentRange from './percent-range/rule.js'
import rateConsistency from './rate-consistency/rule.js'
import {expectedIndicatorsData} from './required-indicator/data.js'
import requiredIndicator from './required-indicator/rule.js'

export {indicatorsData, indicatorEntrySchema, isCountEntry, isRateEntry, type CountIndicatorEntry, type IndicatorEntry, type RateIndicatorEntry} from './data/indicators.js'
export {findIncomparableIds, findIndicators, type FindIndicatorsOptions, type IndicatorFinding, type StatedFigure} from './shared/indicators.js'
export {countWordsData, countWordEntrySchema, type CountWordEntry} from './data/count-words.js'

export default defineRulePackage('numeric', [rateConsistency, partExceedsTotal, percentRange, indicatorDropped, requiredIndicator], {dataFiles: [indicatorsData, countWordsData, expectedIndicatorsData]})
