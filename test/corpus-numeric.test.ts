/** Issue 6's acceptance: the numeric rules on the bundled reports and the numeric fixtures, through the real CLI and its JSON. */
import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {repositoryRoot, runCliJson} from './helpers/run-cli.js'

const NUMERIC_RULES = ['rate-consistency', 'part-exceeds-total', 'percent-range']

function numericMessages(paths: string[]) {
  const {results} = runCliJson(paths)
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId !== null && NUMERIC_RULES.includes(message.ruleId))
      .map((message) => ({file: result.filePath.split(/[\\/]/u).at(-1)!, ...message})),
  )
}

describe('numeric rules on the five real reports (CLI, JSON)', () => {
  const messages = numericMessages(['fixtures/corpus'])

  it('report exactly the two rates no whole numerator can give, as warnings', () => {
    expect(messages.map(({file, line, ruleId, severity, messageId, data}) => ({file, line, ruleId, severity, messageId, data: {
      indicator: data?.indicator, stated: data?.stated, computed: data?.computed, numerator: data?.numerator, denominator: data?.denominator,
    }}))).toEqual([
      {file: 'gaoming-2023.txt', line: 59, ruleId: 'rate-consistency', severity: 1, messageId: 'noWholeNumerator',
        data: {indicator: 'review-comprehensive-correction', stated: 53.8, computed: null, numerator: null, denominator: 48}},
      {file: 'yicheng-2020.txt', line: 21, ruleId: 'rate-consistency', severity: 1, messageId: 'noWholeNumerator',
        data: {indicator: 'review-comprehensive-correction', stated: 22.4, computed: null, numerator: null, denominator: 28}},
    ])
  })

  it('the warnings name the rate, the denominator and the nearest whole numerators', () => {
    const gaoming = messages.find((message) => message.file === 'gaoming-2023.txt')!
    expect(gaoming.message).toContain('53.8%')
    expect(gaoming.message).toContain('审结48宗')
    expect(gaoming.message).toContain('25 ÷ 48 = 52.1%')
    expect(gaoming.message).toContain('26 ÷ 48 = 54.2%')
  })
})

describe('numeric rules on synthetic reports', () => {
  it('fixtures/numeric/figures-wrong.txt: each rule fires where a figure is wrong', () => {
    const messages = numericMessages(['fixtures/numeric/figures-wrong.txt'])
    expect(messages.map(({line, ruleId, messageId}) => `${line} ${ruleId} ${messageId}`)).toEqual([
      '4 rate-consistency mismatch',
      '5 part-exceeds-total exceeds',
      '6 percent-range overHundred',
      '7 rate-consistency mismatch',
      '8 rate-consistency mismatch',
      '9 rate-consistency noWholeNumerator',
    ])
    expect(messages[0]!.message).toContain('95.8%')
    expect(messages[0]!.data).toMatchObject({indicator: 'mediation-success', stated: 99.8, numerator: 2400, denominator: 2505})
    expect(messages[3]!.message).toContain('91.7%')
  })

  // fixtures/clean/ holds reports written to pass every rule (another issue adds them): silent too.
  const cleanDirectory = join(repositoryRoot, 'fixtures/clean')
  const clean = existsSync(cleanDirectory)
    ? readdirSync(cleanDirectory).filter((name) => name.endsWith('.txt')).map((name) => `fixtures/clean/${name}`)
    : []
  it(`consistent figures are silent: figures-right.txt${clean.map((path) => `, ${path}`).join('')}`, () => {
    expect(numericMessages(['fixtures/numeric/figures-right.txt', ...clean])).toEqual([])
  })
})
