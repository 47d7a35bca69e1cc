/** @fzlint/rules-typography: punctuation rules of GB/T 15834. */
import {defineRulePackage} from '@fzlint/core'
import punctuationWidth from './punctuation-width/rule.js'
import unmatchedPair from './unmatched-pair/rule.js'

export default defineRulePackage('typography', [unmatchedPair, punctuationWidth])
