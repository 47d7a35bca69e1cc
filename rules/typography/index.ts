/** @fzlint/rules-typography: punctuation rules of GB/T 15834. */
import {defineRulePackage} from '@fzlint/core'
import unmatchedPair from './unmatched-pair/rule.js'

export default defineRulePackage('typography', [unmatchedPair])
