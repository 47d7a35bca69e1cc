import {readFileSync} from 'node:fs'
import {parseReport} from '@fzlint/core'
import {lintWithRule, RuleTester, testReadmeWithPrevious} from '@fzlint/rule-tester'
import {describe, expect, it} from 'vitest'
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

const LAST_YEAR = '某县2022年度法治政府建设情况的报告\n一、主要举措和成效\n全年行政诉讼案件一审败诉率8.3%，调解成功率99.1%。\n二、存在的不足和原因\n执法力量薄弱。'
const lastYear = relatedTo(LAST_YEAR, 'two-rates')

tester.run(rule, {
  valid: [
    {name: 'no previous report: nothing to compare', text: LAST_YEAR},
    {name: 'both rates stated again, with other values and wording', text: '某县2023年度法治政府建设情况的报告\n一、主要举措和成效\n调处成功率98%；行政诉讼败诉率7.1%。', settings: {related: lastYear}},
    {name: 'an ignored indicator', text: '某县2023年度法治政府建设情况的报告\n一、主要举措和成效\n调解成功率98%。', options: {ignore: ['litigation-loss']}, settings: {related: lastYear}},
    {
      name: 'a share of some total (占……) is not compared',
      text: '某县2023年度法治政府建设情况的报告\n一、主要举措和成效\n无。',
      settings: {related: relatedTo('某县2022年度报告\n一、主要举措和成效\n受理申请120件，其中网上申请96件，占80%。', 'share-of')},
    },
  ],
  invalid: [
    {
      name: 'one rate dropped, reported once at this year’s part of the same kind',
      text: '某县2023年度法治政府建设情况的报告\n一、主要举措和成效\n调解成功率98%。\n二、存在的不足和原因\n执法力量薄弱。',
      settings: {related: lastYear},
      errors: [{messageId: 'dropped', line: 2, column: 1, severity: 1, data: {indicator: 'litigation-loss', kind: 'rate', previousValue: 8.3, unit: '%', previousYear: 2022}}],
    },
    {
      name: 'no part of that kind this year: at the title',
      text: '某县2023年度法治政府建设情况的报告\n全年工作平稳。',
      settings: {related: lastYear},
      errors: [
        {messageId: 'dropped', line: 1, column: 1, data: {indicator: 'litigation-loss'}},
        {messageId: 'dropped', line: 1, column: 1, data: {indicator: 'mediation-success'}},
      ],
    },
  ],
})

describe('indicator-dropped on the yunxi fixture pair', () => {
  const lastYearYunxi = parseReport(readFixture('yunxi-2022.txt'))
  const droppedIds = (text: string) =>
    lintWithRule(rule, text, {settings: {related: {previous: lastYearYunxi}}}).map((message) => message.data?.['indicator'])

  it('2023 no longer states the 2022 legality-review rate, regulatory documents and major decisions; the review and litigation figures it states again', () => {
    const dropped = droppedIds(readFixture('yunxi-2023.txt'))
    for (const id of ['legality-review', 'normative-document-review', 'major-decisions']) expect(dropped).toContain(id)
    for (const id of ['review-correction', 'review-received', 'litigation-loss', 'court-appearance-cases']) expect(dropped).not.toContain(id)
    expect(new Set(dropped).size).toBe(dropped.length)
  })

  it('a report compared with itself drops nothing', () => {
    expect(droppedIds(readFixture('yunxi-2022.txt'))).toEqual([])
  })
})
