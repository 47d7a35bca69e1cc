import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (...headings: string[]) =>
  ['某县人民政府关于2023年度法治政府建设情况的报告', ...headings.flatMap((heading) => [heading, '正文。'])].join('\n')

tester.run(rule, {
  valid: [
    {name: 'the four required parts in order', text: report('一、主要举措和成效', '二、存在的不足和原因', '三、党政主要负责人履行推进法治建设第一责任人职责情况', '四、2024年工作安排')},
    {
      name: 'measures split into topical sections before the shortcomings (inferred kind)',
      text: report('一、坚持党的领导', '二、严格规范公正文明执法', '三、存在的问题和不足', '四、下一步工作打算'),
    },
    {name: 'unclassified headings do not take part', text: report('一、主要举措和成效', '二、典型案例', '三、存在的不足和原因', '四、下一步工作打算')},
    {name: 'a report with one section', text: report('一、主要举措和成效')},
    {
      name: 'markdown headings',
      syntax: 'markdown',
      text: '# 某县2023年法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n\n## 二、存在的不足和原因\n\n正文。\n\n## 三、下一年度主要安排\n\n正文。\n',
    },
  ],
  invalid: [
    {
      name: 'shortcomings before measures: one finding, the later section kept in place',
      text: report('一、存在的不足和原因', '二、主要举措和成效', '三、下一步工作打算'),
      errors: [{messageId: 'tooEarly', line: 2, column: 1, severity: 1, data: {section: 'shortcomings', expectedAfter: 'measures'}}],
    },
    {
      name: 'shortcomings moved to the end: one finding, before the duty part',
      text: report('一、主要举措和成效', '二、党政主要负责人履行推进法治建设第一责任人职责情况', '三、2024年工作安排', '四、其他需要报告的情况', '五、存在的不足和原因'),
      errors: [{messageId: 'tooLate', line: 10, data: {section: 'shortcomings', expectedBefore: 'duty'}}],
    },
    {
      name: 'the other-matters part before the plans',
      text: report('一、主要举措和成效', '二、存在的不足和原因', '三、其他需要报告的情况', '四、2024年工作安排'),
      errors: [{messageId: 'tooEarly', line: 6, data: {section: 'other', expectedAfter: 'plans'}}],
    },
    {
      name: 'duty last after the plans: too late',
      text: report('一、主要举措和成效', '二、存在的不足和原因', '三、2024年工作安排', '四、下一步打算', '五、党政主要负责人履行推进法治建设第一责任人职责情况'),
      errors: [{messageId: 'tooLate', line: 10, data: {section: 'duty', expectedBefore: 'plans'}}],
    },
  ],
})
