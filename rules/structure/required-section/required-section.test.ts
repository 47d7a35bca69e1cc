import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const complete = (dutyHeading: string) =>
  [
    '某区人民政府关于2023年度法治政府建设工作的报告',
    '一、主要举措和成效',
    '（一）坚持党的领导',
    '1.健全推进机制。区政府常务会议研究4次。',
    '二、存在不足及原因',
    '一是执法力量不足。主要原因是编制紧张。',
    dutyHeading,
    '区长带头学法。',
    '四、2024年主要工作安排',
    '继续推进。',
  ].join('\n')

tester.run(rule, {
  valid: [
    {name: 'duty as its own top-level section', text: complete('三、党政主要负责人履行推进法治建设第一责任人职责情况')},
    {name: 'configured to require less', text: '一、主要举措和成效\n正文。', options: {require: ['measures']}},
    {
      name: 'a part written without its ordinal, its （一） below it, is still that part (not its （一） promoted to the top)',
      text: [
        '某区人民政府关于2023年度法治政府建设工作的报告',
        '一、主要举措和成效',
        '区政府常务会议研究法治工作4次。',
        '存在的不足和原因',
        '（一）执法力量不足',
        '主要原因是编制紧张。',
        '三、党政主要负责人履行推进法治建设第一责任人职责情况',
        '区长带头学法。',
        '四、2024年主要工作安排',
        '继续推进。',
      ].join('\n'),
    },
    {
      name: 'markdown headings with official numbering',
      syntax: 'markdown',
      text: '# 某区2023年法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n\n## 二、存在的不足和原因\n\n正文。\n\n## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n正文。\n\n## 四、下一年度主要安排\n\n正文。\n',
    },
  ],
  invalid: [
    {
      name: 'duty nested under a level-3 run-in heading (fangxian-2023 shape)',
      text: complete('三、其他需要报告的情况').replace('1.健全推进机制。', '1.压实法治政府建设第一责任。'),
      errors: [{messageId: 'nested', line: 4, column: 1, severity: 1, data: {section: 'duty', found: 'nested'}}],
    },
    {
      name: 'report with no title: absent parts reported at line 1',
      text: '2023年，我街道推进法治政府建设。\n一、主要举措和成效\n正文。',
      errors: [
        {messageId: 'absent', line: 1, column: 1, severity: 2, data: {section: 'shortcomings', found: 'absent'}},
        {messageId: 'absent', line: 1, column: 1, severity: 2, data: {section: 'duty', found: 'absent'}},
        {messageId: 'absent', line: 1, column: 1, severity: 2, data: {section: 'plans', found: 'absent'}},
      ],
    },
    {
      name: 'a synonym from configuration makes a heading count',
      text: complete('三、其他需要报告的情况').replace('四、2024年主要工作安排', '四、持续推进法治政府建设'),
      settings: {data: {sections: [{kind: 'duty', patterns: ['其他需要报告']}]}},
      errors: [{messageId: 'absent', data: {section: 'plans'}}],
    },
  ],
})
