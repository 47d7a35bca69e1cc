/** Orders messages by place, then rule id, as ESLint does. */
import type {LintMessage} from './types.js'

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId))
}
