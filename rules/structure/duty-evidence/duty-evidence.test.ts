import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'
const measures = '一、主要举措和成效\n全面推行行政执法“三项制度”。'
const duty = '二、党政主要负责人履行推进法治建设第一责任人职责情况'

tester.run(rule, {
  valid: [
    {name: 'meetings that studied the rule of law, with a count', text: [title, measures, duty, '县长主持召开县政府常务会议专题研究法治政府建设工作3次。'].join('\n')},
    {name: 'the principal learned the law before meetings', text: [title, measures, duty, '坚持政府常务会议会前学法制度，全年学法10次。'].join('\n')},
    {name: 'court appearances', text: [title, measures, duty, '带头出庭应诉行政诉讼案件2件。'].join('\n')},
    {name: 'a run-in heading whose body reports a fact', text: [title, measures, `${duty}。开展年终述法，述法报告全文公开。`].join('\n')},
    {name: 'no duty part: required-section reports it', text: [title, measures].join('\n')},
    {
      name: 'duty under a lower heading (fangxian-2023 shape), with facts',
      text: [title, '一、主要举措和成效', '（一）压实法治政府建设第一责任', '县委书记、县长亲自部署法治建设重要工作。'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'only the duty restated',
      text: [title, measures, duty, '主要负责同志认真履行推进法治建设第一责任人职责，高度重视，常抓不懈。'].join('\n'),
      errors: [{messageId: 'noEvidence', line: 4, column: 1, severity: 1, data: {section: 'duty'}}],
    },
    {
      name: 'the heading alone names what is missing from the body',
      text: [title, measures, duty, '三、2024年工作安排', '继续推进。'].join('\n'),
      errors: [{messageId: 'noEvidence', line: 4}],
    },
  ],
})
