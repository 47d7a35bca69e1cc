/** @fzlint/rules-structure: rules on the report's parts, their order and numbering. */
import {defineRulePackage} from '@fzlint/core'
import {dutyMarkersData} from './duty-evidence/data.js'
import dutyEvidence from './duty-evidence/rule.js'
import duplicateHeading from './duplicate-heading/rule.js'
import emptySection from './empty-section/rule.js'
import numberingSequence from './numbering-sequence/rule.js'
import numberingStyle from './numbering-style/rule.js'
import requiredSection from './required-section/rule.js'
import sectionOrder from './section-order/rule.js'
import shortcomingsCause from './shortcomings-cause/rule.js'
import {causeMarkersData} from './shortcomings-cause/data.js'

export default defineRulePackage('structure', [requiredSection, sectionOrder, shortcomingsCause, dutyEvidence, emptySection, duplicateHeading, numberingSequence, numberingStyle], {
  dataFiles: [causeMarkersData, dutyMarkersData],
})
