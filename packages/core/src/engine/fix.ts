/**
 * Applying the rules' fixes to a text: one pass of non-overlapping fixes, and the fix-then-relint loop that the
 * CLI's `--fix` and the language server's fix-all share, so a saved file and `fzlint --fix` end up identical.
 */
import type {Fix} from '../rule/types.js'
import type {LintMessage, LintResult} from './types.js'

/** ESLint's limit: fixes that keep producing new fixes are cut off rather than looping. */
export const MAX_FIX_PASSES = 10

export interface AppliedFixes {
  text: string
  /** Messages whose fixes were applied in this pass. */
  appliedCount: number
}

function isFixable(message: LintMessage): message is LintMessage & {fix: Fix[]} {
  return !message.fatal && message.fix !== undefined && message.fix.length > 0
}

/**
 * Applies the fixes of `messages` to `source` in one pass. A message's edits are applied together or not at
 * all; a message whose edits overlap an earlier one waits for the next pass, when it is re-reported on the new text.
 */
export function applyFixes(source: string, messages: readonly LintMessage[]): AppliedFixes {
  const groups = messages
    .filter(isFixable)
    .map((message) => {
      const edits = [...message.fix].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
      return {edits, start: edits[0]!.range[0], end: Math.max(...edits.map((edit) => edit.range[1]))}
    })
    // Edits outside the text or inside-out would corrupt it: such a fix is a rule bug, never applied.
    .filter(({edits}) => edits.every(({range: [start, end]}, index) => start >= 0 && end >= start && end <= source.length && (index === 0 || start >= edits[index - 1]!.range[1])))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let cursor = 0
  let lastInsertionAt = -1
  let appliedCount = 0
  for (const group of groups) {
    const isInsertion = group.start === group.end
    // Two insertions at one point have no defined order, so only the first goes in this pass.
    if (group.start < cursor || (isInsertion && group.start === lastInsertionAt)) continue
    for (const edit of group.edits) {
      parts.push(source.slice(cursor, edit.range[0]), edit.text)
      cursor = edit.range[1]
    }
    if (isInsertion) lastInsertionAt = group.start
    appliedCount++
  }
  parts.push(source.slice(cursor))
  return {text: appliedCount === 0 ? source : parts.join(''), appliedCount}
}

/** True when the text could not be parsed at all (a fatal message of no rule): its fixes, if any, mean nothing. */
export function hasParseFailure(result: LintResult): boolean {
  return result.messages.some((message) => message.fatal && message.ruleId === null)
}

export interface FixedText {
  /** The text with every fix applied; `source` itself when nothing applied or fixing was abandoned. */
  text: string
  /** The lint result of `text` (the one given when `text` is `source`). */
  result: LintResult
  /** Why the fixes were abandoned and `source` kept, when they were. */
  skippedReason?: string
}

/**
 * Applies `result`'s fixes to `source`, lints the new text with `relint` and applies again until nothing changes
 * (at most MAX_FIX_PASSES), as markdownlint and ESLint do: a fix may uncover another. Fixing is abandoned, and
 * `source` kept, when a pass leaves a text that no longer parses or is blank.
 */
export function fixText(source: string, result: LintResult, relint: (text: string) => LintResult): FixedText {
  if (hasParseFailure(result)) return {text: source, result}
  let text = source
  let current = result
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const {text: fixedText, appliedCount} = applyFixes(text, current.messages)
    if (appliedCount === 0) break
    const fixedResult = relint(fixedText)
    // A blank file would be refused on the next read (readers require text), so it counts as not parsing.
    if (fixedText.trim() === '' || hasParseFailure(fixedResult)) {
      return {text: source, result, skippedReason: '修复后的文本无法解析，文件未修改 / the fixed text would not parse; file left unchanged'}
    }
    text = fixedText
    current = fixedResult
  }
  return text === source ? {text: source, result} : {text, result: current}
}
