import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (organ: string, body: string) => `${organ}关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n${body}\n二、存在的不足\n三、下一步工作安排`
const DEPARTMENT_BODY = '办理行政执法案件1200件，累计评查案卷80卷。以本局为被告的行政诉讼案件5件，负责人出庭应诉5件。收到政府信息公开申请35件，按期答复35件，答复率100%。'

tester.run(rule, {
  valid: [
    {name: 'a department stating its three groups', text: report('某市司法局', DEPARTMENT_BODY), settings: {profile: 'department'}},
    {
      name: 'a group ignored by option',
      text: report('某区鹤龙街道', '开展合法性审查行政决策568件，处理各类矛盾纠纷394件。'),
      settings: {profile: 'township'},
      options: {ignore: ['township-legal-publicity']},
    },
    {
      name: 'a group replaced through configuration: the township is asked for a figure it states',
      text: report('某区鹤龙街道', '开展合法性审查行政决策568件，处理各类矛盾纠纷394件，发放法治宣传册2000册。'),
      settings: {
        profile: 'township',
        data: {
          'expected-indicators': [
            {id: 'township-legal-publicity', profile: 'township', label: '普法宣传资料', indicators: ['legal-publicity-materials'], basis: '本地考评', source: 'test', example: '发放法治宣传册2000册'},
          ],
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a department without enforcement figures, reported at the measures heading',
      text: report('某市司法局', '以本局为被告的行政诉讼案件5件，负责人出庭应诉5件。收到政府信息公开申请35件，答复率100%。'),
      settings: {profile: 'department'},
      errors: [{messageId: 'missing', line: 2, column: 1, data: {group: 'department-law-enforcement', profile: 'department'}}],
    },
    {
      name: 'the title when the report has no measures part',
      text: '某县人民政府关于2023年度法治政府建设情况的报告\n全年共收到行政复议申请106宗。行政机关负责人出庭应诉32件。',
      settings: {profile: 'government'},
      errors: [
        {messageId: 'missing', line: 1, column: 1, data: {group: 'government-administrative-litigation'}},
        {messageId: 'missing', line: 1, column: 1, data: {group: 'government-normative-documents'}},
        {messageId: 'missing', line: 1, column: 1, data: {group: 'government-major-decisions'}},
      ],
    },
    {
      name: 'a count worded before its noun and a rate alone each state their group; the others are asked',
      text: report('某县人民政府', '行政复议纠错率12.5%，出庭应诉率100%，败诉率5%。'),
      settings: {profile: 'government'},
      errors: [
        {messageId: 'missing', line: 2, column: 1, data: {group: 'government-normative-documents'}},
        {messageId: 'missing', line: 2, column: 1, data: {group: 'government-major-decisions'}},
      ],
    },
  ],
})
