/**
 * Runs the README examples of a rule that compares a report with last year's (`settings.related.previous`). The
 * rule tester's blocks carry options and settings as JSON, but last year's report is a parsed document, so it is
 * written as a ```text previous``` block and applies to the fzlint examples that follow it.
 */
import {readFileSync} from 'node:fs'
import {parseReport, type Rule} from '@fzlint/core'
import {lintWithRule} from './lint-with-rule.js'
import {readReadmeCases} from './readme-cases.js'
import {formatOutputLines} from './rule-tester.js'
import {describe, expect, it} from 'vitest'

const PREVIOUS_BLOCK = /^```text previous\n([\s\S]*?)\n```$/gmu

export function testReadmeWithPrevious(rule: Rule, readmeUrl: URL): void {
  const markdown = readFileSync(readmeUrl, 'utf8')
  const previousBlocks = [...markdown.matchAll(PREVIOUS_BLOCK)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length,
    text: match[1]!,
  }))
  const cases = readReadmeCases(markdown)
  describe(`${rule.meta.id} README examples (with last year's report)`, () => {
    it('has invalid and valid examples, each after a previous-year block', () => {
      expect(cases.some((testCase) => testCase.kind === 'invalid')).toBe(true)
      expect(cases.some((testCase) => testCase.kind === 'valid')).toBe(true)
      for (const testCase of cases) expect(previousBlocks.some((block) => block.line < testCase.readmeLine)).toBe(true)
    })
    for (const testCase of cases) {
      it(`${testCase.kind} example at README line ${testCase.readmeLine}`, () => {
        const previousText = previousBlocks.filter((block) => block.line < testCase.readmeLine).at(-1)!.text
        const settings = {...testCase.settings, related: {previous: parseReport(previousText)}}
        const messages = lintWithRule(rule, testCase.text, {options: testCase.options, settings, syntax: testCase.syntax})
        if (testCase.kind === 'valid') {
          expect(formatOutputLines(messages)).toBe('')
          return
        }
        expect(testCase.expected, 'an invalid example must be followed by a “fzlint output” block').toBeDefined()
        const actualLines = formatOutputLines(messages).split('\n')
        expect(actualLines).toHaveLength(testCase.expected!.length)
        testCase.expected!.forEach((expected, index) => {
          const end = expected.endLine !== undefined ? `-${expected.endLine}:${expected.endColumn}` : ''
          const head = `${expected.line}:${expected.column}${end}  ${expected.severity === 2 ? 'error' : 'warning'}  ${expected.message}`
          const actual = actualLines[index]!
          if (expected.isPrefix) {
            expect(actual.startsWith(head), actual).toBe(true)
            expect(actual.endsWith(`  ${expected.ruleId}`)).toBe(true)
          } else {
            expect(actual).toBe(`${head}  ${expected.ruleId}`)
          }
        })
      })
    }
  })
}
