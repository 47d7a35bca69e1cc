import {RuleTester} from '@fzlint/rule-tester'
import rule from './no-draft-mark.js'

const tester = new RuleTester()

// The README's examples are the rule's first tests.
tester.readme(rule, new URL('../README.md', import.meta.url))

const body = '\n一、主要举措和成效\n全年办理行政复议案件12件。'

tester.run(rule, {
  valid: [
    {name: 'another document\'s draft, named in 《》', text: `某县2023年度法治政府建设情况的报告${body}\n起草《某县行政规范性文件管理办法（征求意见稿）》并公开征求意见。`},
    {name: 'brackets holding something else', text: `某县2023年度法治政府建设情况的报告（全文）${body}`},
  ],
  invalid: [
    {
      name: 'a half-width mark after the title',
      text: `某县2023年度法治政府建设情况的报告(讨论稿)${body}`,
      errors: [{messageId: 'stageMark', line: 1, column: 20, data: {mark: '(讨论稿)'}}],
      output: `某县2023年度法治政府建设情况的报告${body}`,
    },
    {
      name: 'a mark on a line of its own above the title',
      text: `（送审稿）\n某县2023年度法治政府建设情况的报告${body}`,
      errors: [{messageId: 'stageMark', line: 1, column: 1}],
      output: `\n某县2023年度法治政府建设情况的报告${body}`,
    },
  ],
})
