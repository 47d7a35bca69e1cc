import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (addressee: string) => `某市司法局关于2023年度法治政府建设情况的报告\n${addressee}\n2023年，我局扎实推进法治政府建设。\n一、主要举措和成效\n正文。`

tester.run(rule, {
  valid: [
    {name: 'department reporting to its government and the department above', text: report('市人民政府、省司法厅：'), settings: {profile: 'department'}},
    {name: 'no addressee', text: report('').replace('\n\n', '\n'), settings: {profile: 'township'}},
    {name: 'no profile known', text: report('市人大常委会：')},
    {
      name: 'a local addressee added through configuration',
      text: report('高新区管委会：'),
      settings: {profile: 'department', data: {addressees: [{profile: 'department', reportsTo: '管委会', patterns: ['管委会$'], source: 'test', example: '管委会：'}]}},
    },
  ],
  invalid: [
    {
      name: 'a department addressing the people\'s congress',
      text: report('市人民政府、市人大常委会：'),
      settings: {profile: 'department'},
      errors: [{messageId: 'unexpected', line: 2, column: 1, data: {addressee: '市人大常委会', profile: 'department'}}],
    },
  ],
})
