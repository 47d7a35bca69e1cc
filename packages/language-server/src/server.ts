/**
 * The fzlint language server: lints open Markdown and plain-text drafts on open and on change
 * (debounced, last edit wins, stale results dropped), offers fixes as code actions and all of them as
 * `source.fixAll.fzlint`, explains a diagnostic's rule on hover, and reloads configuration when a config
 * file changes. Only reports are linted: what a `files` list names, else what looks like a report
 * (lint-document.ts). Linting runs in a worker thread (lint-runner.ts), within a time budget per document, so
 * this thread answers hover and code actions at once however long a document takes.
 */
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DEFAULT_MAX_FILE_TIME_MS, type ReportingBodyProfile, type RuleMeta} from '@fzlint/core'
import {createGlobMatcher} from '@fzlint/config'
import {builtinRules} from '@fzlint/builtin'
import {toDiagnostic, type DiagnosticData} from './diagnostics.js'
import {createFixAllAction, FIX_ALL_KIND, isKindRequested} from './fix-all.js'
import type {DocumentRequest, ResolverInputs} from './lint-protocol.js'
import {createLintRunner} from './lint-runner.js'

export interface ServerSettings {
  enable: boolean
  /** Path of a configuration file to use instead of searching (fzlint.configPath). */
  configPath?: string
  /** Force the reporting body (fzlint.profile); `auto` detects it. */
  profile?: ReportingBodyProfile | 'auto'
  /**
   * Globs of the documents to lint (fzlint.files), relative to the workspace folder, as config `files` are to
   * their file's folder; added to the configuration's `files`. Empty: lint what looks like a report.
   */
  files?: string[]
  /** The time budget of each lint in seconds (fzlint.maxFileTime; 0: none), as `fzlint --max-file-time`. */
  maxFileTime?: number
}

export interface ServerOptions {
  /** Milliseconds to wait after a change before linting; later edits restart the wait. */
  debounceMs?: number
  /** The lint worker bundle (lint-worker.js beside the server's); without it, documents are linted on this thread. */
  workerScript?: string
  /** `--max-file-time` given to the server, in milliseconds; the editor's fzlint.maxFileTime wins. */
  maxFileTimeMs?: number
}

/**
 * How long a code action request waits for fix-all from the worker before answering without it (a lint of the
 * document may be ahead of it): the editor waits on the answer, on save too.
 */
export const FIX_ALL_WAIT_MS = 1000

const CONFIG_FILE = /(^|[/\\])(fzlint\.config\.json|\.fzlintrc\.json|package\.json|\.fzlintignore)$/u

function syntaxOf(document: TextDocument): 'markdown' | 'text' {
  return document.languageId === 'markdown' || /\.(md|markdown)$/iu.test(document.uri) ? 'markdown' : 'text'
}

function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 10
  const documents = new Map<string, TextDocument>()
  const timers = new Map<string, NodeJS.Timeout>()
  const diagnosticsByUri = new Map<string, Diagnostic[]>()
  const rulesMeta = new Map<string, RuleMeta>(builtinRules.map((rule) => [rule.meta.id, rule.meta]))
  let workspaceRoot = process.cwd()
  let settings: ServerSettings = {enable: true, profile: 'auto'}
  /** Bumped when configuration may have changed (a config file, the settings): the worker resolves it afresh. */
  let configGeneration = 0
  let hasConfigurationCapability = false
  let canShowDisabledActions = false
  let matchesSettingFiles: ((filePath: string) => boolean) | undefined
  const runner = createLintRunner(options.workerScript, (message) => connection.console.log(message))

  function resolverInputs(): ResolverInputs {
    return {
      cwd: workspaceRoot,
      configPath: settings.configPath || undefined,
      profile: settings.profile && settings.profile !== 'auto' ? settings.profile : undefined,
      generation: configGeneration,
    }
  }

  /** The editor's fzlint.maxFileTime (seconds) when it is a usable number, else the server's flag, else 30 s. */
  function maxFileTimeMs(): number {
    const seconds = settings.maxFileTime
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
    return options.maxFileTimeMs ?? DEFAULT_MAX_FILE_TIME_MS
  }

  /** What the worker needs to lint the document as it is now. */
  function requestFor(document: TextDocument): DocumentRequest {
    const path = pathOf(document.uri)
    // An unsaved document has no path for globs to match: only the not-a-report check decides for it.
    const isFile = document.uri.startsWith('file:')
    return {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      path,
      syntax: syntaxOf(document),
      isNamedBySettings: matchesSettingFiles && isFile ? matchesSettingFiles(path) : undefined,
      resolver: resolverInputs(),
      maxFileTimeMs: maxFileTimeMs(),
    }
  }

  async function lintDocument(document: TextDocument): Promise<void> {
    if (!settings.enable) {
      void connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics: []})
      return
    }
    const version = document.version
    const reply = await runner.lint(requestFor(document))
    if (reply.kind === 'superseded') return
    let diagnostics: Diagnostic[]
    if (reply.kind === 'linted') diagnostics = reply.messages.map(toDiagnostic)
    // Publishing an empty list also clears what the document had before it stopped being linted.
    else if (reply.kind === 'skipped') diagnostics = []
    else {
      // A broken config file is shown on the document rather than crashing the server.
      diagnostics = [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, severity: 1, source: 'fzlint', message: reply.message}]
    }
    // Last edit wins: a result for an older version than the open document is dropped.
    const current = documents.get(document.uri)
    if (!current || current.version !== version) return
    diagnosticsByUri.set(document.uri, diagnostics)
    void connection.sendDiagnostics({uri: document.uri, version, diagnostics})
  }

  function schedule(uri: string, delay = debounceMs): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        const document = documents.get(uri)
        if (document) void lintDocument(document)
      }, delay),
    )
  }

  function relintAll(): void {
    configGeneration++
    for (const uri of documents.keys()) schedule(uri, 0)
  }

  async function refreshSettings(): Promise<void> {
    if (!hasConfigurationCapability) return
    const fetched = (await connection.workspace.getConfiguration('fzlint')) as Partial<ServerSettings> | null
    settings = {
      enable: fetched?.enable ?? true,
      configPath: fetched?.configPath,
      profile: fetched?.profile ?? 'auto',
      files: fetched?.files ?? [],
      maxFileTime: fetched?.maxFileTime ?? settings.maxFileTime,
    }
    applySettingFiles()
  }

  function applySettingFiles(): void {
    // Settings are the user's JSON: anything but a list of strings names no file.
    const files = Array.isArray(settings.files) ? settings.files.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : []
    matchesSettingFiles = files.length > 0 ? createGlobMatcher(files, workspaceRoot) : undefined
  }

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder) workspaceRoot = pathOf(folder)
    hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration)
    canShowDisabledActions = Boolean(params.capabilities.textDocument?.codeAction?.disabledSupport)
    const initial = params.initializationOptions as Partial<ServerSettings> | undefined
    if (initial) settings = {...settings, ...initial}
    applySettingFiles()
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        hoverProvider: true,
      },
      serverInfo: {name: 'fzlint-language-server', version: '0.1.0'},
    }
  })

  connection.onInitialized(() => {
    if (!runner.isOffMainThread) {
      connection.console.warn('fzlint: 未在服务器旁找到 lint-worker.js，改在主线程检查（长文档会让悬停等待）/ lint-worker.js not found beside the server: linting on the main thread, without cancellation')
    }
    void refreshSettings().then(relintAll)
  })

  connection.onDidChangeConfiguration(() => {
    void refreshSettings().then(relintAll)
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_FILE.test(pathOf(change.uri)))) relintAll()
  })

  connection.onDidOpenTextDocument(({textDocument}) => {
    const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text)
    documents.set(document.uri, document)
    schedule(document.uri, 0)
    if (CONFIG_FILE.test(pathOf(document.uri))) relintAll()
  })

  connection.onDidChangeTextDocument(({textDocument, contentChanges}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return
    documents.set(textDocument.uri, TextDocument.update(document, contentChanges, textDocument.version))
    schedule(textDocument.uri)
  })

  connection.onDidSaveTextDocument(({textDocument}) => {
    if (CONFIG_FILE.test(pathOf(textDocument.uri))) relintAll()
  })

  connection.onDidCloseTextDocument(({textDocument}) => {
    documents.delete(textDocument.uri)
    clearTimeout(timers.get(textDocument.uri))
    runner.forget(textDocument.uri)
    diagnosticsByUri.delete(textDocument.uri)
    void connection.sendDiagnostics({uri: textDocument.uri, diagnostics: []})
  })

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri)
    if (!document || !settings.enable) return []
    const actions: CodeAction[] = []
    const only = params.context.only
    if (isKindRequested(CodeActionKind.QuickFix, only)) actions.push(...createQuickFixes(document, params.context.diagnostics))
    // Without `only` (the light bulb) fix-all is offered beside a fixable finding; asked for by kind (on save,
    // the source action menu) it is computed on the text as it is now, whatever diagnostics were sent.
    const isFixAllAsked =
      only !== undefined ? isKindRequested(FIX_ALL_KIND, only) : params.context.diagnostics.some((diagnostic) => (diagnostic.data as DiagnosticData | undefined)?.fix)
    if (isFixAllAsked) {
      const request = requestFor(document)
      const call = runner.fixAll(request)
      let timer: NodeJS.Timeout | undefined
      const waited = new Promise<'waited'>((resolve) => (timer = setTimeout(() => resolve('waited'), FIX_ALL_WAIT_MS)))
      const reply = await Promise.race([call.reply, waited])
      clearTimeout(timer)
      // Still behind a long lint: answered without fix-all rather than keeping the editor (or its save) waiting.
      if (reply === 'waited') call.cancel()
      // A broken config file ('failed'): its diagnostic is already on the document, and nothing is fixed meanwhile.
      // The document changed meanwhile (TextDocument.update changes it in place): edits for the old text would misplace.
      else if (reply.kind === 'fix-all' && documents.get(document.uri)?.version === request.version) {
        const fixAll = createFixAllAction(document, request.text, reply.outcome, canShowDisabledActions)
        if (fixAll) actions.push(fixAll)
      }
    }
    return actions
  })

  function createQuickFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const actions: CodeAction[] = []
    for (const diagnostic of diagnostics) {
      const data = diagnostic.data as DiagnosticData | undefined
      const edits = (fixes: {range: [number, number]; text: string}[]) =>
        fixes.map((fix) => ({range: {start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1])}, newText: fix.text}))
      if (data?.fix) {
        actions.push({
          title: `修复：${diagnostic.message.slice(0, 40)}（${data.ruleId}）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: {changes: {[document.uri]: edits(data.fix)}},
        })
      }
      for (const suggestion of data?.suggestions ?? []) {
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {changes: {[document.uri]: edits([suggestion.fix])}},
        })
      }
    }
    return actions
  }

  connection.onHover((params): Hover | null => {
    const diagnostics = diagnosticsByUri.get(params.textDocument.uri) ?? []
    const {line, character} = params.position
    const hit = diagnostics.filter((diagnostic) => {
      const {start, end} = diagnostic.range
      const afterStart = line > start.line || (line === start.line && character >= start.character)
      const beforeEnd = line < end.line || (line === end.line && character <= end.character)
      return afterStart && beforeEnd
    })
    if (hit.length === 0) return null
    const sections = hit.map((diagnostic) => {
      const meta = typeof diagnostic.code === 'string' ? rulesMeta.get(diagnostic.code) : undefined
      const lines = [`**${diagnostic.message}**`]
      if (meta) {
        lines.push('', `\`${meta.id}\`：${meta.docs.description}`)
        if (meta.docs.basis) lines.push('', `依据：${meta.docs.basis}`)
        if (meta.docs.url) lines.push('', `[规则说明 / rule docs](${meta.docs.url})`)
      }
      return lines.join('\n')
    })
    return {contents: {kind: 'markdown', value: sections.join('\n\n---\n\n')}}
  })

  connection.onShutdown(() => runner.close())

  connection.listen()
}
