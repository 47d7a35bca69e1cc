/**
 * Runs the README examples of a rule that compares a report with last year's (`settings.related.previous`). The
 * rule tester's blocks carry options and settings as JSON, but last year's report is a parsed document, so it is
 * written as a ```text previous``` block and applies to the fzlint examples that follow it.
 */
import {readFileSync} from 'node:fs'
import {parseReport, type Rule} from '@fzlint/core'
import {readReadmeCases} from './readme-cases.js'
import {checkReadmeExample, expectValidAndInvalid} from './rule-tester.js'
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
      expectValidAndInvalid(cases)
      for (const testCase of cases) expect(previousBlocks.some((block) => block.line < testCase.readmeLine)).toBe(true)
    })
    for (const testCase of cases) {
      it(`${testCase.kind} example at README line ${testCase.readmeLine}`, () => {
        const previousText = previousBlocks.filter((block) => block.line < testCase.readmeLine).at(-1)!.text
        // Checked as RuleTester.readme checks an example, with the last previous-year block above it as last year's report.
        checkReadmeExample(rule, {...testCase, settings: {...testCase.settings, related: {previous: parseReport(previousText)}}})
      })
    }
  })
}
