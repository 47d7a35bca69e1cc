/**
 * Bad input through the real CLI: each case gets a clear bilingual message naming the file on stderr,
 * exit code 2, no stack trace, a bounded run time, the file left unchanged — and a good file given in
 * the same run is still checked.
 */
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {repositoryRoot, runCli} from './helpers/run-cli.js'

const goodReport = join(repositoryRoot, 'fixtures/corpus/helong-2023.txt')

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

interface BadInputCase {
  name: string
  file: string
  args?: string[]
  /** Both languages of the message, so neither half can silently disappear. */
  stderr: RegExp[]
  /** Exit code: 2 (the file could not be checked) unless said. */
  status?: number
}

const cases: BadInputCase[] = [
  {name: 'corrupt-docx', file: 'report.docx', stderr: [/不是有效的 \.docx/u, /not a valid \.docx/u]},
  {name: 'encrypted-docx', file: 'report.docx', stderr: [/文档已加密/u, /encrypted/u]},
  {name: 'zip-bomb', file: 'report.docx', stderr: [/压缩炸弹/u, /zip bomb/u, /120\.0 MB/u]},
  {name: 'xls-as-doc', file: 'report.doc', stderr: [/不是 Word 97-2003 文档（\.doc），而是 Excel 工作簿/u, /not a Word 97-2003 document \(\.doc\): it is an Excel workbook/u]},
  // A sector chain that points back at itself: refused from the structure, not followed until memory runs out.
  {name: 'looping-doc', file: 'report.doc', stderr: [/不是有效的 Word 97-2003 文档.*扇区链循环/u, /chain of stream WordDocument loops/u]},
  {name: 'truncated-doc', file: 'report.doc', stderr: [/不是有效的 Word 97-2003 文档/u, /not a valid Word 97-2003 document/u]},
  {name: 'ofd-missing-page', file: 'report.ofd', stderr: [/不是有效的 OFD 文件（第 2 页的内容 Pages\/Page_1\/Content\.xml 不存在/u, /the content of page 2 is missing/u]},
  {name: 'ofd-zip-bomb', file: 'report.ofd', stderr: [/压缩炸弹/u, /zip bomb/u, /120\.1 MB/u]},
  {name: 'binary', file: 'report.txt', stderr: [/二进制文件/u, /binary file/u]},
  {name: 'empty', file: 'report.txt', stderr: [/文件为空/u, /file is empty/u]},
  {name: 'too-large', file: 'report.txt', args: ['--max-file-size', '0.01'], stderr: [/文件过大/u, /file too large/u]},
  // Not a report is a warning (exit 0, 1 under --max-warnings 0), not a failure to read: said on stderr all the same.
  {name: 'not-a-report', file: 'notes.txt', stderr: [/不像年度报告/u, /does not look like a report/u], status: 0},
]

describe.each(cases)('$name', ({name, file, args = [], stderr, status = 2}) => {
  const path = join(repositoryRoot, 'fixtures/bad-input', name, file)

  it('exits 2 (0 for a text that is not a report) with a clear message naming the file, checks the other file, changes nothing', () => {
    const before = hashOf(path)
    const started = Date.now()
    const run = runCli(['--format', 'json', ...args, path, goodReport])
    expect(Date.now() - started).toBeLessThan(55_000)
    expect(run.status).toBe(status)
    for (const pattern of stderr) expect(run.stderr).toMatch(pattern)
    expect(run.stderr).toContain(path)
    expect(run.stderr).not.toMatch(/\n\s+at |Error: |TypeError|RangeError/u)
    const results = JSON.parse(run.stdout) as {filePath: string; messages: {ruleId: string | null; fatal?: boolean}[]}[]
    const bad = results.find((result) => result.filePath === path)!
    // One message for the bad file — not dozens of findings.
    expect(bad.messages).toHaveLength(1)
    const good = results.find((result) => result.filePath === goodReport)!
    expect(good.messages.every((message) => message.ruleId !== null && message.ruleId !== 'not-a-report')).toBe(true)
    expect(hashOf(path)).toBe(before)
  })
})

describe('the default size limit (10 MB)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'fzlint-too-large-'))
  afterAll(() => rmSync(directory, {recursive: true, force: true}))

  it('refuses an 11 MB file without reading it', () => {
    const path = join(directory, 'huge.txt')
    writeFileSync(path, '')
    // A sparse file: its size is 11 MB on disk at no cost; the limit is checked from its size alone.
    truncateSync(path, 11 * 1024 * 1024)
    const run = runCli([path])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/文件过大（11\.0 MB，上限 10\.0 MB）/u)
  })
})

describe('a good report is not mistaken for a non-report', () => {
  it('lints the corpus report with rules, no not-a-report', () => {
    const run = runCli(['--format', 'json', goodReport])
    const [result] = JSON.parse(run.stdout) as {messages: {ruleId: string | null}[]}[]
    expect(result!.messages.some((message) => message.ruleId === 'not-a-report')).toBe(false)
    expect(run.stderr).not.toContain('not-a-report')
  })
})
