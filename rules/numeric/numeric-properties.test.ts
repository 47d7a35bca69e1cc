/**
 * Property tests of the numeric rules: count/rate sentences in several phrasings and number forms,
 * correct and corrupted. The oracle is exact integer arithmetic, written independently of the rules.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintWithRule} from '@fzlint/rule-tester'
import numeric from './index.js'
import partExceedsTotal from './part-exceeds-total/rule.js'
import rateConsistency from './rate-consistency/rule.js'

/** Sentences stating a denominator d, a numerator n and a rate r, in the words reports use. */
const PHRASINGS: {indicator: string; unit: string; write: (d: string, n: string, r: string) => string}[] = [
  {indicator: 'mediation-success', unit: '件', write: (d, n, r) => `调解矛盾纠纷${d}件，调解成功${n}件，调解成功率${r}。`},
  {indicator: 'mediation-success', unit: '件', write: (d, n, r) => `全年各调解组织共排查矛盾纠纷4043次，共调解纠纷${d}件，其中调解成功${n}件，调解成功率达${r}。`},
  {indicator: 'litigation-loss', unit: '宗', write: (d, n, r) => `年内，一审行政诉讼案件${d}宗，败诉${n}宗，败诉率为${r}。`},
  {indicator: 'litigation-loss', unit: '件', write: (d, n, r) => `审结行政诉讼案件${d}件，败诉${n}件，败诉率${r}。`},
  {indicator: 'completion', unit: '件', write: (d, n, r) => `受理群众诉求${d}件，办结${n}件，办结率${r}。`},
  {indicator: 'reply', unit: '件', write: (d, n, r) => `收到政府信息公开申请${d}件，按期答复${n}件，答复率${r}。`},
  {indicator: 'court-appearance', unit: '件', write: (d, n, r) => `开庭审理行政诉讼案件${d}件，行政机关负责人出庭应诉${n}件，出庭应诉率${r}。`},
  {indicator: 'exam-pass', unit: '名', write: (d, n, r) => `参加学法考试的国家工作人员${d}名，考试合格${n}名，合格率${r}。`},
  {indicator: 'share-of-total', unit: '件', write: (d, n, r) => `审结行政复议案件${d}件，其中调解结案${n}件，占${r}。`},
  {indicator: 'share-of-total', unit: '件', write: (d, n, r) => `受理行政复议申请${d}件，以调解方式结案${n}件，占比${r}。`},
]

const CHINESE_DIGITS = '零一二三四五六七八九'

/** 0 < value < 1e8 in Chinese numerals, the way reports write them (一千二百零五, 十二, 三万零五十). */
function toChinese(value: number): string {
  const section = (number: number, isLeading: boolean): string => {
    let text = ''
    let pendingZero = false
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const digit = Math.floor(number / unit) % 10
      if (digit === 0) {
        if (text !== '') pendingZero = true
        continue
      }
      if (pendingZero) text += '零'
      pendingZero = false
      text += unit === 10 && digit === 1 && text === '' && isLeading ? '十' : CHINESE_DIGITS[digit]! + name
    }
    return text
  }
  const high = Math.floor(value / 10_000)
  const low = value % 10_000
  if (high === 0) return section(low, true)
  return `${section(high, true)}万${low === 0 ? '' : (low < 1000 ? '零' : '') + section(low, false)}`
}

function toFullWidth(text: string): string {
  return text.replace(/\d/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
}

const countForm = fc.constantFrom('arabic', 'grouped', 'full-width', 'chinese')
const rateForm = fc.constantFrom('%', '％', '百分之')

/** A count as written: Chinese only where it stays exact (not 零, not a whole number of 万). */
function writeCount(value: number, form: string): string {
  if (form === 'grouped') return value.toLocaleString('en-US')
  if (form === 'full-width') return toFullWidth(String(value))
  if (form === 'chinese' && value > 0 && value % 10_000 !== 0) return toChinese(value)
  return String(value)
}

/** A rate given as an integer number of 10^-decimals percent (9980 with 2 decimals is 99.80%). */
function writeRate(scaled: number, decimals: number, form: string): string {
  const text = (scaled / 10 ** decimals).toFixed(decimals)
  if (form !== '百分之') return `${text}${form}`
  const [whole, fraction] = text.split('.') as [string, string | undefined]
  const wholeText = whole === '0' ? '零' : whole === '100' ? '一百' : toChinese(Number(whole))
  return `百分之${wholeText}${fraction ? `点${[...fraction].map((digit) => CHINESE_DIGITS[Number(digit)]).join('')}` : ''}`
}

/** Whether n/d, rounded half-up to `decimals`, can be written as `scaled` (100% means all, 0% none). */
function isConsistent(n: number, d: number, scaled: number, decimals: number): boolean {
  const unit = 10n ** BigInt(decimals)
  const [N, D, S] = [BigInt(n), BigInt(d), BigInt(scaled)]
  if (S === 100n * unit) return N * 10_000n >= 9995n * D
  if (S === 0n) return N * 2000n < D
  // |n/d × 100 × 10^decimals − S| ≤ 1/2, in integers.
  const difference = 200n * unit * N - 2n * S * D
  return (difference < 0n ? -difference : difference) <= D
}

/** The nearest written rate: n/d × 100 rounded half-up to `decimals`, as an integer of 10^-decimals. */
function roundRate(n: number, d: number, decimals: number): number {
  const unit = 10n ** BigInt(decimals)
  return Number((200n * unit * BigInt(n) + BigInt(d)) / (2n * BigInt(d)))
}

const scenario = fc.record({
  phrasing: fc.integer({min: 0, max: PHRASINGS.length - 1}),
  d: fc.integer({min: 1, max: 200_000}),
  fraction: fc.double({min: 0, max: 1, noNaN: true}),
  decimals: fc.integer({min: 0, max: 2}),
  denominatorForm: countForm,
  numeratorForm: countForm,
  rateForm,
})

function lintAll(text: string) {
  return numeric.rules.flatMap((rule) => lintWithRule(rule, text))
}

describe('rate sentences, correct and corrupted (fast-check)', () => {
  it('every correctly computed rate passes every numeric rule', () => {
    fc.assert(
      fc.property(scenario, ({phrasing, d, fraction, decimals, denominatorForm, numeratorForm, rateForm}) => {
        const n = Math.round(fraction * d)
        const scaled = roundRate(n, d, decimals)
        // Rounding 99.6% up to 100% (or 0.3% down to 0%) claims all (none): the rule rejects it on purpose.
        fc.pre(isConsistent(n, d, scaled, decimals))
        const text = PHRASINGS[phrasing]!.write(writeCount(d, denominatorForm), writeCount(n, numeratorForm), writeRate(scaled, decimals, rateForm))
        expect(lintAll(text), text).toEqual([])
      }),
      {numRuns: 400, seed: 20231},
    )
  })

  it('a rate moved beyond rounding is caught, with the computed rate', () => {
    fc.assert(
      fc.property(scenario, fc.integer({min: 2, max: 5000}), fc.boolean(), (values, steps, isUp) => {
        const {phrasing, d, fraction, decimals, denominatorForm, numeratorForm, rateForm} = values
        const n = Math.round(fraction * d)
        const corrupted = roundRate(n, d, decimals) + (isUp ? steps : -steps)
        fc.pre(corrupted >= 0 && corrupted <= 100 * 10 ** decimals && !isConsistent(n, d, corrupted, decimals))
        const text = PHRASINGS[phrasing]!.write(writeCount(d, denominatorForm), writeCount(n, numeratorForm), writeRate(corrupted, decimals, rateForm))
        const messages = lintAll(text)
        expect(messages.map((message) => [message.ruleId, message.messageId]), text).toEqual([['rate-consistency', 'mismatch']])
        expect(messages[0]!.data, text).toMatchObject({indicator: PHRASINGS[phrasing]!.indicator, numerator: n, denominator: d})
      }),
      {numRuns: 400, seed: 20231},
    )
  })

  it('a changed count is caught exactly when the rate no longer rounds to it', () => {
    fc.assert(
      fc.property(scenario, fc.integer({min: 0, max: 200_000}), (values, changedNumerator) => {
        const {phrasing, d, fraction, decimals, denominatorForm, numeratorForm, rateForm} = values
        const n = Math.round(fraction * d)
        const scaled = roundRate(n, d, decimals)
        fc.pre(isConsistent(n, d, scaled, decimals))
        const changed = changedNumerator % (d + 1)
        const text = PHRASINGS[phrasing]!.write(writeCount(d, denominatorForm), writeCount(changed, numeratorForm), writeRate(scaled, decimals, rateForm))
        const messages = lintWithRule(rateConsistency, text)
        expect(messages.length, text).toBe(isConsistent(changed, d, scaled, decimals) ? 0 : 1)
      }),
      {numRuns: 400, seed: 20231},
    )
  })
})

describe('其中 lists (fast-check)', () => {
  const unitWords = fc.constantFrom('件', '宗', '人次')
  it('parts adding up to at most the total pass; parts over it are caught', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 50_000}), {minLength: 1, maxLength: 5}),
        fc.integer({min: -3, max: 3}),
        unitWords,
        countForm,
        fc.constantFrom('、', '，'),
        (parts, slack, unit, form, joiner) => {
          const sum = parts.reduce((total, part) => total + part, 0)
          const total = Math.max(0, sum + slack)
          const names = ['维持', '撤销', '变更', '确认违法', '驳回']
          const list = parts.map((part, index) => `${names[index]}${writeCount(part, form)}${unit}`).join(joiner)
          const text = `全年共办理行政复议案件${writeCount(total, form)}${unit}，其中${list}。`
          const messages = lintWithRule(partExceedsTotal, text)
          expect(messages.length, text).toBe(sum > total ? 1 : 0)
          if (sum > total) expect(messages[0]!.data, text).toMatchObject({total, sum})
        },
      ),
      {numRuns: 300, seed: 20231},
    )
  })
})

describe('the generator itself', () => {
  it('writes Chinese numerals the number reader reads back', async () => {
    const {parseChineseNumber} = await import('@fzlint/core/text')
    fc.assert(fc.property(fc.integer({min: 1, max: 99_999_999}), (value) => {
      expect(parseChineseNumber(toChinese(value))).toBe(value)
    }))
  })
})
