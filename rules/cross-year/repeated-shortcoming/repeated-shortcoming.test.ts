import {readFileSync} from 'node:fs'
import {parseReport} from '@fzlint/core'
import {RuleTester, testReadmeWithPrevious} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()
testReadmeWithPrevious(rule, new URL('./README.md', import.meta.url))

const readFixture = (name: string) => readFileSync(new URL(`../../../fixtures/cross-year/${name}`, import.meta.url), 'utf8')
/**
 * Settings holding last year's report. The tester keys cases by their JSON to find duplicates and a parsed
 * report is circular (sections point to their parents), so `related` serialises as a label instead.
 */
function relatedTo(previousText: string, label: string) {
  const related = Object.create({toJSON: () => `previous:${label}`}) as {previous?: ReturnType<typeof parseReport>}
  related.previous = parseReport(previousText)
  return related
}
const lastYear = relatedTo(readFixture('yunxi-2022.txt'), 'yunxi-2022')
const thisYear = readFixture('yunxi-2023.txt')

tester.run(rule, {
  valid: [
    {name: 'no previous report: nothing to compare', text: thisYear},
    {name: 'the copied item rewritten with this year’s progress falls below a 0.95 threshold', text: thisYear.replace('编制有限、培训不够系统', '本年已补充编制8名，但培训仍不够系统'), settings: {related: lastYear}, options: {threshold: 0.95}},
    {name: 'previous report without a shortcomings section', text: thisYear, settings: {related: relatedTo('某区2022年工作报告\n一、主要举措和成效\n正文。', 'no-shortcomings-2022')}},
  ],
  invalid: [
    {
      name: 'the yunxi fixture pair: (一) copied from 2022',
      text: thisYear,
      settings: {related: lastYear},
      errors: [
        {
          messageId: 'repeated',
          line: 16,
          column: 3,
          severity: 1,
          data: {similarity: 1, previousYear: 2022, previousText: '（一）基层执法力量薄弱。镇（街道）综合行政执法队伍人员不足，法律专业人才偏少，执法规范化水平有待提高，主要原因是编制有限、培训不够系统。'},
        },
      ],
    },
    {
      name: 'a changed figure still counts as repeated',
      text: '某区2023年法治政府建设情况报告\n一、主要举措和成效\n正文内容。\n二、存在的不足和原因\n一是执法人员不足，持证率仅为80%，原因是编制有限；二是普法形式单一。\n三、下一年度工作安排\n继续推进。',
      settings: {related: relatedTo('某区2022年法治政府建设情况报告\n一、主要举措和成效\n正文内容。\n二、存在的不足和原因\n一是执法人员不足，持证率仅为76%，原因是编制有限。\n三、下一年度工作安排\n继续推进。', 'figure-76-2022')},
      errors: [{messageId: 'repeated', line: 5, column: 1}],
    },
  ],
})
