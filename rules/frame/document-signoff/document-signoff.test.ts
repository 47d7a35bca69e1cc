import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const head = ['某县人民政府关于2023年度法治政府建设情况的报告', '2023年，我县深入推进法治政府建设。', '特此报告。']

tester.run(rule, {
  valid: [
    {name: 'issuer and date on one line (gaoming-2023)', text: [...head, '某县人民政府    2023年12月19日'].join('\n')},
    {name: 'issuer with the seal noted after it (（盖章）)', text: [...head, '某县司法局（盖章）', '2024年2月6日'].join('\n')},
    {name: 'joint issuer, blank lines between', text: [...head, '', '中共某县委 某县人民政府', '', '2024年3月1日', ''].join('\n')},
  ],
  invalid: [
    {
      name: 'ends with website residue, no sign-off (yicheng-2020)',
      text: [...head.slice(0, 2), '供稿: 某县司法局  审核人:张三'].join('\n'),
      errors: [{messageId: 'absent', line: 3, column: 1, data: {missing: ['issuer', 'date']}}],
    },
    {
      name: 'date only, after 特此报告',
      text: [...head, '', '2024年2月28日'].join('\n'),
      errors: [{messageId: 'missingIssuer', line: 5, column: 1, data: {missing: ['issuer']}}],
    },
  ],
})
