/** Messages between the language server's main thread and its lint worker: plain, structured-clone-able data only. */
import type {LintMessage, ReportingBodyProfile, SourceSyntax} from '@fzlint/core'

/** What the worker builds its configuration resolver from; a new `generation` (a config file changed) rebuilds it. */
export interface ResolverInputs {
  cwd: string
  configPath?: string
  profile?: ReportingBodyProfile
  generation: number
}

/** One open document as the worker lints it. */
export interface DocumentRequest {
  uri: string
  version: number
  text: string
  /** The file path, or the URI of an unsaved document. */
  path: string
  syntax: SourceSyntax
  /** Whether the editor settings' `files` name it (undefined: they have no list, or the document is unsaved). */
  isNamedBySettings: boolean | undefined
  resolver: ResolverInputs
  /** The time budget of the file in milliseconds (0: none). */
  maxFileTimeMs: number
}

export type WorkerRequest =
  | {id: number; kind: 'lint'; document: DocumentRequest}
  /** The fixed text of `source.fixAll.fzlint`, from the worker's lint of that version when it has one. */
  | {id: number; kind: 'fix-all'; document: DocumentRequest}
  /** The document was closed: its kept lint is dropped. */
  | {id: number; kind: 'forget'; uri: string}

export type LintReply =
  /** Messages as diagnostics take them; fixes already left out when they cannot be written back. */
  | {kind: 'linted'; messages: LintMessage[]}
  /** Not linted (ignored, not named by `files`, empty, not a report): its diagnostics are cleared. */
  | {kind: 'skipped'}
  /** The configuration could not be used, or the lint failed: shown on the document. */
  | {kind: 'failed'; message: string}

export type FixAllReply =
  | {kind: 'fix-all'; outcome: FixAllOutcome}
  | {kind: 'failed'; message: string}

/** What fix-all found: the whole fixed text, why fixes cannot be applied, or nothing to do. */
export type FixAllOutcome = {kind: 'none'} | {kind: 'disabled'; reason: string} | {kind: 'fixed'; text: string}

export type WorkerReply = (LintReply | FixAllReply | {kind: 'forgotten'}) & {id: number}
