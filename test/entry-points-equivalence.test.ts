/**
 * The same findings at the same places from every entry point: the plain command and `fzlint review` on .txt,
 * page-wrapped .txt, .docx and .html, and the language server on the texts an editor opens (.txt, wrapped .txt). Review lints in the extracted text's coordinates (it needs each finding's
 * sentence) and maps positions to the file once; it used to map them twice for .html and wrapped .txt, putting
 * dongguan-2018.html's first web-noise finding at 40:18 with the page footer as its sentence instead of 20:12.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'
import {wrapAsPdfText} from './helpers/wrap-text.js'

interface Place {
  ruleId: string | null
  line: number
  column: number
  endLine?: number
  endColumn?: number
  message: string
}

const placeOf = ({ruleId, line, column, endLine, endColumn, message}: Place): Place => ({ruleId, line, column, endLine, endColumn, message})

const folder = mkdtempSync(join(tmpdir(), 'fzlint-entry-points-'))
const wrappedPath = join(folder, 'gaoming-2023-wrapped.txt')
writeFileSync(wrappedPath, wrapAsPdfText(readFileSync(join(repositoryRoot, 'fixtures/corpus/gaoming-2023.txt'), 'utf8')))

const FILES = [
  join(repositoryRoot, 'fixtures/corpus/fangxian-2023.txt'),
  wrappedPath,
  join(repositoryRoot, 'fixtures/docx/dongguan-2018.docx'),
  join(repositoryRoot, 'fixtures/html/dongguan-2018.html'),
  join(repositoryRoot, 'fixtures/html/yicheng-2020.html'),
]

describe('every entry point gives the same findings at the same places', () => {
  const lint = runCliJson(FILES)
  const reportPath = join(folder, 'review.json')
  const review = runCli(['review', ...FILES, '--report', reportPath])
  const reviewed = JSON.parse(readFileSync(reportPath, 'utf8')) as {reports: Array<{filePath: string; messages: Array<Place & {context?: {sentence: string}}>}>}

  it.each(FILES)('fzlint review and fzlint agree on %s', (file) => {
    expect(review.status, review.stderr).not.toBe(2)
    const fromLint = lint.results.find((result) => result.filePath === file)!.messages.map(placeOf)
    const fromReview = reviewed.reports.find((report) => report.filePath === file)!.messages.map(placeOf)
    expect(fromLint.length).toBeGreaterThan(0)
    expect(fromReview).toEqual(fromLint)
  })

  it('gives a finding in an .html page its own sentence, not a line further down the page', () => {
    const page = reviewed.reports.find((report) => report.filePath.endsWith('dongguan-2018.html'))!
    const firstNoise = page.messages.find((message) => message.ruleId === 'web-noise')!
    expect(firstNoise.context?.sentence).toContain('东莞市2018年法治政府建设情况报告')
  })
})

interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  code?: string | number
  message: string
}

/** What the built language server publishes for `file` opened as an editor opens it (its text, as plain text). */
async function diagnosticsFromLanguageServer(file: string): Promise<Diagnostic[]> {
  const child = spawn(process.execPath, [join(repositoryRoot, 'packages/cli/bin/fzlint-language-server.js'), '--stdio'], {cwd: folder})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const uri = pathToFileURL(file).href
  const published = new Promise<Diagnostic[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
      if (params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics)
    })
  })
  connection.listen()
  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}})
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: readFileSync(file, 'utf8')}})
    return await published
  } finally {
    connection.dispose()
    child.kill()
  }
}

describe('the language server agrees with the command line', () => {
  it.each(FILES.filter((file) => file.endsWith('.txt')))('on %s', async (file) => {
    const fromLint = runCliJson([file]).results[0]!.messages
    const diagnostics = await diagnosticsFromLanguageServer(file)
    const asPlaces = (places: Array<{code: unknown; line: number; character: number; message: string}>) =>
      places.map((place) => `${place.line}:${place.character} ${String(place.code)} ${place.message}`).sort()
    expect(asPlaces(diagnostics.map((diagnostic) => ({code: diagnostic.code, line: diagnostic.range.start.line, character: diagnostic.range.start.character, message: diagnostic.message})))).toEqual(
      asPlaces(fromLint.map((message) => ({code: message.ruleId, line: message.line - 1, character: message.column - 1, message: message.message}))),
    )
  })
})
