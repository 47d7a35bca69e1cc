/** Reports a share (办结率, 出庭应诉率, 调解成功率, 占……) stated above 100% or below zero. */
import {defineRule, noOptions} from '@fzlint/core'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import {findNodeSentences, type PositionedNode} from '../shared/blocks.js'
import {findRateClaims, mayClaimRate} from '../shared/rate-claims.js'

export default defineRule({
  meta: {
    id: 'percent-range',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    docs: {
      description: '部分占总数的比率（办结率、出庭应诉率、调解成功率、占比等）须在0%至100%之间',
      basis: '这类比率是部分 ÷ 总数（指标目录所列公式），部分不会多于总数，也不会为负',
    },
    messages: {
      overHundred: '{label}写作“{statedText}”，超过100%：{formula}，分子是分母的一部分，比率不会超过100%',
      negative: '{label}写作“{statedText}”，为负数：{formula}，比率不会小于0%',
    },
    options: noOptions,
  },
  create(context) {
    const indicators = context.data(indicatorsData)
    const countWords = context.data(countWordsData)
    function check(node: PositionedNode) {
      // A block without a percentage and a rate's name states no rate: its sentences need not be read.
      if (!mayClaimRate(context.source, node, indicators)) return
      for (const claim of findRateClaims(context.source, findNodeSentences(context.source, node), indicators, countWords)) {
        if (!claim.indicator.isShare) continue
        const data = {
          indicator: claim.indicator.id,
          stated: claim.stated.value,
          label: claim.name === '占' ? '占比' : claim.name,
          statedText: claim.stated.text,
          formula: claim.indicator.formula,
        }
        // Bounds, not the bare figure: 100%以上 may be 100%, 超过100% cannot be.
        const isOverHundred =
          claim.stated.low > 100 || (claim.stated.value >= 100 && claim.stated.hedges.some((hedge) => /超过|逾|多于/u.test(hedge)))
        if (isOverHundred) context.report({messageId: 'overHundred', range: [claim.start, claim.end], data})
        else if (claim.stated.high < 0) context.report({messageId: 'negative', range: [claim.start, claim.end], data})
      }
    }
    return {paragraph: check, heading: check}
  },
})
