/**
 * The `source.fixAll.fzlint` code action: every fix the document's findings carry, applied and re-linted as
 * `fzlint --fix` does (core's fixText), sent as one WorkspaceEdit, so `editor.codeActionsOnSave` can run it.
 */
import {CodeActionKind, type CodeAction, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {FixAllOutcome} from './lint-protocol.js'
import {computeLineEdits} from './line-edits.js'

/** A sub-kind of source.fixAll: `"source.fixAll": "explicit"` runs it with other fixers, `"source.fixAll.fzlint"` alone. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fzlint`

const FIX_ALL_TITLE = '修复全部可自动修复的问题 / Fix all auto-fixable fzlint problems'

/** Whether a request's `only` list (none: every kind) asks for actions of `kind`: the kind itself or a parent of it. */
export function isKindRequested(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
}

/**
 * The fix-all action for `text`, the document's text the outcome was computed from, or null when there is nothing
 * to fix. A client that can show disabled actions is told why fixes cannot be applied.
 */
export function createFixAllAction(document: TextDocument, text: string, outcome: FixAllOutcome, canShowDisabled: boolean): CodeAction | null {
  if (outcome.kind === 'none') return null
  if (outcome.kind === 'disabled') return canShowDisabled ? {title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, disabled: {reason: outcome.reason}} : null
  // Only a text read as it is gets here (a page-wrapped one was turned away), so offsets are the document's own.
  const edits: TextEdit[] = computeLineEdits(text, outcome.text).map((edit) => ({
    range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)},
    newText: edit.text,
  }))
  return {title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: {changes: {[document.uri]: edits}}}
}
