/** Reports a shortcoming written (nearly) word for word as in last year's report: the problem was not worked on, or the text was copied. */
import {defineRule} from '@fzlint/core'
import {z} from 'zod'
import {abbreviate, diceSimilarity, findItems, findSectionsOfKind, formatPercent, type TextItem} from '../items.js'

export default defineRule({
  meta: {
    id: 'repeated-shortcoming',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    usesRelated: ['previous'],
    fixable: false,
    docs: {
      description: '“存在的不足”与上一年度报告几乎一字不差（问题年年一样）',
      basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告如实写明存在的不足和原因；上年查摆的问题应在本年度整改',
    },
    messages: {
      repeated:
        '“存在的不足”中的“{excerpt}”与{previousYear}年度报告的表述几乎相同（相似度{percent}），上年写作“{previousExcerpt}”：问题年年一样，应写明整改进展、仍未解决的原因，或本年度新的不足',
    },
    options: z
      .object({
        threshold: z.number().min(0.5).max(1).default(0.85).describe('At or above this bigram similarity (0.5–1) an item counts as repeated.'),
      })
      .strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const previous = context.settings.related?.previous
        if (!previous) return
        const lastYearItems = findSectionsOfKind(previous, 'shortcomings').flatMap((section) => findItems(previous, section))
        if (lastYearItems.length === 0) return
        for (const section of findSectionsOfKind(document, 'shortcomings')) {
          for (const item of findItems(document, section)) {
            const match = findMostSimilar(item, lastYearItems)
            if (!match || match.similarity < context.options.threshold) continue
            const similarity = Math.round(match.similarity * 1000) / 1000
            context.report({
              messageId: 'repeated',
              range: item.range,
              data: {
                excerpt: abbreviate(item.text),
                previousExcerpt: abbreviate(match.item.text),
                previousText: match.item.text,
                previousYear: previous.year ?? '上一',
                similarity,
                percent: formatPercent(similarity),
              },
            })
          }
        }
      },
    }
  },
})

function findMostSimilar(item: TextItem, candidates: TextItem[]): {item: TextItem; similarity: number} | null {
  let best: {item: TextItem; similarity: number} | null = null
  for (const candidate of candidates) {
    const similarity = diceSimilarity(item.normal, candidate.normal)
    if (!best || similarity > best.similarity) best = {item: candidate, similarity}
  }
  return best
}
