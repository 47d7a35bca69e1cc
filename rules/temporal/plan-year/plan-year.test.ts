import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (title: string, measures: string, plans: string, plansBody = '继续推进。') =>
  [title, measures, '扎实推进。', '二、存在的不足和原因', '执法力量不足，原因是编制紧张。', plans, plansBody].join('\n')
const TITLE_2023 = '某县人民政府关于2023年度法治政府建设情况的报告'

tester.run(rule, {
  valid: [
    {name: 'gaoming-2023: 三、2024年主要工作安排', text: report(TITLE_2023, '一、主要举措和成效', '三、2024年主要工作安排')},
    {name: 'yicheng-2020: 四、2021年度…主要安排', text: report('中共峄城区委 峄城区人民政府关于2020年度法治政府建设情况的报告', '一、2020年度推进法治政府建设的工作情况', '三、2021年度推进法治政府建设的主要安排')},
    {name: 'dongguan-2018: 二、2019年工作设想', text: report('东莞市2018年法治政府建设情况报告', '一、2018年法治政府建设基本情况', '三、2019年工作设想')},
    {name: 'a plans heading without a year, opening on the next year', text: report(TITLE_2023, '一、主要举措和成效', '三、下一步工作打算', '2024年，我县将继续推进。')},
    {name: 'the plans opening looks back on the report year without planning', text: report(TITLE_2023, '一、主要举措和成效', '三、下一步工作打算', '2023年，我县法治政府建设取得了一定成效。')},
    {name: 'a span and a period in headings do not date them', text: report(TITLE_2023, '一、2021年以来法治政府建设的主要举措和成效', '三、2024—2025年主要工作安排')},
    {name: 'no title or opening year: the plans heading alone does not make the report year', text: '一、主要举措和成效\n扎实推进。\n二、2024年工作安排\n继续推进。'},
    {name: 'no year anywhere: nothing to compare with', text: '一、主要举措和成效\n扎实推进。\n二、下一步工作打算\n继续推进。'},
    {name: 'a year in a lower heading of the measures is not checked', text: report(TITLE_2023, '一、主要举措和成效\n（一）完成2022年度考核反馈问题整改', '三、2024年主要工作安排')},
  ],
  invalid: [
    {
      name: 'no title (helong-2023 shape): the year comes from the other headings, not the plans heading',
      text: '一、2023年度推进法治政府建设的主要举措和成效\n扎实推进。\n二、2023年推进法治政府建设存在的不足和原因\n原因是编制紧张。\n三、2023年推进法治政府建设的主要安排\n继续推进。',
      errors: [{messageId: 'planHeading', line: 5, column: 3, data: {found: 2023, year: 2023, expected: 2024}}],
    },
    {
      name: 'recycled plans heading (2023年主要工作安排 in a 2023 report)',
      text: report(TITLE_2023, '一、主要举措和成效', '三、2023年主要工作安排'),
      errors: [{messageId: 'planHeading', line: 6, column: 3, endColumn: 7, data: {section: 'plans', found: 2023, year: 2023, expected: 2024}}],
    },
    {
      name: 'a plans heading two years ahead, in Chinese numerals',
      text: report(TITLE_2023, '一、主要举措和成效', '三、二〇二五年工作安排'),
      errors: [{messageId: 'planHeading', line: 6, column: 3, data: {found: 2025, expected: 2024}}],
    },
    {
      name: 'the plans opening plans for the report year',
      text: report(TITLE_2023, '一、主要举措和成效', '三、下一步工作打算', '2023年，我县将继续推进法治政府建设。'),
      errors: [{messageId: 'planOpening', line: 7, column: 1, data: {found: 2023, expected: 2024}}],
    },
    {
      name: 'a measures heading naming the year before',
      text: report(TITLE_2023, '一、2022年度推进法治政府建设的主要举措和成效', '三、2024年主要工作安排'),
      errors: [{messageId: 'sectionYear', line: 2, column: 3, data: {section: 'measures', found: 2022, year: 2023}}],
    },
    {
      name: 'a duty heading naming another year',
      text: report(TITLE_2023, '一、主要举措和成效', '三、2022年度党政主要负责人履行推进法治建设第一责任人职责情况\n区长带头学法。\n四、2024年主要工作安排'),
      errors: [{messageId: 'sectionYear', line: 6, column: 3, data: {section: 'duty', found: 2022}}],
    },
  ],
})
