/** Reports an indicator of the catalogue that last year's report of the same body stated and this year's no longer states. */
import {defineRule, findSectionAt, findTopSection, type ReportDocument, type Section} from '@fzlint/core'
import {z} from 'zod'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import {findIncomparableIds, findIndicators, type IndicatorFinding} from '../shared/indicators.js'

/** Longer sentences of last year's report are cut in the message, around the figure. */
const EXCERPT_LENGTH = 60

/** Last year's sentence, around the figure when it is long. */
function excerptOf(finding: IndicatorFinding): string {
  const sentence = finding.sentence
  if (sentence.length <= EXCERPT_LENGTH) return sentence
  const at = Math.max(0, sentence.indexOf(finding.text))
  const from = Math.max(0, Math.min(at - EXCERPT_LENGTH / 2, sentence.length - EXCERPT_LENGTH))
  return `${from > 0 ? '……' : ''}${sentence.slice(from, from + EXCERPT_LENGTH)}${from + EXCERPT_LENGTH < sentence.length ? '……' : ''}`
}

/**
 * Where this year's report should state it: the heading of the part of the same kind as the part last year's
 * figure stood in (主要举措和成效, mostly), else the title, else the first line.
 */
function findPlace(document: ReportDocument, previous: ReportDocument, finding: IndicatorFinding): {node: {position?: Section['heading']['position']}} | {range: [number, number]} {
  const section = findSectionAt(previous, finding.offset)
  const kind = section ? findTopSection(section).kind : null
  const same = kind ? document.topSections.find((candidate) => candidate.kind === kind) : undefined
  if (same) return {node: same.heading}
  if (document.title) return {node: document.title.node}
  return {range: [0, 0]}
}

export default defineRule({
  meta: {
    id: 'indicator-dropped',
    type: 'suggestion',
    defaultSeverity: 'warn',
    recommended: false,
    // Whether a figure is still counted is for a reviewing office to ask across a batch, not an error of one report.
    isReviewRecommended: true,
    usesRelated: ['previous'],
    fixable: false,
    docs: {
      description: '上一年度报告写明的指标（复议纠错率、败诉率、调解成功率、受理复议申请件数等），本年度报告不再写明',
      basis:
        '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告如实报告法治政府建设情况；同一指标逐年写明，才能看出年度变化',
    },
    messages: {
      dropped:
        '{previousYear}年度报告写明了{label}（{previousText}：“{excerpt}”），本年度报告未再写明：请写明本年度的{label}，或说明不再统计的原因',
    },
    options: z
      .object({
        ignore: z
          .array(z.string().regex(/^[a-z]+(-[a-z]+)*$/u))
          .default([])
          .describe('Indicator ids (rules/numeric/data/indicators.json) not to ask for: figures a reviewing office no longer collects.'),
      })
      .strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const previous = context.settings.related?.previous
        if (!previous) return
        const catalogue = {indicators: context.data(indicatorsData), countWords: context.data(countWordsData)}
        const stated = new Set(findIndicators(document, catalogue).map((finding) => finding.id))
        const ignored = new Set([...context.options.ignore, ...findIncomparableIds(catalogue.indicators)])
        const reported = new Set<string>()
        for (const finding of findIndicators(previous, catalogue)) {
          if (stated.has(finding.id) || ignored.has(finding.id) || reported.has(finding.id)) continue
          reported.add(finding.id)
          context.report({
            messageId: 'dropped',
            ...findPlace(document, previous, finding),
            data: {
              indicator: finding.id,
              label: finding.label,
              kind: finding.kind,
              previousYear: previous.year ?? '上一',
              previousValue: finding.value,
              unit: finding.unit,
              previousText: finding.text,
              excerpt: excerptOf(finding),
              previousSentence: finding.sentence,
            },
          })
        }
      },
    }
  },
})
