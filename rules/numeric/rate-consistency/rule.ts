/** Reports a stated rate that the counts stated beside it do not produce. */
import {defineRule, noOptions, type Suggestion} from '@fzlint/core'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import {findNodeSentences, type PositionedNode} from '../shared/blocks.js'
import {computeRateBounds, findWholeNumerators, formatRate, isExactCount, roundForData, type Figure} from '../shared/figures.js'
import {findClaimCounts, findRateClaims, mayClaimRate, type RateClaim} from '../shared/rate-claims.js'

export default defineRule({
  meta: {
    id: 'rate-consistency',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    // Which figure is wrong, the rate or a count, only the writer knows: the computed rate is offered, never applied.
    hasSuggestions: true,
    docs: {
      description: '同句写明分子和分母的比率，须等于分子 ÷ 分母（按所写精度四舍五入）',
      basis: '年度报告须如实报告法治政府建设情况（《法治政府建设与责任落实督察工作规定》）；各比率按指标目录所列统计口径计算',
    },
    messages: {
      mismatch: '{label}写作“{statedText}”，与{where}所列数字不符：{numeratorText} ÷ {denominatorText} = {computedText}（{formula}）',
      noWholeNumerator:
        '{label}写作“{statedText}”，但以“{denominatorText}”为分母，任何整数分子都得不到这一比率：{below} ÷ {denominator} = {belowRate}，{above} ÷ {denominator} = {aboveRate}（{formula}），请核对比率或分母',
    },
    options: noOptions,
  },
  create(context) {
    const indicators = context.data(indicatorsData)
    const countWords = context.data(countWordsData)
    function check(node: PositionedNode) {
      // A block without a percentage and a rate's name states no rate: its sentences need not be read.
      if (!mayClaimRate(context.source, node, indicators)) return
      const sentences = findNodeSentences(context.source, node)
      for (const claim of findRateClaims(context.source, sentences, indicators, countWords)) {
        const counts = findClaimCounts(claim, sentences)
        if (counts.agrees === false) reportMismatch(claim, counts.numerator!, counts.denominator!)
        else if (counts.agrees === null && claim.indicator.form !== 'share-of') checkWholeNumerator(claim)
      }
    }

    /** Only the denominator is stated: some whole numerator must give the rate at its precision. */
    function checkWholeNumerator(claim: RateClaim) {
      if (claim.numerators.length > 0 || claim.denominators.length === 0) return
      if (claim.stated.bound !== 'exact' || !claim.denominators.every(isExactCount)) return
      const denominators = claim.denominators.filter((denominator) => denominator.value > 0)
      if (denominators.length === 0) return
      // The readings one by one, not map()ped into an array and searched: the optimised map() returns an array of
      // another map than the interpreter's, and the search after it deoptimised ("wrong map", V8 --trace-deopt).
      let reading: ReturnType<typeof findWholeNumerators> | undefined
      for (const each of denominators) {
        reading = findWholeNumerators(each.value, claim.stated)
        if (reading.fits) return
      }
      const denominator = denominators.at(-1)!
      const {below, above} = reading!
      context.report({
        messageId: 'noWholeNumerator',
        range: [claim.start, claim.end],
        severity: 'warn',
        data: {
          indicator: claim.indicator.id,
          stated: claim.stated.value,
          computed: null,
          numerator: null,
          denominator: denominator.value,
          label: claim.name,
          statedText: claim.stated.text,
          denominatorText: denominator.phrase,
          below,
          above,
          belowRate: formatRate((below / denominator.value) * 100, claim.stated),
          aboveRate: formatRate((above / denominator.value) * 100, claim.stated),
          formula: claim.indicator.formula,
        },
      })
    }

    function reportMismatch(claim: RateClaim, numerator: Figure, denominator: Figure) {
      const computed = (numerator.value / denominator.value) * 100
      const [computedLow, computedHigh] = computeRateBounds(numerator, denominator)
      context.report({
        suggest: suggestComputedRate(context.source, claim.stated, computed, computedLow === computedHigh),
        messageId: 'mismatch',
        range: [claim.start, claim.end],
        data: {
          indicator: claim.indicator.id,
          stated: claim.stated.value,
          computed: roundForData(computed),
          computedRange: [roundForData(computedLow), Number.isFinite(computedHigh) ? roundForData(computedHigh) : null],
          numerator: numerator.value,
          denominator: denominator.value,
          label: claim.name === '占' ? '占比' : claim.name,
          statedText: claim.stated.text,
          // A share's whole may stand in a sentence before the share's own.
          where: denominator.start < claim.sentence.start ? '前文' : '本句',
          numeratorText: `“${numerator.phrase}”`,
          denominatorText: `“${denominator.phrase}”`,
          computedText: describeComputed(computed, computedLow, computedHigh, claim.stated),
          formula: claim.indicator.formula,
        },
      })
    }

    return {paragraph: check, heading: check}
  },
})

/**
 * Writing the rate the counts give, for an editor's quick fix: only when the counts are exact (one computed value)
 * and the stated figure stands in the text as read, so the edit replaces exactly the percentage.
 */
function suggestComputedRate(source: string, stated: Figure, computed: number, isExact: boolean): Suggestion[] | undefined {
  if (!isExact || !Number.isFinite(computed) || source.slice(stated.start, stated.end) !== stated.text || !/[%％]$/u.test(stated.text)) return undefined
  const rate = formatRate(computed, stated)
  return [{desc: `把“${stated.text}”改为按所列数字计算的“${rate}” / replace with the computed rate ${rate}`, fix: {range: [stated.start, stated.end], text: rate}}]
}

/** The computed rate as the figures allow it: one value for exact counts, bounds for rounded or hedged ones. */
function describeComputed(computed: number, low: number, high: number, stated: Figure): string {
  if (low === high) return formatRate(computed, stated)
  if (!Number.isFinite(high)) return `不低于${formatRate(low, stated)}`
  if (low <= 0) return `不超过${formatRate(high, stated)}`
  return `${formatRate(low, stated)}至${formatRate(high, stated)}`
}
