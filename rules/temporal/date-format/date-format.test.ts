import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const head = ['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全年办理行政复议案件12件。']

tester.run(rule, {
  valid: [
    {name: 'issuer and date on one line (gaoming-2023)', text: [...head, '某县人民政府    2023年12月19日'].join('\n')},
    {name: 'no sign-off: nothing to check here (document-signoff reports it)', text: head.join('\n')},
    {name: 'a zero-padded date in the body is not the 成文日期', text: [...head, '2023年03月起施行。', '某县人民政府', '2024年3月5日'].join('\n')},
  ],
  invalid: [
    {
      name: 'Chinese numerals',
      text: [...head, '某县人民政府', '二〇二四年三月五日'].join('\n'),
      errors: [{messageId: 'chinese', line: 5, column: 1, data: {text: '二〇二四年三月五日', expected: '2024年3月5日'}}],
      output: [...head, '某县人民政府', '2024年3月5日'].join('\n'),
    },
    {
      name: 'dots for 年月日',
      text: [...head, '某县人民政府', '2024.3.5'].join('\n'),
      errors: [{messageId: 'separated', data: {expected: '2024年3月5日'}}],
      output: [...head, '某县人民政府', '2024年3月5日'].join('\n'),
    },
    {
      name: 'zero-padded, on the issuer line: only the date is rewritten',
      text: [...head, '某县人民政府    2024年03月05日'].join('\n'),
      errors: [{messageId: 'zeroPadded', line: 4, column: 11, data: {text: '2024年03月05日'}}],
      output: [...head, '某县人民政府    2024年3月5日'].join('\n'),
    },
  ],
})
