/** A vitest-native RuleTester with ESLint's invariants; README examples run through the same checks. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {LintMessage, LintSettings, Rule, SourceSyntax} from '@fzlint/core'
import {applyFixesOnce, lintWithRule} from './lint-with-rule.js'
import {readReadmeCases, type ReadmeCase} from './readme-cases.js'

export interface ValidCase {
  name?: string
  text: string
  syntax?: SourceSyntax
  options?: unknown
  settings?: LintSettings
}

export interface ExpectedError {
  messageId: string
  data?: Record<string, unknown>
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  severity?: 1 | 2
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[]
  /** The text after applying fixes; required exactly when the rule produced a fix. */
  output?: string
}

const ERROR_KEYS = new Set(['messageId', 'data', 'line', 'column', 'endLine', 'endColumn', 'severity'])

function caseName(testCase: ValidCase, index: number): string {
  return testCase.name ?? `#${index + 1} ${testCase.text.slice(0, 40).replace(/\s+/gu, ' ')}`
}

function checkFixes(rule: Rule, testCase: ValidCase & {output?: string}, messages: LintMessage[]) {
  const hasFix = messages.some((message) => message.fix)
  if (!hasFix) {
    expect(testCase.output, 'output given but the rule produced no fix').toBeUndefined()
    return
  }
  expect(rule.meta.fixable, `${rule.meta.id} produced a fix but meta.fixable is not true`).toBe(true)
  expect(testCase.output, 'the rule produced a fix: give the expected output').toBeDefined()
  const fixed = applyFixesOnce(testCase.text, messages)
  expect(fixed).toBe(testCase.output)
  // markdownlint's fix-then-relint: the fixed text has nothing fixable left for this rule.
  const again = lintWithRule(rule, fixed, {options: testCase.options, settings: testCase.settings, syntax: testCase.syntax})
  expect(again.filter((message) => message.fix), 'fixed text still has fixable messages').toEqual([])
}

export class RuleTester {
  run(rule: Rule, cases: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
    const seen = new Set<string>()
    const checkDuplicate = (testCase: ValidCase) => {
      const key = JSON.stringify([testCase.text, testCase.options, testCase.settings, testCase.syntax])
      expect(seen.has(key), `duplicate test case: ${testCase.text.slice(0, 40)}`).toBe(false)
      seen.add(key)
    }
    describe(rule.meta.id, () => {
      describe('valid', () => {
        cases.valid.forEach((testCase, index) => {
          it(caseName(testCase, index), () => {
            checkDuplicate(testCase)
            const messages = lintWithRule(rule, testCase.text, testCase)
            expect(messages.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([])
          })
        })
      })
      describe('invalid', () => {
        cases.invalid.forEach((testCase, index) => {
          it(caseName(testCase, index), () => {
            checkDuplicate(testCase)
            expect(testCase.errors.length, 'an invalid case needs at least one expected error').toBeGreaterThan(0)
            const messages = lintWithRule(rule, testCase.text, testCase)
            expect(messages.length, messages.map((message) => message.message).join('\n')).toBe(testCase.errors.length)
            testCase.errors.forEach((expected, errorIndex) => {
              for (const key of Object.keys(expected)) expect(ERROR_KEYS.has(key), `unknown key in expected error: ${key}`).toBe(true)
              expect(typeof expected.messageId, 'expected errors name a messageId').toBe('string')
              expect(Object.keys(rule.meta.messages)).toContain(expected.messageId)
              const actual = messages[errorIndex]!
              const picked: Record<string, unknown> = {messageId: actual.messageId}
              for (const key of Object.keys(expected) as (keyof ExpectedError)[]) {
                if (key === 'data') {
                  picked.data = Object.fromEntries(Object.keys(expected.data!).map((dataKey) => [dataKey, actual.data?.[dataKey]]))
                } else if (key !== 'messageId') {
                  picked[key] = actual[key as keyof LintMessage]
                }
              }
              expect(picked).toEqual(expected)
            })
            checkFixes(rule, testCase, messages)
          })
        })
      })
    })
  }

  /** Runs the ```fzlint``` examples of a rule's README as tests (remark-lint's docs-are-tests). */
  readme(rule: Rule, readmeUrl: URL): void {
    const cases = readReadmeCases(readFileSync(readmeUrl, 'utf8'))
    describe(`${rule.meta.id} README examples`, () => {
      it('has at least one invalid and one valid example', () => expectValidAndInvalid(cases))
      for (const testCase of cases) it(`${testCase.kind} example at README line ${testCase.readmeLine}`, () => checkReadmeExample(rule, testCase))
    })
  }
}

/** A README shows the rule both finding something and finding nothing. */
export function expectValidAndInvalid(cases: readonly ReadmeCase[]): void {
  expect(cases.some((testCase) => testCase.kind === 'invalid')).toBe(true)
  expect(cases.some((testCase) => testCase.kind === 'valid')).toBe(true)
}

/**
 * Lints one README example with the rule and compares: a valid example gives no message; an invalid one gives the
 * messages of its “fzlint output” block (a message ending in … is a prefix; end positions are compared when the
 * block writes them), and, when it has a fix, the text of its “fzlint fixed” block.
 */
export function checkReadmeExample(rule: Rule, testCase: ReadmeCase): void {
  const messages = lintWithRule(rule, testCase.text, testCase)
  if (testCase.kind === 'valid') {
    expect(messages.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([])
    return
  }
  expect(messages.length, 'an invalid example must produce messages').toBeGreaterThan(0)
  expect(testCase.expected, 'an invalid example must be followed by a “fzlint output” block').toBeDefined()
  const actual = messages.map((message) => ({
    line: message.line,
    column: message.column,
    endLine: testCase.expected!.some((line) => line.endLine !== undefined) ? message.endLine : undefined,
    endColumn: testCase.expected!.some((line) => line.endColumn !== undefined) ? message.endColumn : undefined,
    severity: message.severity,
    ruleId: message.ruleId,
    message: message.message,
  }))
  const expected = testCase.expected!.map((line, index) => ({
    line: line.line,
    column: line.column,
    endLine: line.endLine,
    endColumn: line.endColumn,
    severity: line.severity,
    ruleId: line.ruleId,
    message: line.isPrefix && actual[index]?.message.startsWith(line.message) ? actual[index]!.message : line.message,
  }))
  expect(actual).toEqual(expected)
  if (testCase.fixed !== undefined || messages.some((message) => message.fix)) {
    checkFixes(rule, {...testCase, output: testCase.fixed}, messages)
  }
}

/** Formats messages the way README `fzlint output` blocks write them (to write a README example). */
export function formatOutputLines(messages: LintMessage[]): string {
  return messages
    .map((message) => {
      const end = message.endLine !== undefined ? `-${message.endLine}:${message.endColumn}` : ''
      return `${message.line}:${message.column}${end}  ${message.severity === 2 ? 'error' : 'warning'}  ${message.message}  ${message.ruleId}`
    })
    .join('\n')
}
