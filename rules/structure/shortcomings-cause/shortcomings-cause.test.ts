import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (shortcomings: string) =>
  ['某区人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '正文。', shortcomings, '三、2024年工作安排', '继续推进。'].join('\n')

tester.run(rule, {
  valid: [
    {name: 'the title promises causes (gaoming-2023 shape)', text: report('二、存在不足及原因\n一是普法宣传经费不足。二是执法人员不足。')},
    {name: '由于 in the body (helong-2023 shape)', text: report('二、存在的不足\n一是由于建设项目多，执法任务重。')},
    {name: '受……影响', text: report('二、存在的问题\n受疫情影响，部分执法检查未能按期开展。')},
    {name: 'causes in a sub-section of the shortcomings', text: report('二、存在的问题\n（一）存在的问题\n执法不规范。\n（二）原因分析\n编制紧张。')},
    {name: 'no shortcomings section at all: nothing to check here', text: '某区2018年法治政府建设情况报告\n一、基本情况\n正文。\n二、2019年工作设想\n继续推进。'},
    {
      name: 'a marker added in configuration',
      text: report('二、存在的问题\n执法不规范，深层次问题在于编制紧张。'),
      settings: {data: {'cause-markers': [{pattern: '深层次问题在于', label: '深层次问题在于', source: '本地模板', example: '深层次问题在于编制紧张。'}]}},
    },
  ],
  invalid: [
    {
      name: 'problems listed with 一是/二是, no cause (yicheng-2020 shape)',
      text: report('二、推进法治政府建设存在的不足\n一是对法治政府建设的重要性认识有差距。二是运用法治思维的能力有待加强。'),
      errors: [{messageId: 'missingCause', line: 4, column: 1, severity: 1, data: {section: 'shortcomings', heading: '二、推进法治政府建设存在的不足'}}],
    },
    {
      name: 'an empty shortcomings section',
      text: report('二、存在的问题和不足'),
      errors: [{messageId: 'missingCause', line: 4}],
    },
    {
      name: 'cause words in the next section do not count',
      text: report('二、存在的问题\n执法不规范。').replace('继续推进。', '针对上述问题的原因，继续推进。'),
      errors: [{messageId: 'missingCause', line: 4}],
    },
    {
      name: 'shortcomings only as a lower heading: that heading is checked',
      text: '某区2023年法治政府建设情况报告\n一、主要举措和成效\n（一）推进依法行政\n正文。\n（二）存在的问题和不足\n执法不规范。\n二、2024年工作安排\n继续推进。',
      errors: [{messageId: 'missingCause', line: 5, data: {heading: '（二）存在的问题和不足'}}],
    },
  ],
})
