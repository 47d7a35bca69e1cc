/** The rule packages shipped with fzlint. The CLI knows packages, never individual rules. */
import type {Rule} from '@fzlint/core'
import structure from '@fzlint/rules-structure'

export const builtinPackages = [structure]

export const builtinRules: Rule[] = builtinPackages.flatMap((rulePackage) => rulePackage.rules)
