/**
 * @fzlint/builtin: the rule packages fzlint ships with, and the configuration resolver over them (Node-only:
 * it reads config files). A browser imports the rules alone from `@fzlint/builtin/rules`.
 */
export {builtinRules, builtinPackages, builtinDataFiles} from './builtin-rules.js'
export {createResolverFromFlags, parseProfileFlag, ConfigUsageError, type ConfigFlags} from './resolver.js'
/** The indicators the shipped catalogue finds in a report (`fzlint indicators`, the review's indicator sheet). */
export {findIndicators, indicatorsData, countWordsData, type IndicatorFinding, type StatedFigure} from '@fzlint/rules-numeric'
