/**
 * The engine's public entry for a bare text, and the engine's parts re-exported where callers have imported them
 * from. The pipeline itself is lint-input.ts; its steps are parse-report.ts (parse, model), run-rules.ts (rules),
 * directives.ts, shape-results.ts (positions, results), non-report.ts and timings.ts.
 */
import type {SourceSyntax} from '../parse/types.js'
import {lintLintable, type LintOutput, type LintSetup} from './lint-input.js'

export {lintInput, type LintOutput, type LintSetup, type LintableText} from './lint-input.js'
export {parseReport, parseInput, type ParseReportOptions, type ParseInputOptions} from './parse-report.js'
export {runRules, MAX_MESSAGES_PER_RULE, type RunRulesOptions} from './run-rules.js'
export {toLintMessage, shapeMessages, summarise, fatalResult, overTimeResult, type ToLintMessageOptions, type ShapedMessages} from './shape-results.js'
export {NOT_A_REPORT_ID, looksLikeReport} from './non-report.js'
export {addTime, type LintTimings} from './timings.js'

export interface LintTextOptions extends LintSetup {
  /** `text` (default) or `markdown`. */
  syntax?: SourceSyntax
  /** Carried into the result (a reader's output carries its own into lintInput). */
  encoding?: string
  format?: string
}

/**
 * Lints a bare text (a rule's example, a snippet, a fixed text): the same pipeline as lintInput, with no reader's
 * knowledge of the text and, unless asked, no not-a-report check.
 */
export function lintText(text: string, options: LintTextOptions): LintOutput {
  const {syntax = 'text', encoding, format, ...setup} = options
  return lintLintable({text, syntax, encoding, format}, setup)
}
