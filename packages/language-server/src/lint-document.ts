/**
 * Whether an open document is linted, and its lint: read as the CLI reads the same file (readDecodedText), skipped
 * unless a `files` list names it or it looks like a report (the engine's own not-a-report check), so a README or
 * a build log open beside the drafts gets no diagnostics at all.
 */
import {fixText, lintInput, withFixedText, type LintResult, type LintSetup, type SourceSyntax} from '@fzlint/core'
import {NOT_A_REPORT_ID, readDecodedText, type ReadInput} from '@fzlint/core/io'
import type {FileConfig} from '@fzlint/config'
import type {FixAllOutcome} from './lint-protocol.js'

export interface LintedDocument {
  isLinted: true
  /** The text rules saw and, when fixes cannot be written back to the document, why (as the CLI's --fix says). */
  input: ReadInput
  result: LintResult
  /** Lints a fixed text of the document with the same rules, as `fzlint --fix` re-lints between passes. */
  relint(text: string): LintResult
}

export interface SkippedDocument {
  isLinted: false
  reason: 'ignored' | 'not-in-files' | 'empty' | 'not-a-report'
}

export interface DocumentToLint {
  text: string
  /** The file path (or, for an unsaved document, its URI): what config and `files` globs are matched against. */
  path: string
  syntax: SourceSyntax
}

/**
 * Whether a `files` list names the document: true when the configuration's or the editor settings' list names it,
 * false when a list exists and none names it, undefined when neither has one (then only the not-a-report check
 * decides). The two lists add up: a user may name drafts the project's configuration does not.
 */
function isNamedByFiles(matchesConfigFiles: boolean | undefined, matchesSettingFiles: boolean | undefined): boolean | undefined {
  if (matchesConfigFiles === true || matchesSettingFiles === true) return true
  if (matchesConfigFiles === false || matchesSettingFiles === false) return false
  return undefined
}

export interface OpenDocumentSetup {
  /** The document's configuration (rules, settings, ignored, whether the configuration's `files` names it). */
  fileConfig: FileConfig
  /** Whether the editor settings' `files` list names the document (undefined: the settings have none). */
  isNamedBySettings: boolean | undefined
  /** The time budget of each lint (0 or absent: none); a document over it gets the over-time result. */
  maxFileTimeMs?: number
}

export function lintOpenDocument(document: DocumentToLint, {fileConfig, isNamedBySettings, maxFileTimeMs}: OpenDocumentSetup): LintedDocument | SkippedDocument {
  if (fileConfig.ignored) return {isLinted: false, reason: 'ignored'}
  if (isNamedByFiles(fileConfig.matchesFiles, isNamedBySettings) === false) return {isLinted: false, reason: 'not-in-files'}
  // The CLI refuses an empty file; an editor's new, blank document is simply not linted yet.
  if (document.text.trim() === '') return {isLinted: false, reason: 'empty'}
  // The editor has already decoded the document; its text is what the reader would have decoded from the file.
  const input = readDecodedText(document.text, document.syntax, 'utf-8')
  const setup: LintSetup = {path: document.path, rules: fileConfig.forDocument, settings: fileConfig.baseSettings, maxFileTimeMs}
  const {result} = lintInput(input, setup)
  if (result.messages.some((message) => message.ruleId === NOT_A_REPORT_ID)) return {isLinted: false, reason: 'not-a-report'}
  // Fix-all only runs on a text that is the document itself (no unfixableReason): a fixed text is linted as it stands.
  return {isLinted: true, input, result, relint: (text) => lintInput(withFixedText(input, text), setup).result}
}

/**
 * What fix-all would do to a linted document: nothing, the whole fixed text, or why it cannot (in the words of the
 * CLI's --fix): a page-wrapped text's fixes refer to the rejoined paragraphs, not the document. Runs where the lint
 * ran (the lint worker), since re-linting between passes needs the document's rules.
 */
export function findFixAllOutcome(linted: LintedDocument): FixAllOutcome {
  const {input, result} = linted
  if (result.fixableErrorCount + result.fixableWarningCount === 0) return {kind: 'none'}
  if (input.unfixableReason !== undefined) return {kind: 'disabled', reason: input.unfixableReason}
  const fixed = fixText(input.text, result, linted.relint)
  if (fixed.skippedReason !== undefined) return {kind: 'disabled', reason: fixed.skippedReason}
  if (fixed.text === input.text) return {kind: 'none'}
  return {kind: 'fixed', text: fixed.text}
}
