/** Issue 7's acceptance: the temporal rules on the five real reports and the synthetic fixtures, through the real CLI and its JSON. */
import {describe, expect, it} from 'vitest'
import {runCliJson} from './helpers/run-cli.js'

const TEMPORAL_RULES = new Set(['plan-year', 'date-deadline', 'partial-year-data', 'stale-term'])

function temporalFindings(results: ReturnType<typeof runCliJson>['results'], slug: string) {
  const result = results.find((candidate) => candidate.filePath.endsWith(`${slug}.txt`))
  expect(result, slug).toBeDefined()
  return result!.messages
    .filter((message) => message.ruleId !== null && TEMPORAL_RULES.has(message.ruleId))
    .map((message) => ({ruleId: message.ruleId, messageId: message.messageId, line: message.line, column: message.column, data: message.data}))
}

describe('temporal rules on the bundled reports (CLI, JSON)', () => {
  const {results} = runCliJson(['fixtures/corpus'])

  it('gaoming-2023: partial-year data at every 1-11月 and 截至目前, and for the 成文日期 2023年12月19日; plans for 2024 are right', () => {
    const findings = temporalFindings(results, 'gaoming-2023')
    expect(findings.map(({messageId, line, column}) => `${messageId} ${line}:${column}`)).toEqual([
      'openCutoff 31:27',
      'partialPeriod 31:133',
      'openCutoff 47:84',
      'openCutoff 51:72',
      'partialPeriod 57:100',
      'partialPeriod 59:25',
      'partialPeriod 65:87',
      'earlySignoff 100:68',
    ])
    expect(findings.every((finding) => finding.ruleId === 'partial-year-data')).toBe(true)
    expect(findings.at(-1)!.data).toMatchObject({qualifier: 'signoff', date: '2023-12-19'})
  })

  it('yicheng-2020: 七五普法, 十九大 and the 2016-2020 纲要 are right for 2020; the plans name 2021; published 2021-03-08', () => {
    expect(temporalFindings(results, 'yicheng-2020')).toEqual([])
  })

  for (const slug of ['fangxian-2023', 'helong-2023', 'dongguan-2018']) {
    it(`${slug}: nothing`, () => {
      expect(temporalFindings(results, slug)).toEqual([])
    })
  }
})

describe('temporal rules on the synthetic fixtures', () => {
  const {results} = runCliJson(['fixtures/temporal'])

  it('recycled-2023: the 2023 plans heading, 七五普法 and a May 成文日期 are each caught', () => {
    expect(temporalFindings(results, 'recycled-2023').map(({ruleId, messageId, line}) => `${ruleId}/${messageId} ${line}`)).toEqual([
      'stale-term/stale 7',
      'plan-year/planHeading 14',
      'date-deadline/lateSignoff 19',
    ])
  })

  it('corrected-2023: the same report with 八五普法, 2024年 plans and a March 成文日期 is clean', () => {
    expect(temporalFindings(results, 'corrected-2023')).toEqual([])
  })
})

