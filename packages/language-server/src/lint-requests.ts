/**
 * What the lint worker does with each request: lint an open document, compute fix-all, forget a closed document.
 * Configuration is resolved here (rule objects, plugins' included, cannot cross threads), and each document's
 * latest lint is kept for fix-all on the same version.
 */
import {createConfigResolver, type ConfigResolver} from '@fzlint/config'
import {builtinDataFiles, builtinRules} from '@fzlint/builtin'
import {describeError} from '@fzlint/core/io'
import {findFixAllOutcome, lintOpenDocument, type LintedDocument, type SkippedDocument} from './lint-document.js'
import type {DocumentRequest, FixAllReply, LintReply, ResolverInputs, WorkerReply, WorkerRequest} from './lint-protocol.js'

let resolver: {key: string; resolver: ConfigResolver} | undefined

function resolverFor(inputs: ResolverInputs): ConfigResolver {
  const key = JSON.stringify(inputs)
  if (resolver?.key !== key) {
    resolver = {
      key,
      resolver: createConfigResolver({rules: builtinRules, dataFiles: builtinDataFiles, cwd: inputs.cwd, configPath: inputs.configPath, profile: inputs.profile}),
    }
  }
  return resolver.resolver
}

/** Each open document's latest lint, for fix-all on the same version without linting again. */
const latest = new Map<string, {version: number; resolverKey: string; linted: LintedDocument | SkippedDocument}>()

/** Throws when the configuration cannot be used (a broken config file). */
function lint(document: DocumentRequest): LintedDocument | SkippedDocument {
  const resolverKey = JSON.stringify(document.resolver)
  const kept = latest.get(document.uri)
  if (kept && kept.version === document.version && kept.resolverKey === resolverKey) return kept.linted
  const fileConfig = resolverFor(document.resolver).resolveForFile(document.path)
  const linted = lintOpenDocument({text: document.text, path: document.path, syntax: document.syntax}, {fileConfig, isNamedBySettings: document.isNamedBySettings, maxFileTimeMs: document.maxFileTimeMs})
  latest.set(document.uri, {version: document.version, resolverKey, linted})
  return linted
}

function handleLint(document: DocumentRequest): LintReply {
  try {
    const linted = lint(document)
    if (!linted.isLinted) return {kind: 'skipped'}
    // A plain text wrapped at a page width is linted as the CLI reads it, its paragraphs rejoined. Fixes then refer
    // to the rejoined text, not the document, so none is offered (the CLI's --fix leaves it alone too).
    const {input, result} = linted
    const messages = input.unfixableReason !== undefined ? result.messages.map(({fix: _fix, suggestions: _suggestions, ...message}) => message) : result.messages
    return {kind: 'linted', messages}
  } catch (error) {
    return {kind: 'failed', message: describeError(error)}
  }
}

function handleFixAll(document: DocumentRequest): FixAllReply {
  try {
    const linted = lint(document)
    return {kind: 'fix-all', outcome: linted.isLinted ? findFixAllOutcome(linted) : {kind: 'none'}}
  } catch (error) {
    return {kind: 'failed', message: describeError(error)}
  }
}

export function handleRequest(request: WorkerRequest): WorkerReply {
  if (request.kind === 'lint') return {id: request.id, ...handleLint(request.document)}
  if (request.kind === 'fix-all') return {id: request.id, ...handleFixAll(request.document)}
  latest.delete(request.uri)
  return {id: request.id, kind: 'forgotten'}
}
