/** Reports a group of figures that a report of its reporting body is expected to state and states none of. */
import {defineRule, type ReportDocument} from '@fzlint/core'
import {z} from 'zod'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import {findIndicators} from '../shared/indicators.js'
import {expectedIndicatorsData} from './data.js'

const PROFILE_LABELS = {government: '县级以上地方人民政府', department: '政府部门', township: '乡镇（街道）'} as const

/** Where the figures belong: the heading of 主要举措和成效, else the title, else the start. */
function findPlace(document: ReportDocument) {
  const measures = document.topSections.find((section) => section.kind === 'measures')
  if (measures) return {node: measures.heading}
  if (document.title) return {node: document.title.node}
  return {range: [0, 0] as [number, number]}
}

export default defineRule({
  meta: {
    id: 'required-indicator',
    type: 'suggestion',
    defaultSeverity: 'warn',
    recommended: false,
    // Which figures a body states is for a reviewing office to ask of a batch; one author may have reasons.
    isReviewRecommended: true,
    fixable: false,
    docs: {
      description: '报告未写明其报告主体应当写明的数字（县级以上政府：出庭应诉、行政复议、行政诉讼、规范性文件、重大行政决策等）',
      basis:
        '《法治政府建设与责任落实督察工作规定》要求如实报告法治政府建设情况；《法治政府建设实施纲要（2021—2025年）》的任务和市县法治政府建设示范指标体系所考评的数字，按报告主体列于数据文件',
    },
    messages: {
      missing: '{profileLabel}的年度报告没有写明{label}的数字（如{indicatorLabels}）：{basis}',
    },
    options: z
      .object({
        ignore: z
          .array(z.string().regex(/^[a-z]+(-[a-z]+)*$/u))
          .default([])
          .describe('Group ids (data/expected-indicators.json) not to ask for: figures this body has no part in.'),
      })
      .strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const profile = context.settings.profile
        if (!profile) return
        const groups = context.data(expectedIndicatorsData).filter((group) => group.profile === profile && !context.options.ignore.includes(group.id))
        if (groups.length === 0) return
        const indicators = context.data(indicatorsData)
        const stated = new Set(findIndicators(document, {indicators, countWords: context.data(countWordsData)}).map((finding) => finding.id))
        const labels = new Map(indicators.map((entry) => [entry.id, entry.label]))
        const place = findPlace(document)
        for (const group of groups) {
          if (group.indicators.some((id) => stated.has(id))) continue
          const named = [...new Set(group.indicators.slice(0, 3).map((id) => labels.get(id) ?? id))]
          context.report({
            messageId: 'missing',
            ...place,
            data: {
              group: group.id,
              profile,
              indicators: group.indicators,
              profileLabel: PROFILE_LABELS[profile],
              label: group.label,
              indicatorLabels: named.join('、'),
              basis: group.basis,
            },
          })
        }
      },
    }
  },
})
