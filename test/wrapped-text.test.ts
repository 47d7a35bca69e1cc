/** A report as a PDF's text layer (.txt wrapped at the page width, page numbers between pages), through the real CLI. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLocator} from '../packages/core/src/text/locator.js'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'
import {wrapAsPdfText} from './helpers/wrap-text.js'

const reports = ['gaoming-2023', 'fangxian-2023', 'yicheng-2020']

describe('a wrapped plain text is read with its paragraphs rejoined', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-wrapped-'))
  for (const name of reports) {
    writeFileSync(join(folder, `${name}.txt`), wrapAsPdfText(readFileSync(join(repositoryRoot, 'fixtures/corpus', `${name}.txt`), 'utf8')))
  }
  const original = runCliJson(reports.map((name) => `fixtures/corpus/${name}.txt`))
  const wrapped = runCliJson(reports.map((name) => join(folder, `${name}.txt`)))

  for (const [index, name] of reports.entries()) {
    it(`${name}: the same findings as the report written one paragraph a line`, () => {
      const describe = (messages: {ruleId: string | null; message: string}[]) => messages.map((message) => `${message.ruleId} ${message.message}`)
      expect(describe(wrapped.results[index]!.messages)).toEqual(describe(original.results[index]!.messages))
    })

    it(`${name}: each finding's line and column are the wrapped file's, at the same words`, () => {
      const originalText = readFileSync(join(repositoryRoot, 'fixtures/corpus', `${name}.txt`), 'utf8')
      const wrappedText = readFileSync(join(folder, `${name}.txt`), 'utf8')
      const [originalLocator, wrappedLocator] = [createLocator(originalText), createLocator(wrappedText)]
      const wordsAt = (text: string, offset: number) => text.slice(offset, offset + 12).replace(/[\s\f]/gu, '').slice(0, 3)
      const originalMessages = original.results[index]!.messages
      for (const [position, message] of wrapped.results[index]!.messages.entries()) {
        const expected = wordsAt(originalText, originalLocator.toOffset(originalMessages[position]!))
        expect(wordsAt(wrappedText, wrappedLocator.toOffset(message))).toBe(expected)
      }
    })
  }

  it('--fix leaves a wrapped file as it is and says why', () => {
    // fangxian-2023 has fixable findings (numbering style): they are not written back.
    const file = join(folder, 'fangxian-2023.txt')
    const before = readFileSync(file, 'utf8')
    const run = runCli(['--fix', file])
    expect(run.stderr).toContain('按页面宽度回行的文本（如从 PDF 复制）不能自动修复')
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
})
