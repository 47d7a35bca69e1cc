/** Reports an item of last year's plans that this year's measures never mention (low confidence: wording changes). */
import {defineRule} from '@fzlint/core'
import {z} from 'zod'
import {abbreviate, coverage, findItems, findSectionsOfKind, formatPercent} from '../items.js'

/**
 * Words every plan item uses (推进、加强、进一步……): they match any sentence of any report, so they are
 * dropped before measuring how much of an item this year's measures mention.
 */
const GENERIC_WORDS = /进一步|持续|继续|深入|全面|扎实|着力|大力|不断|切实|推进|推动|加强|加快|深化|强化|提升|提高|完善|健全|落实|做好|开展|坚持|围绕|积极|努力|工作/gu

export default defineRule({
  meta: {
    id: 'plan-not-followed',
    type: 'suggestion',
    defaultSeverity: 'warn',
    recommended: false,
    // Wording changes between years make it uncertain for one author, but an office reviewing a batch asks just this.
    isReviewRecommended: true,
    usesRelated: ['previous'],
    fixable: false,
    docs: {
      description: '上一年度报告安排的工作，本年度“主要举措和成效”中未见落实情况',
      basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告写明下一年度的主要安排；次年报告应能对照其落实',
    },
    messages: {
      notMentioned:
        '{previousYear}年度报告安排的“{excerpt}”在本年度“主要举措和成效”中未见提及（最接近的表述覆盖{percent}）：请写明落实情况，或说明未落实的原因',
    },
    // Off by default: the schema is built when the rule's options are first parsed, not at every start-up.
    options: z.lazy(() =>
      z
        .object({
          minCoverage: z.number().min(0.1).max(1).default(0.5).describe('An item counts as mentioned when one sentence of the measures holds this share of its word pairs.'),
        })
        .strict(),
    ),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const previous = context.settings.related?.previous
        if (!previous) return
        const measures = findSectionsOfKind(document, 'measures')
        if (measures.length === 0) return
        const paragraphs = measures.flatMap((section) => findItems(document, section))
        const where = measures[0]!.heading
        const plans = findSectionsOfKind(previous, 'plans').flatMap((section) => findItems(previous, section))
        for (const plan of plans) {
          const core = plan.normal.replace(GENERIC_WORDS, '')
          if (core.length < 4) continue
          let best = 0
          let closest = ''
          for (const paragraph of paragraphs) {
            const share = coverage(core, paragraph.normal)
            if (share > best) [best, closest] = [share, paragraph.text]
          }
          if (best >= context.options.minCoverage) continue
          const share = Math.round(best * 1000) / 1000
          context.report({
            messageId: 'notMentioned',
            node: where,
            data: {
              excerpt: abbreviate(plan.text),
              plan: plan.text,
              previousYear: previous.year ?? '上一',
              coverage: share,
              percent: formatPercent(share),
              closest,
            },
          })
        }
      },
    }
  },
})
