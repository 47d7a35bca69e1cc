import {RuleTester} from '@fzlint/rule-tester'
import {describe, expect, it} from 'vitest'
import {deadlinesData, findDeadline} from '../data/deadlines.js'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const TODAY = {today: {year: 2026, month: 11, day: 23}}

/** A report for `year`, with optional page-header lines after the title and a sign-off date. */
const report = (year: number, signoff: string | null, header: string[] = []) =>
  [
    `某县人民政府关于${year}年度法治政府建设情况的报告`,
    ...header,
    '一、主要举措和成效',
    '扎实推进。',
    `二、${year + 1}年主要工作安排`,
    '继续推进。',
    '特此报告。',
    '',
    ...(signoff ? ['某县人民政府', signoff] : []),
  ].join('\n')

tester.run(rule, {
  valid: [
    {name: 'signed on the last day of the first quarter', text: report(2023, '2024年3月31日'), settings: TODAY},
    {name: 'published on April 1', text: report(2023, '2024年3月20日', ['发布时间：2024-04-01 09:00']), settings: TODAY},
    {name: 'yicheng-2020: 来源…时间: 2021-03-08 on one line', text: report(2020, null, ['来源: 峄城区司法局时间: 2021-03-08']), settings: TODAY},
    {name: 'dongguan-2018: a page timestamp beside 来源', text: report(2018, null, ['中国东莞政府门户网站 www.dg.gov.cn  2019-01-24 15:36  来源: 东莞市司法局']), settings: TODAY},
    {name: 'a 2018 report published in May 2019: the April 1 rule did not bind it yet', text: report(2018, '2019年3月15日', ['发布日期：2019-05-20']), settings: TODAY},
    {name: 'a stale site banner is not a publication date', text: report(2023, '2024年2月20日', ['天津市静海区人民政府 2019年12月3日星期二']), settings: TODAY},
    {name: 'a 成文日期 in a metadata table is not a publication date', text: report(2023, '2024年2月20日', ['成文日期：2024-04-20']), settings: TODAY},
    {name: 'no report year: only the future check could apply, and the date is past', text: '一、主要举措和成效\n扎实推进。\n\n某县人民政府\n2024年5月6日', settings: TODAY},
    {name: 'Chinese-numeral sign-off in the first quarter', text: report(2023, '二〇二四年三月十日'), settings: TODAY},
  ],
  invalid: [
    {
      name: 'signed in May of the following year',
      text: report(2023, '2024年5月6日'),
      settings: TODAY,
      errors: [{messageId: 'lateSignoff', line: 9, column: 1, severity: 1, data: {kind: 'signoff', date: '2024-05-06', deadlineDate: '2024-03-31'}}],
    },
    {
      name: 'a 2017 report signed in April 2018: the 2015 纲要 already asked for the first quarter',
      text: report(2017, '2018年4月12日'),
      settings: TODAY,
      errors: [{messageId: 'lateSignoff', severity: 1, data: {basis: '《法治政府建设实施纲要（2015—2020年）》'}}],
    },
    {
      name: 'published after April 1, with the label and date on two lines',
      text: report(2023, '2024年3月20日', ['发文日期', '2024年04月18日 16:40:00']),
      settings: TODAY,
      errors: [{messageId: 'latePublication', line: 3, column: 1, severity: 1, data: {kind: 'publication', date: '2024-04-18', deadlineDate: '2024-04-01'}}],
    },
    {
      name: 'a page published before the report year ended, its date alone under the title',
      text: report(2023, '2024年3月20日', ['2023-12-20 10:00']),
      settings: TODAY,
      errors: [{messageId: 'earlyPublication', line: 2, column: 1, severity: 1, data: {kind: 'publication', date: '2023-12-20'}}],
    },
    {
      name: 'a sign-off in the year before the report year',
      text: report(2023, '2022年12月6日'),
      settings: TODAY,
      errors: [{messageId: 'beforeYear', line: 9, column: 1, severity: 2, data: {date: '2022-12-06'}}],
    },
    {
      name: 'a sign-off after the pinned today',
      text: report(2023, '2024年3月6日'),
      settings: {today: {year: 2024, month: 3, day: 1}},
      errors: [{messageId: 'future', line: 9, column: 1, severity: 2, data: {kind: 'signoff', date: '2024-03-06'}}],
    },
    {
      name: 'a publication date in the future is checked even without a report year',
      text: '发布时间：2031-01-05 10:00\n一、主要举措和成效\n扎实推进。',
      settings: TODAY,
      errors: [{messageId: 'future', data: {kind: 'publication'}}],
    },
    {
      name: 'a stricter local deadline from configuration (湖北 departments: 3月1日)',
      text: report(2023, '2024年3月15日'),
      settings: {
        ...TODAY,
        data: {
          deadlines: [
            {kind: 'signoff', fromReportYear: 2023, month: 3, day: 1, basis: '《湖北省法治政府建设年度报告工作指引》', requirement: '县级以上政府部门每年3月1日之前报送', source: '[S3]', example: '2024年3月15日'},
          ],
        },
      },
      errors: [{messageId: 'lateSignoff', data: {deadlineDate: '2024-03-01'}}],
    },
  ],
})

describe('findDeadline', () => {
  const deadlines = deadlinesData.load()
  it('has no publication deadline for reports of 2018 and earlier', () => {
    expect(findDeadline(deadlines, 'publication', 2018)).toBeNull()
    expect(findDeadline(deadlines, 'publication', 2019)).toMatchObject({month: 4, day: 1})
  })
  it('takes the 纲要 first-quarter rule for 2016–2018 and the 督察工作规定 from 2019', () => {
    expect(findDeadline(deadlines, 'signoff', 2016)?.basis).toContain('纲要')
    expect(findDeadline(deadlines, 'signoff', 2025)?.basis).toContain('督察工作规定')
    expect(findDeadline(deadlines, 'signoff', 2010)).toBeNull()
  })
})
