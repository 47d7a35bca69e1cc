import {RuleTester} from '@fzlint/rule-tester'
import {expect, it} from 'vitest'
import rule, {isHanCode} from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const paragraphs = (count: number) => Array.from({length: count}, (_, index) => `第${index + 1}项工作已完成,成效明显。`).join('\n')

tester.run(rule, {
  valid: [
    {name: 'full-width text', text: '一、主要举措和成效\n全年开展学法12次，成效明显。'},
    {name: 'numbers, times and Latin text keep half-width marks', text: '会议于9:30开始，参会人员共12人。\nEnglish, here; ok: yes (fine).'},
    {name: 'brackets around digits', text: '(1)会前学法'.replace('(1)', '1(2)')},
  ],
  invalid: [
    {
      name: 'a bracketed heading ordinal between Chinese text',
      text: '(一)依法行政',
      errors: [{messageId: 'paragraph', line: 1, column: 1, data: {count: 2}}],
      output: '（一）依法行政',
    },
    {
      name: 'a wholly converted document gets one message and one bulk fix',
      text: paragraphs(11),
      errors: [{messageId: 'document', line: 1, column: 9, data: {count: 11, paragraphs: 11}}],
      output: paragraphs(11).replaceAll(',', '，'),
    },
    {
      name: 'below the threshold each paragraph is reported',
      text: paragraphs(2),
      options: {maxParagraphMessages: 5},
      errors: [
        {messageId: 'paragraph', line: 1, column: 9},
        {messageId: 'paragraph', line: 2, column: 9},
      ],
      output: paragraphs(2).replaceAll(',', '，'),
    },
  ],
})

it('isHanCode agrees with \\p{Script=Han} on every UTF-16 code unit', () => {
  const han = /\p{Script=Han}/u
  const disagreeing: number[] = []
  for (let code = 0; code <= 0xffff; code++) if (isHanCode(code) !== han.test(String.fromCharCode(code))) disagreeing.push(code)
  expect(disagreeing).toEqual([])
})
