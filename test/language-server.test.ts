/** The real language server over stdio, driven by a JSON-RPC client as an editor would. */
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'
import {repositoryRoot} from './helpers/run-cli.js'
import {wrapAsPdfText} from './helpers/wrap-text.js'

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

describe('fzlint-language-server', () => {
  let child: ChildProcess
  let connection: MessageConnection
  const published: Published[] = []
  const waiters: {predicate: (value: Published) => boolean; resolve: (value: Published) => void}[] = []
  const workspace = mkdtempSync(join(tmpdir(), 'fzlint-lsp-'))
  const draftPath = join(workspace, 'draft.md')
  const uri = pathToFileURL(draftPath).href
  const text = [
    '# 某县人民政府关于2023年度法治政府建设情况的报告',
    '',
    '## 一、主要举措和成效',
    '',
    '2023年，我县扎实推进法治政府建设。',
    '',
    '## 二、2024年工作安排',
    '',
    '继续推进。',
    '',
  ].join('\n')

  function nextDiagnostics(predicate: (value: Published) => boolean): Promise<Published> {
    const found = published.find(predicate)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no publishDiagnostics in time')), 20_000)
      waiters.push({predicate, resolve: (value) => (clearTimeout(timer), resolve(value))})
    })
  }

  beforeAll(async () => {
    writeFileSync(draftPath, text)
    child = spawn(process.execPath, [join(repositoryRoot, 'packages/language-server/bin/fzlint-language-server.js'), '--stdio'], {cwd: workspace})
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      published.push(params)
      for (const waiter of [...waiters]) {
        if (waiter.predicate(params)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    connection.listen()
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, workspaceFolders: null})
    await connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    connection?.dispose()
    child?.kill()
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
    expect(published.some((value) => value.version === 2 && value.diagnostics.length === 0)).toBe(false)
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
    const result = await nextDiagnostics((value) => value.uri === uri && value.version === 5 && !value.diagnostics.some((diagnostic) => diagnostic.code === 'required-section'))
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === 'required-section')).toBe(false)
    expect(readFileSync(draftPath, 'utf8')).toBe(text)
  })
})
