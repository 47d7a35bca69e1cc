import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const report = (measures: string, signoff = '2024年2月20日', plans = '继续推进。') =>
  [
    '某县人民政府关于2023年度法治政府建设情况的报告',
    '一、主要举措和成效',
    measures,
    '二、2024年主要工作安排',
    plans,
    '特此报告。',
    '',
    '某县人民政府',
    signoff,
  ].join('\n')

tester.run(rule, {
  valid: [
    {name: 'whole-year figures signed in February', text: report('全年办理行政复议案件118件，截至2023年底累计备案规范性文件56件。')},
    {name: 'a quarter-long activity window is not a year-to-date figure', text: report('7-9月开展“百日攻坚”专项整治行动。')},
    {name: '上半年 dates an activity', text: report('上半年召开区政府常务会议专题学法2次。')},
    {name: 'a short campaign window from January', text: report('1-3月开展“春风行动”普法宣传。')},
    {name: 'a comparison with last year\'s partial period', text: report('较2022年1-11月增长12%。')},
    {name: 'a cut-off after the report year', text: report('截至2024年2月底，已全部整改到位。')},
    {name: 'deadlines in the plans section', text: report('扎实推进。', '2024年2月20日', '截至6月底前完成规范性文件清理，1-6月完成自查。')},
    {name: 'a cut-off followed by 前 is a deadline', text: report('要求各单位截至11月底前报送材料。')},
    {name: 'signed on December 31', text: report('扎实推进。', '2023年12月31日')},
    {name: 'no report year: nothing to compare with', text: '一、主要举措和成效\n1-11月办理业务2727笔。'},
  ],
  invalid: [
    {
      name: 'gaoming-2023: 1-11月',
      text: report('1-11月,共收到行政复议申请106宗,审结48宗。'),
      errors: [{messageId: 'partialPeriod', line: 3, column: 1, endColumn: 6, data: {qualifier: 'range', through: '11月', year: 2023}}],
    },
    {
      name: 'Chinese numerals and a dash variant',
      text: report('一至十一月调解纠纷4043次，1—10月受理复议56件。'),
      errors: [
        {messageId: 'partialPeriod', line: 3, column: 1, data: {through: '11月'}},
        {messageId: 'partialPeriod', line: 3, column: 16, data: {through: '10月'}},
      ],
    },
    {
      name: '前三季度 with the report year written',
      text: report('2023年前三季度，全区行政执法案件同比下降8%。'),
      errors: [{messageId: 'partialPeriod', line: 3, column: 1, data: {qualifier: 'range', through: '9月'}}],
    },
    {
      name: 'cut-offs at the end of a month and on a day',
      text: report('截至11月底，全区共有法律顾问86名；截至2023年11月30日，备案规范性文件12件。'),
      errors: [
        {messageId: 'partialPeriod', line: 3, column: 1, data: {qualifier: 'cutoff', through: '11月30日'}},
        {messageId: 'partialPeriod', line: 3, column: 20, data: {qualifier: 'cutoff', through: '11月30日'}},
      ],
    },
    {
      name: 'gaoming-2023: 截至目前',
      text: report('截至目前,各单位通过办案平台办理各类行政执法案件20976宗。'),
      errors: [{messageId: 'openCutoff', line: 3, column: 1, endColumn: 5, data: {qualifier: 'now'}}],
    },
    {
      name: 'gaoming-2023: signed on December 19 of the report year',
      text: report('扎实推进。', '2023年12月19日'),
      errors: [{messageId: 'earlySignoff', line: 9, column: 1, data: {qualifier: 'signoff', date: '2023-12-19'}}],
    },
  ],
})
