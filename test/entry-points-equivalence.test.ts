/**
 * The same findings at the same places from every entry point: the plain command and `fzlint review` on .txt,
 * page-wrapped .txt, .docx and .html. Review lints in the extracted text's coordinates (it needs each finding's
 * sentence) and maps positions to the file once; it used to map them twice for .html and wrapped .txt, putting
 * dongguan-2018.html's first web-noise finding at 40:18 with the page footer as its sentence instead of 20:12.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
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
