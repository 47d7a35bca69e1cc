/** Runs one rule over a text, as the engine would, for tests. */
import {lintText, type LintMessage, type LintSettings, type Rule, type SourceSyntax} from '@fzlint/core'

export interface RunOptions {
  options?: unknown
  settings?: LintSettings
  syntax?: SourceSyntax
}

export function lintWithRule(rule: Rule, text: string, run: RunOptions = {}): LintMessage[] {
  const {result} = lintText(text, {
    rules: [{rule, severity: rule.meta.defaultSeverity === 'error' ? 2 : 1, options: run.options}],
    settings: run.settings,
    syntax: run.syntax ?? 'text',
    freezeTree: true,
  })
  const crash = result.messages.find((message) => message.fatal)
  if (crash) throw new Error(crash.message)
  return result.messages
}

/** Applies every non-overlapping fix once, front to back (what one `--fix` pass does). */
export function applyFixesOnce(text: string, messages: LintMessage[]): string {
  const edits = messages
    .flatMap((message) => (message.fix ? [message.fix] : []))
    .map((fixes) => ({start: Math.min(...fixes.map((fix) => fix.range[0])), end: Math.max(...fixes.map((fix) => fix.range[1])), fixes}))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  let output = ''
  let cursor = 0
  for (const edit of edits) {
    if (edit.start < cursor) continue
    for (const fix of [...edit.fixes].sort((a, b) => a.range[0] - b.range[0])) {
      output += text.slice(cursor, fix.range[0]) + fix.text
      cursor = fix.range[1]
    }
  }
  return output + text.slice(cursor)
}
