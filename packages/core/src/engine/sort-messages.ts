/** Orders messages by place, then rule id, as ESLint does. */
import {compareCodeUnits} from '../text/compare.js'
import type {LintMessage} from './types.js'

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || compareCodeUnits(String(a.ruleId), String(b.ruleId))
}
