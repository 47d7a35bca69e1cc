import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'

tester.run(rule, {
  valid: [
    {name: 'a heading with only sub-headings is not empty', text: `${title}\n一、主要举措和成效\n（一）推进依法行政\n1.规范执法。\n正文。`},
    {name: 'run-in heading: the rest of its line is its content', text: `${title}\n一、主要举措和成效\n（一）依法行政方面。全面推行三项制度。`},
    {name: 'a heading pasted twice is left to duplicate-heading (its copy has the content)', text: `${title}\n一、主要举措和成效\n（一）推进依法行政\n（一）推进依法行政\n正文。`},
    {name: 'body separated by blank lines', text: `${title}\n\n一、主要举措和成效\n\n\n正文。\n`},
    {
      name: 'sentence items closed by a paragraph on the cause (it falls under the last item)',
      text: `${title}\n二、存在的问题\n1.法治宣传的针对性有待提高。\n2.基层执法力量相对薄弱。\n产生上述问题的原因主要是投入不足。`,
    },
    {name: 'a list of sentence items with no bodies (plans)', text: `${title}\n一、2024年工作安排\n（一）深入学习习近平法治思想；\n（二）持续推进依法行政；\n（三）加强执法监督。`},
    {
      name: 'one-line plan items followed by the sign-off (yunxi-2022 shape)',
      text: `${title}\n一、主要举措和成效\n正文。\n二、2023年主要工作安排\n（一）建成行政复议网上办理平台。\n（二）开展执法人员全员轮训。\n特此报告。\n\n某区人民政府\n2023年1月16日`,
    },
    {name: 'markdown section with a paragraph', syntax: 'markdown', text: '# 标题\n\n## 一、主要举措和成效\n\n正文。\n\n## 二、存在的不足和原因\n\n原因是编制紧张。\n'},
  ],
  invalid: [
    {
      name: 'heading followed directly by a higher-level heading',
      text: `${title}\n一、主要举措和成效\n（一）推进依法行政\n二、存在的不足和原因\n原因是编制紧张。`,
      errors: [{messageId: 'empty', line: 3, column: 1, severity: 1, data: {heading: '（一）推进依法行政', level: 2, next: '“二、存在的不足和原因”'}}],
    },
    {
      name: 'two empty top-level headings in a row',
      text: `${title}\n一、主要举措和成效\n二、存在的不足和原因\n三、2024年工作安排\n继续推进。`,
      errors: [{messageId: 'empty', line: 2}, {messageId: 'empty', line: 3}],
    },
    {
      name: 'a sentence item among siblings that have bodies is still reported',
      text: `${title}\n一、主要举措和成效\n（一）推进依法行政。\n（二）规范执法。全面推行三项制度。`,
      errors: [{messageId: 'empty', line: 3, data: {heading: '（一）推进依法行政。'}}],
    },
    {
      name: 'a last section with only the sign-off under it',
      text: `${title}\n一、主要举措和成效\n正文。\n二、2024年工作安排\n特此报告。\n某区人民政府\n2024年1月18日`,
      errors: [{messageId: 'empty', line: 4, data: {next: '全文结束'}}],
    },
    {
      name: 'only an HTML comment under a markdown heading',
      syntax: 'markdown',
      text: '# 标题\n\n## 一、主要举措和成效\n\n<!-- 待补充 -->\n\n## 二、存在的不足和原因\n\n原因是编制紧张。\n',
      errors: [{messageId: 'empty', line: 3}],
    },
    {
      name: 'indented headings (gaoming-2023 indents with two spaces)',
      text: `${title}\n  一、主要举措和成效\n  （一）推进依法行政\n  （二）规范执法\n  全面推行三项制度。`,
      errors: [{messageId: 'empty', line: 3, column: 3}],
    },
  ],
})
