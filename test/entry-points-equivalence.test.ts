/**
 * The same findings at the same places from every entry point, since all of them lint through one pipeline
 * (lintInput in @fzlint/core: what a reader returned → parse → model → rules → positions in the original file):
 *
 * | input                  | fzlint | review | language server | serve page's engine | remark plugin |
 * | ---------------------- | ------ | ------ | --------------- | ------------------- | ------------- |
 * | .txt                   | ✓      | ✓      | ✓               | ✓                   | ✓             |
 * | page-wrapped .txt      | ✓      | ✓      | ✓               | ✓                   | ✓             |
 * | .md                    | ✓      | ✓      | ✓               | ✓                   | ✓             |
 * | .docx                  | ✓      | ✓      | –  an editor does not open a .docx as text                 |
 * | .html                  | ✓      | ✓      | –  (the page refuses .html: its positions are in the markup, which it cannot mark;
 * |                        |        |        |    remark and the editor lint text files, not extracted text)             |
 *
 * The page's engine runs in Node through its own modules (readDroppedFile → lintInPage, the code its bundle holds);
 * the remark plugin runs as `unified().use(remarkParse).use(remarkLintFzlint)`. Review once mapped positions twice
 * for .html and wrapped .txt, putting dongguan-2018.html's first web-noise finding at 40:18 with the page footer as
 * its sentence instead of 20:12.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import remarkLintFzlint from '../packages/remark-lint-fzlint/src/index.js'
import {lintInPage} from '../packages/serve/src/page/lint-in-page.js'
import {readDroppedFile} from '../packages/serve/src/page/read-dropped-file.js'
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

/** Rule, start, end and message; a finding with no end ends where it starts (as remark and the editor show it). */
const placeOf = ({ruleId, line, column, endLine, endColumn, message}: Place): Place => ({ruleId, line, column, endLine: endLine ?? line, endColumn: endColumn ?? column, message})

const folder = mkdtempSync(join(tmpdir(), 'fzlint-entry-points-'))
const wrappedPath = join(folder, 'gaoming-2023-wrapped.txt')
writeFileSync(wrappedPath, wrapAsPdfText(readFileSync(join(repositoryRoot, 'fixtures/corpus/gaoming-2023.txt'), 'utf8')))
// A Markdown draft: the report's lines as paragraphs, its parts as `##` headings.
const markdownPath = join(folder, 'yicheng-2020.md')
writeFileSync(
  markdownPath,
  readFileSync(join(repositoryRoot, 'fixtures/corpus/yicheng-2020.txt'), 'utf8')
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '')
    .map((line) => (/^[一二三四五六七八九十]{1,3}、/u.test(line.trim()) ? `## ${line.trim()}` : line.trim()))
    .join('\n\n') + '\n',
)

const TEXT_FILES = [join(repositoryRoot, 'fixtures/corpus/fangxian-2023.txt'), wrappedPath, markdownPath]
const DOCX_FILES = [join(repositoryRoot, 'fixtures/docx/dongguan-2018.docx')]
const HTML_FILES = [join(repositoryRoot, 'fixtures/html/dongguan-2018.html'), join(repositoryRoot, 'fixtures/html/yicheng-2020.html')]
const FILES = [...TEXT_FILES, ...DOCX_FILES, ...HTML_FILES]

// Run in the repository, where no configuration file applies: the recommended rules and the detected profile, as
// on the page, which has no configuration.
const lint = runCliJson(FILES)

/** What `fzlint --format json` reports for `file`: what every other entry point must give. */
function fromCli(file: string): Place[] {
  const result = lint.results.find((entry) => entry.filePath === file)
  if (!result) throw new Error(`no result for ${file}: ${lint.stderr}`)
  return result.messages.map(placeOf)
}

it('lints every case with findings (so the comparisons below compare something)', () => {
  for (const file of FILES) expect(fromCli(file).length, file).toBeGreaterThan(0)
})

describe('fzlint review', () => {
  const reportPath = join(folder, 'review.json')
  const review = runCli(['review', ...FILES, '--report', reportPath])
  const reviewed = JSON.parse(readFileSync(reportPath, 'utf8')) as {reports: Array<{filePath: string; messages: Array<Place & {context?: {sentence: string}}>}>}
  // Review starts from the `review` preset (the recommended rules and a few for a reviewing office): fzlint with the
  // same preset is what it must agree with.
  const presetPath = join(folder, 'review-preset.fzlint.json')
  writeFileSync(presetPath, JSON.stringify({extends: ['review']}))
  const lintWithReviewPreset = runCliJson(['--config', presetPath, ...FILES])

  it.each(FILES)('agrees with fzlint on %s', (file) => {
    expect(review.status, review.stderr).not.toBe(2)
    const fromLint = lintWithReviewPreset.results.find((result) => result.filePath === file)!.messages.map(placeOf)
    expect(fromLint.length).toBeGreaterThan(0)
    expect(reviewed.reports.find((report) => report.filePath === file)!.messages.map(placeOf)).toEqual(fromLint)
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

/** What the built language server publishes for `file` opened as an editor opens it (its text, as plain text or Markdown). */
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
    const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext'
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text: readFileSync(file, 'utf8')}})
    return await published
  } finally {
    connection.dispose()
    child.kill()
  }
}

/** Places sorted as text, for entry points that order their findings their own way (the editor, remark). */
const asSortedKeys = (places: Place[]) => places.map((place) => JSON.stringify(placeOf(place))).sort()

describe('the language server', () => {
  it.each(TEXT_FILES)('agrees with fzlint on %s', async (file) => {
    const diagnostics = await diagnosticsFromLanguageServer(file)
    const places = diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.code === undefined ? null : String(diagnostic.code),
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      endLine: diagnostic.range.end.line + 1,
      endColumn: diagnostic.range.end.character + 1,
      message: diagnostic.message,
    }))
    expect(asSortedKeys(places)).toEqual(asSortedKeys(fromCli(file)))
  })
})

/** What the test reads of the vfile remark linted. */
interface RemarkFile {
  messages: Array<{ruleId?: string | null; reason: string; place?: {start: {line: number; column: number}; end: {line: number; column: number}} | {line: number; column: number}}>
}

/** A file as the page gets it from a drop or the file chooser. */
function droppedFile(file: string) {
  const bytes = readFileSync(file)
  return {name: basename(file), size: statSync(file).size, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer}
}

describe("the serve page's engine (its reader and lint modules, run in Node)", () => {
  it.each([...TEXT_FILES, ...DOCX_FILES])('agrees with fzlint on %s', async (file) => {
    const input = await readDroppedFile(droppedFile(file))
    const {result} = lintInPage(input, {fileName: basename(file)})
    expect(result.messages.map(placeOf)).toEqual(fromCli(file))
  })

  it.each(HTML_FILES)('refuses %s with a message pointing to the command line (positions in markup cannot be marked on the page)', async (file) => {
    await expect(readDroppedFile(droppedFile(file))).rejects.toThrow(/网页文件请用命令行 fzlint 检查.*check \.html files with the fzlint command/u)
  })
})

describe('remark-lint-fzlint in a unified pipeline (text files only: remark reads no .docx or .html)', () => {
  it.each(TEXT_FILES)('agrees with fzlint on %s', async (file) => {
    const processor = unified().use(remarkParse).use(remarkLintFzlint as never)
    // A vfile as remark-cli makes one for a file (unified's own: it takes the options object).
    const asRead = {path: file, value: readFileSync(file, 'utf8'), cwd: repositoryRoot}
    const vfile = await new Promise<RemarkFile>((resolve, reject) => {
      processor.run(processor.parse(asRead), asRead, (error, _tree, linted) => {
        if (error || !linted) reject(error ?? new Error('no file'))
        else resolve(linted as unknown as RemarkFile)
      })
    })
    const places = vfile.messages.map((message) => {
      const {start, end} = message.place && 'start' in message.place ? message.place : {start: message.place!, end: message.place!}
      return {ruleId: message.ruleId ?? null, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message: message.reason}
    })
    expect(asSortedKeys(places)).toEqual(asSortedKeys(fromCli(file)))
  })
})
