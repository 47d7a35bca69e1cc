/** @fzlint/rules-cross-year: rules comparing a report with the same body's report of the previous year (`settings.related.previous`). */
import {defineRulePackage} from '@fzlint/core'
import planNotFollowed from './plan-not-followed/rule.js'
import repeatedShortcoming from './repeated-shortcoming/rule.js'

export default defineRulePackage('cross-year', [repeatedShortcoming, planNotFollowed])
