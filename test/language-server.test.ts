/** The real language server over stdio, driven by a JSON-RPC client as an editor would. */
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'
import {repositoryRoot, runCli} from './helpers/run-cli.js'
import {wrapAsPdfText} from './helpers/wrap-text.js'
import {MARKDOWN_DRAFT_LINES, MARKDOWN_OPENING_LINES} from './helpers/sample-drafts.js'

interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  severity: number
  code?: string
  codeDescription?: {href: string}
  message: string
  data?: unknown
}

interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

interface RunningServer {
  connection: MessageConnection
  /** Every publishDiagnostics so far, oldest first. */
  published: Published[]
  /** The first publishDiagnostics (already received or still to come) that satisfies `predicate`. */
  nextDiagnostics(predicate: (value: Published) => boolean): Promise<Published>
  stop(): void
}

/**
 * Spawns the built server in `workspace` and connects to it over stdio, as an editor does. `settings`, when given,
 * are the client's `fzlint` section: the client then says it answers workspace/configuration, and does.
 */
function startLanguageServer(workspace: string, settings?: () => Record<string, unknown>): RunningServer {
  const child: ChildProcess = spawn(process.execPath, [join(repositoryRoot, 'packages/language-server/bin/fzlint-language-server.js'), '--stdio'], {cwd: workspace})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const published: Published[] = []
  const waiters: {predicate: (value: Published) => boolean; resolve: (value: Published) => void}[] = []
  connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    for (const waiter of [...waiters]) {
      if (waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params)
      }
    }
  })
  if (settings) connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => settings()))
  connection.listen()
  return {
    connection,
    published,
    nextDiagnostics(predicate) {
      const found = published.find(predicate)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no publishDiagnostics in time')), 20_000)
        waiters.push({predicate, resolve: (value) => (clearTimeout(timer), resolve(value))})
      })
    },
    stop() {
      connection.dispose()
      child.kill()
    },
  }
}

describe('fzlint-language-server', () => {
  let server: RunningServer
  let connection: MessageConnection
  const workspace = mkdtempSync(join(tmpdir(), 'fzlint-lsp-'))
  const draftPath = join(workspace, 'draft.md')
  const uri = pathToFileURL(draftPath).href
  const text = MARKDOWN_DRAFT_LINES.join('\n')

  const nextDiagnostics = (predicate: (value: Published) => boolean) => server.nextDiagnostics(predicate)

  beforeAll(async () => {
    writeFileSync(draftPath, text)
    server = startLanguageServer(workspace)
    connection = server.connection
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, workspaceFolders: null})
    await connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    server?.stop()
  })

  it('publishes diagnostics on open, with rule codes, docs links and 0-based positions', async () => {
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 1)
    const missing = result.diagnostics.filter((diagnostic) => diagnostic.code === 'required-section')
    expect(missing).toHaveLength(2)
    expect(missing[0]!.message).toMatch(/^缺少“存在的不足和原因”部分/u)
    expect(missing[1]!.message).toMatch(/^缺少“党政主要负责人履行推进法治建设第一责任人职责情况”部分/u)
    expect(missing[0]!.range.start).toEqual({line: 0, character: 0})
    expect(missing[0]!.severity).toBe(1)
    expect(missing[0]!.codeDescription?.href).toMatch(/rules\/structure\/required-section\/README\.md$/u)
  })

  it('updates on change: the last edit wins', async () => {
    const fixed = text.replace('## 二、2024年工作安排', '## 二、存在的不足和原因\n\n执法力量不足，主要原因是编制紧张。\n\n## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n县长主持会议研究4次。\n\n## 四、2024年工作安排')
    // Two quick edits: only the newer version's diagnostics count.
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: text + '\n'}]})
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text: fixed}]})
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 3)
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'required-section')).toEqual([])
    expect(server.published.some((value) => value.version === 2 && value.diagnostics.length === 0)).toBe(false)
  })

  it('hover explains the rule and cites the regulation', async () => {
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 4}, contentChanges: [{text}]})
    await nextDiagnostics((value) => value.uri === uri && value.version === 4)
    const hover = (await connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 3}})) as {contents: {value: string}}
    expect(hover.contents.value).toContain('required-section')
    expect(hover.contents.value).toContain('法治政府建设与责任落实督察工作规定')
  })

  it('offers a fix as a code action and the edit applies', async () => {
    // A line of web-page residue: web-noise reports it with a fix that deletes the line.
    const withNoise = `${text}\n扫一扫在手机打开当前页\n`
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 5}, contentChanges: [{text: withNoise}]})
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 5)
    const fixable = result.diagnostics.filter((diagnostic) => (diagnostic.data as {fix?: unknown} | undefined)?.fix)
    expect(fixable.length, 'a fixable diagnostic (web-noise) is published').toBeGreaterThan(0)
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: fixable[0]!.range,
      context: {diagnostics: [fixable[0]]},
    })) as {title: string; edit: {changes: Record<string, {range: {start: {line: number}}; newText: string}[]>}}[]
    expect(actions.length).toBeGreaterThan(0)
    const edits = actions[0]!.edit.changes[uri]!
    expect(edits.length).toBeGreaterThan(0)
    expect(edits[0]!.range.start.line).toBe(fixable[0]!.range.start.line)
  })

  it('offers a rule\'s suggestion as a code action, apart from fixes (rate-consistency: the rate the counts give)', async () => {
    const withRate = `${text}\n全年调解矛盾纠纷2505件，调解成功2400件，调解成功率99.8%。\n`
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 6}, contentChanges: [{text: withRate}]})
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 6)
    const rate = result.diagnostics.find((diagnostic) => diagnostic.code === 'rate-consistency')!
    expect(rate, 'the wrong rate is reported').toBeDefined()
    const actions = (await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: rate.range, context: {diagnostics: [rate]}})) as {
      title: string
      edit: {changes: Record<string, {newText: string}[]>}
    }[]
    const suggestion = actions.find((action) => action.title.includes('95.8%'))
    expect(suggestion, actions.map((action) => action.title).join('\n')).toBeDefined()
    expect(suggestion!.edit.changes[uri]!.map((edit) => edit.newText)).toEqual(['95.8%'])
  })

  it('reads a .txt wrapped at a page width as the CLI does: positions of the document, no fixes offered', async () => {
    const wrappedUri = pathToFileURL(join(workspace, 'wrapped.txt')).href
    const report = readFileSync(join(repositoryRoot, 'fixtures/corpus/gaoming-2023.txt'), 'utf8')
    const wrapped = wrapAsPdfText(report)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: wrappedUri, languageId: 'plaintext', version: 1, text: wrapped}})
    const result = await nextDiagnostics((value) => value.uri === wrappedUri && value.version === 1)
    // The same findings as the report one paragraph a line (its square brackets span several lines of the page).
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'unmatched-pair')).toEqual([])
    const range = result.diagnostics.find((diagnostic) => diagnostic.message.startsWith('综合纠错率写作'))!.range
    const offset = wrapped.split('\n').slice(0, range.start.line).reduce((sum, line) => sum + line.length + 1, 0) + range.start.character
    // The page may break the name itself: read on across the line break.
    expect(wrapped.slice(offset, offset + 8).replace(/\n/gu, '').slice(0, 5)).toBe('综合纠错率')
    expect(result.diagnostics.every((diagnostic) => !(diagnostic.data as {fix?: unknown} | undefined)?.fix)).toBe(true)
  })

  it('reloads configuration when a config file changes', async () => {
    writeFileSync(join(workspace, 'fzlint.config.json'), JSON.stringify({rules: {'required-section': 'off'}}))
    await connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(workspace, 'fzlint.config.json')).href, type: 1}]})
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 6 && !value.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'))
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === 'required-section')).toBe(false)
    expect(readFileSync(draftPath, 'utf8')).toBe(text)
  })
})

/** TextEdits applied as an editor applies them: positions are lines (split at \r\n, \r or \n) and UTF-16 columns. */
function applyTextEdits(text: string, edits: readonly {range: Diagnostic['range']; newText: string}[]): string {
  const lineStarts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) lineStarts.push(match.index + match[0].length)
  const offsetOf = ({line, character}: {line: number; character: number}) => Math.min((lineStarts[line] ?? text.length) + character, text.length)
  let result = text
  // From the end, so the earlier offsets stay valid (edits in one WorkspaceEdit never overlap).
  for (const edit of [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))) {
    result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end))
  }
  return result
}

interface CodeActionReply {
  title: string
  kind: string
  disabled?: {reason: string}
  edit?: {changes: Record<string, {range: Diagnostic['range']; newText: string}[]>}
}

describe('which documents fzlint-language-server lints, and source.fixAll.fzlint', () => {
  let server: RunningServer
  let capabilities: {codeActionProvider: {codeActionKinds: string[]}}
  const workspace = mkdtempSync(join(tmpdir(), 'fzlint-lsp-scope-'))
  let settings: {enable: boolean; profile: string; files: string[]} = {enable: true, profile: 'auto', files: []}
  const report = MARKDOWN_OPENING_LINES.join('\n')
  // A project README as found beside drafts: Markdown headings, but no numbered heading and no year.
  const readme = [
    '# fzlint',
    '',
    'A linter for rule-of-law government annual reports (法治政府建设年度报告).',
    '',
    '## Install',
    '',
    'Run `pnpm install`, then `pnpm build` (see CONTRIBUTING.md).',
    '',
    '## Usage',
    '',
    '```sh',
    'fzlint reports/*.md',
    '```',
    '',
  ].join('\n')
  const buildLog = ['> fzlint-workspace@ build /work/main', '> node scripts/build.mjs', '', 'ERROR: Could not resolve "jszip"', '1 error', ''].join('\n')
  // Several fixable findings of the recommended rules: an ordinal styled `（一）、`, a numbering gap (renumbered),
  // web-page residue, a date with zeros.
  const fixableDraft = [
    '# 某县人民政府关于2023年度法治政府建设情况的报告',
    '',
    '## 一、主要举措和成效',
    '',
    '### （一）、推进依法行政',
    '',
    '全年审核规范性文件36件，全部报送备案。',
    '',
    '### （三）强化权力监督',
    '',
    '自觉接受人大监督。',
    '',
    '## 三、存在的不足和原因',
    '',
    '部分工作人员法治意识有待提高，原因是学习培训不够深入。',
    '',
    '扫一扫在手机打开当前页',
    '',
    '某县人民政府',
    '',
    '2024年03月05日',
    '',
  ].join('\n')

  function uriOf(relativePath: string): string {
    return pathToFileURL(join(workspace, relativePath)).href
  }

  /** Opens a document (version 1) and waits for its first diagnostics. */
  async function open(relativePath: string, text: string, languageId = relativePath.endsWith('.md') ? 'markdown' : 'plaintext'): Promise<Published> {
    const uri = uriOf(relativePath)
    await server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return server.nextDiagnostics((value) => value.uri === uri && value.version === 1)
  }

  function requestFixAll(relativePath: string, only: string[]): Promise<CodeActionReply[]> {
    return server.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: uriOf(relativePath)},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only},
    }) as Promise<CodeActionReply[]>
  }

  /** What `fzlint --fix` makes of `text` saved at `relativePath` in the workspace (the same configuration applies). */
  function fixWithCli(relativePath: string, text: string): string {
    const copyPath = join(workspace, relativePath.replace(/(\.\w+)$/u, '.cli-copy$1'))
    writeFileSync(copyPath, text)
    const run = runCli(['--fix', copyPath], {cwd: workspace})
    expect(run.stderr).not.toContain('internal error')
    return readFileSync(copyPath, 'utf8')
  }

  beforeAll(async () => {
    mkdirSync(join(workspace, 'scoped', 'reports'), {recursive: true})
    mkdirSync(join(workspace, 'drafts'), {recursive: true})
    mkdirSync(join(workspace, 'fix'), {recursive: true})
    // Comments and a trailing comma: the configuration is JSONC.
    writeFileSync(join(workspace, 'scoped', 'fzlint.config.json'), '{\n  // only the reports folder holds reports\n  "files": ["reports/**"],\n}\n')
    server = startLanguageServer(workspace, () => settings)
    const initialized = (await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {workspace: {configuration: true}, textDocument: {codeAction: {disabledSupport: true}}},
      workspaceFolders: null,
    })) as {capabilities: typeof capabilities}
    capabilities = initialized.capabilities
    await server.connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    server?.stop()
  })

  it('publishes no diagnostics for a README or a build log, and diagnostics for a report', async () => {
    expect((await open('README.md', readme)).diagnostics).toEqual([])
    expect((await open('build.log', buildLog)).diagnostics).toEqual([])
    expect((await open('report.md', report)).diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
  })

  it('clears the diagnostics of a document that stops looking like a report', async () => {
    const uri = uriOf('notes.md')
    expect((await open('notes.md', report)).diagnostics.length).toBeGreaterThan(0)
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: readme}]})
    expect((await server.nextDiagnostics((value) => value.uri === uri && value.version === 2)).diagnostics).toEqual([])
  })

  it('with a config naming files: ["reports/**"], lints a report inside that folder and not one outside it', async () => {
    expect((await open('scoped/outside.md', report)).diagnostics).toEqual([])
    expect((await open('scoped/reports/report.md', report)).diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
    // Named by `files` but not a report: still nothing.
    expect((await open('scoped/reports/README.md', readme)).diagnostics).toEqual([])
  })

  it('advertises source.fixAll.fzlint, so editor.codeActionsOnSave can run it', () => {
    expect(capabilities.codeActionProvider.codeActionKinds).toEqual(expect.arrayContaining(['quickfix', 'source.fixAll.fzlint']))
  })

  it('source.fixAll.fzlint returns one edit whose application gives what fzlint --fix writes', async () => {
    const published = await open('fix/draft.md', fixableDraft)
    const fixableRules = new Set(published.diagnostics.filter((diagnostic) => (diagnostic.data as {fix?: unknown}).fix).map((diagnostic) => diagnostic.code))
    expect([...fixableRules].sort()).toEqual(['date-format', 'numbering-sequence', 'numbering-style', 'web-noise'])
    // `"source.fixAll": "explicit"` asks for the parent kind; the action is its fzlint sub-kind.
    const actions = await requestFixAll('fix/draft.md', ['source.fixAll'])
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.fzlint'])
    const edits = actions[0]!.edit!.changes[uriOf('fix/draft.md')]!
    const fixedByEditor = applyTextEdits(fixableDraft, edits)
    expect(fixedByEditor).not.toBe(fixableDraft)
    expect(fixedByEditor).toContain('### （一）推进依法行政')
    expect(fixedByEditor).toContain('2024年3月5日')
    expect(fixedByEditor).not.toContain('扫一扫')
    expect(fixedByEditor).toContain('### （二）强化权力监督')
    expect(fixedByEditor).toBe(fixWithCli('fix/draft.md', fixableDraft))
    // Only the changed lines are replaced, not the text between the first and the last fix.
    expect(edits.every((edit) => edit.range.end.line - edit.range.start.line <= 3)).toBe(true)
  })

  it('fixes a corpus report opened as plain text exactly as fzlint --fix does', async () => {
    const text = readFileSync(join(repositoryRoot, 'fixtures/corpus/dongguan-2018.txt'), 'utf8')
    await open('fix/dongguan-2018.txt', text)
    const [action] = await requestFixAll('fix/dongguan-2018.txt', ['source.fixAll.fzlint'])
    const fixedByEditor = applyTextEdits(text, action!.edit!.changes[uriOf('fix/dongguan-2018.txt')]!)
    expect(fixedByEditor.length).toBeLessThan(text.length)
    expect(fixedByEditor).toBe(fixWithCli('fix/dongguan-2018.txt', text))
  })

  it('offers no fix for a text wrapped at a page width, and says why as --fix does', async () => {
    const wrapped = wrapAsPdfText(readFileSync(join(repositoryRoot, 'fixtures/corpus/dongguan-2018.txt'), 'utf8'))
    await open('fix/wrapped.txt', wrapped)
    const actions = await requestFixAll('fix/wrapped.txt', ['source.fixAll.fzlint'])
    expect(actions).toHaveLength(1)
    expect(actions[0]!.edit).toBeUndefined()
    expect(actions[0]!.disabled?.reason).toMatch(/不能自动修复.*not fixed automatically/u)
  })

  it('offers no fix-all for a document it does not lint', async () => {
    await open('fix/README.md', `${readme}\n扫一扫在手机打开当前页\n`)
    expect(await requestFixAll('fix/README.md', ['source.fixAll.fzlint'])).toEqual([])
  })

  it('fzlint.files in the editor settings: lints what the globs name, and nothing else', async () => {
    const draftUri = uriOf('drafts/report.md')
    const outsideUri = uriOf('report.md')
    await open('drafts/report.md', report)
    settings = {...settings, files: ['drafts/**']}
    const before = server.published.length
    await server.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    const isRelinted = (uri: string) => (value: Published) => value.uri === uri && server.published.indexOf(value) >= before
    expect((await server.nextDiagnostics(isRelinted(outsideUri))).diagnostics).toEqual([])
    expect((await server.nextDiagnostics(isRelinted(draftUri))).diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
  })
})

/** A plugin whose rules hold the worker on purpose: 20 s of work at one stretch, or a loop that never returns. */
const SLOW_PLUGIN = `
const meta = (id) => ({id, type: 'problem', defaultSeverity: 'error', recommended: false,
  docs: {description: 'test only', url: 'https://example.org/' + id}, messages: {seen: '看过'}})
export default {
  theme: 'slow',
  dataFiles: [],
  rules: [
    {meta: meta('burn'), create(context) {
      return {'report:exit'() {
        if (!context.source.includes('SLOWLINT')) return
        const until = performance.now() + 20000
        while (performance.now() < until) {}
      }}
    }},
    {meta: meta('hang'), create(context) {
      return {'report:exit'() { if (context.source.includes('HANGLINT')) for (;;) {} }}
    }},
  ],
}
`

describe('linting off the main thread: hover and code actions answer while a document is linted (case 11)', {timeout: 120_000}, () => {
  let server: RunningServer
  const workspace = mkdtempSync(join(tmpdir(), 'fzlint-lsp-worker-'))
  const uriOf = (name: string) => pathToFileURL(join(workspace, name)).href
  const report = ['某县人民政府关于2023年度法治政府建设情况的报告', '', '一、主要举措和成效', '', '2023年，我县扎实推进法治政府建设。', ''].join('\n')
  let nextVersion = 1

  beforeAll(async () => {
    writeFileSync(join(workspace, 'plugin.mjs'), SLOW_PLUGIN)
    writeFileSync(join(workspace, 'fzlint.config.json'), '{"plugins": ["./plugin.mjs"], "rules": {"slow/burn": "error", "slow/hang": "error"}}')
    // An 8 s budget per document: the 20 s stretch and the endless loop are both stopped by it, and a lint cut short
    // by a newer version (within a second or two) cannot be mistaken for one stopped by the budget.
    server = startLanguageServer(workspace, () => ({enable: true, profile: 'auto', files: [], maxFileTime: 8}))
    await server.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {workspace: {configuration: true}}, workspaceFolders: null})
    await server.connection.sendNotification('initialized', {})
  })

  afterAll(() => server?.stop())

  const open = async (name: string, text: string) => {
    const version = nextVersion++
    await server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: uriOf(name), languageId: 'plaintext', version, text}})
    return version
  }
  const change = async (name: string, text: string) => {
    const version = nextVersion++
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri: uriOf(name), version}, contentChanges: [{text}]})
    return version
  }
  const timed = async <T>(request: () => Promise<T>): Promise<{value: T; ms: number}> => {
    const started = performance.now()
    const value = await request()
    return {value, ms: performance.now() - started}
  }
  const hover = (name: string) => server.connection.sendRequest('textDocument/hover', {textDocument: {uri: uriOf(name)}, position: {line: 0, character: 2}})
  const publishedFor = (name: string) => server.published.filter((value) => value.uri === uriOf(name))

  it('answers hover and source.fixAll.fzlint at once while a document takes 20 s to lint', async () => {
    const version = await open('slow.txt', `${report}SLOWLINT\n`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const hovered = await timed(() => hover('slow.txt'))
    expect(hovered.ms).toBeLessThan(2_000)
    const fixAll = await timed(() =>
      server.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri: uriOf('slow.txt')},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: [], only: ['source.fixAll.fzlint']},
      }),
    )
    expect(fixAll.ms).toBeLessThan(3_000)
    // Both answered while the lint was still running: nothing is published for the document yet.
    expect(publishedFor('slow.txt').filter((value) => value.version === version)).toEqual([])
  })

  it('a newer version supersedes a lint still running: its diagnostics come within seconds, the older one’s never', async () => {
    const slowVersion = publishedFor('slow.txt').length === 0 ? nextVersion - 1 : undefined
    const changed = await timed(async () => {
      const version = await change('slow.txt', report)
      return server.nextDiagnostics((value) => value.uri === uriOf('slow.txt') && value.version === version)
    })
    // The 20 s lint was cut short (its worker replaced), well before the 8 s budget plus its grace would end it.
    expect(changed.ms).toBeLessThan(2_500)
    expect(changed.value.diagnostics.map((diagnostic) => diagnostic.code), JSON.stringify(changed.value.diagnostics)).toContain('required-section')
    if (slowVersion !== undefined) expect(publishedFor('slow.txt').some((value) => value.version === slowVersion)).toBe(false)
  })

  it('when versions change quickly, the latest version’s diagnostics are the last published', async () => {
    const versions: number[] = []
    versions.push(await change('slow.txt', `${report}SLOWLINT\n`))
    for (let round = 0; round < 4; round++) versions.push(await change('slow.txt', `${report}${'第二段。\n'.repeat(round + 1)}`))
    const last = versions.at(-1)!
    await server.nextDiagnostics((value) => value.uri === uriOf('slow.txt') && value.version === last)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const published = publishedFor('slow.txt')
    expect(published.at(-1)!.version).toBe(last)
    // The version holding the slow marker was superseded before it finished: never published.
    expect(published.some((value) => value.version === versions[0])).toBe(false)
  })

  it('stops a document that never finishes at the time budget with a diagnostic saying so, and goes on linting', async () => {
    const path = join(workspace, 'hang.txt')
    const hung = await timed(async () => {
      const version = await open('hang.txt', `${report}HANGLINT\n`)
      return server.nextDiagnostics((value) => value.uri === uriOf('hang.txt') && value.version === version)
    })
    expect(hung.ms).toBeLessThan(30_000)
    expect(hung.value.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([`${path}: 超过单个文件的时间上限 8 秒，已停止检查 / stopped: over the 8 s time limit per file`])
    // A fresh worker lints what comes next.
    const version = await open('after.txt', report)
    const after = await server.nextDiagnostics((value) => value.uri === uriOf('after.txt') && value.version === version)
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
  })

  it('a report of 200 KB and more: hover answers within 2 s while it is linted, and its diagnostics follow', async () => {
    const corpus = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020'].map((name) => readFileSync(join(repositoryRoot, `fixtures/corpus/${name}.txt`), 'utf8'))
    let large = ''
    while (large.length * 3 < 200 * 1024) large += corpus.join('\n')
    expect(Buffer.byteLength(large)).toBeGreaterThan(200 * 1024)
    const version = await open('large.txt', large)
    const hovered = await timed(() => hover('large.txt'))
    expect(hovered.ms).toBeLessThan(2_000)
    const linted = await server.nextDiagnostics((value) => value.uri === uriOf('large.txt') && value.version === version)
    expect(linted.diagnostics.length).toBeGreaterThan(10)
    const again = await timed(() => hover('large.txt'))
    expect(again.ms).toBeLessThan(2_000)
  })
})
