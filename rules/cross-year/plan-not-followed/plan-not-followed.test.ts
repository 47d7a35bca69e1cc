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
    {name: 'the one plan item of 2021 is mentioned in the 2022 measures', text: readFixture('yunxi-2022.txt').replace(/四、2023年主要工作安排[\s\S]*$/u, ''), settings: {related: relatedTo('某区2021年报告\n一、主要举措和成效\n正文。\n二、2022年工作安排\n（一）深化综合行政执法改革，整合执法事项。', 'one-plan-2021')}},
  ],
  invalid: [
    {
      name: 'the yunxi fixture pair: the 2022 plan for an online review platform is never mentioned in 2023',
      text: thisYear,
      settings: {related: lastYear},
      errors: [
        {
          messageId: 'notMentioned',
          line: 6,
          column: 3,
          severity: 1,
          data: {previousYear: 2022, plan: '（一）建成区级行政复议案件网上办理平台，实现复议申请、受理、审理全流程网上运行。'},
        },
      ],
    },
    {
      name: 'a stricter coverage reports a loosely mentioned item too',
      text: thisYear,
      settings: {related: lastYear},
      options: {minCoverage: 0.95},
      errors: [{messageId: 'notMentioned'}, {messageId: 'notMentioned'}, {messageId: 'notMentioned'}],
    },
  ],
})
