/** @fzlint/rules-temporal: years, dates, deadlines and dated terms — the traces of a draft recycled from last year's. */
import {defineRulePackage} from '@fzlint/core'
import {deadlinesData} from './data/deadlines.js'
import {termsData} from './data/terms.js'
import dateDeadline from './date-deadline/rule.js'
import dateFormat from './date-format/rule.js'
import partialYearData from './partial-year-data/rule.js'
import planYear from './plan-year/rule.js'
import staleTerm from './stale-term/rule.js'

export default defineRulePackage('temporal', [planYear, dateDeadline, dateFormat, partialYearData, staleTerm], {dataFiles: [termsData, deadlinesData]})
