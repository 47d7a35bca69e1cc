/** The rule packages shipped with fzlint: front ends know packages, never individual rules. Browser-safe. */
import {sectionsData, type DataFile, type Rule} from '@fzlint/core'
import crossYear from '@fzlint/rules-cross-year'
import frame from '@fzlint/rules-frame'
import numeric from '@fzlint/rules-numeric'
import structure from '@fzlint/rules-structure'
import temporal from '@fzlint/rules-temporal'
import typography from '@fzlint/rules-typography'

export const builtinPackages = [structure, crossYear, temporal, numeric, frame, typography]

export const builtinRules: Rule[] = builtinPackages.flatMap((rulePackage) => rulePackage.rules)

/** Every data file users can extend through `data.<name>` in configuration. */
export const builtinDataFiles: DataFile<object>[] = [sectionsData as DataFile<any>, ...builtinPackages.flatMap((rulePackage) => rulePackage.dataFiles)]
