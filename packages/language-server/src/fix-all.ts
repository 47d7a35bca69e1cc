/**
 * The `source.fixAll.fzlint` code action: every fix the document's findings carry, applied and re-linted as
 * `fzlint --fix` does (core's fixText), sent as one WorkspaceEdit, so `editor.codeActionsOnSave` can run it.
 */
import {CodeActionKind, type CodeAction, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {fixText} from '@fzlint/core'
import type {LintedDocument} from './lint-document.js'
import {computeLineEdits} from './line-edits.js'

/** A sub-kind of source.fixAll: `"source.fixAll": "explicit"` runs it with other fixers, `"source.fixAll.fzlint"` alone. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fzlint`

const FIX_ALL_TITLE = '修复全部可自动修复的问题 / Fix all auto-fixable fzlint problems'

/** Whether a request's `only` list (none: every kind) asks for actions of `kind`: the kind itself or a parent of it. */
export function isKindRequested(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
}

/**
 * The fix-all action for a linted document, or null when there is nothing to fix. A document whose fixes cannot
 * be written back (a page-wrapped text: its fixes refer to the rejoined paragraphs) gets no edit; a client that can
 * show disabled actions is told why, in the words of the CLI's --fix.
 */
export function createFixAllAction(document: TextDocument, linted: LintedDocument, canShowDisabled: boolean): CodeAction | null {
  const {input, result} = linted
  if (result.fixableErrorCount + result.fixableWarningCount === 0) return null
  const disabled = (reason: string): CodeAction | null => (canShowDisabled ? {title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, disabled: {reason}} : null)
  if (input.unfixableReason !== undefined) return disabled(input.unfixableReason)
  const fixed = fixText(input.text, result, linted.relint)
  if (fixed.skippedReason !== undefined) return disabled(fixed.skippedReason)
  if (fixed.text === input.text) return null
  // input.text is the document's own text here: only a page-wrapped text is read differently, and it was turned away.
  const edits: TextEdit[] = computeLineEdits(input.text, fixed.text).map((edit) => ({
    range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)},
    newText: edit.text,
  }))
  return {title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: {changes: {[document.uri]: edits}}}
}
