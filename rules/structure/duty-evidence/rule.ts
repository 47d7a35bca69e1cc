/** Reports a first-responsible section (第一责任人职责情况) that states the duty but reports nothing done under it. */
import {defineRule, nodeText, noOptions} from '@fzlint/core'
import {compileMarkerTest, findPartSections, listMarkerLabels} from '../shared/part-markers.js'
import {dutyMarkersData} from './data.js'

export default defineRule({
  meta: {
    id: 'duty-evidence',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '“第一责任人职责情况”部分应写明履职的具体事实，而不只是表态',
      basis:
        '《法治政府建设与责任落实督察工作规定》要求报告党政主要负责人履行推进法治建设第一责任人职责情况；《党政主要负责人履行推进法治建设第一责任人职责规定》第四条列明其职责（亲自部署、重大问题亲自过问……）',
    },
    messages: {
      noEvidence:
        '“{heading}”没有写明主要负责人履职的具体事实（如“{examples}”）：只有表态不足以说明履职情况，应写明研究部署、学法述法、依法决策、出庭应诉等做了什么、做了几次（《党政主要负责人履行推进法治建设第一责任人职责规定》第四条）',
    },
    options: noOptions,
  },
  create(context) {
    const markers = context.data(dutyMarkersData)
    // One alternation over the body, as shortcomings-cause does: a body without evidence was scanned once per marker.
    const hasEvidence = compileMarkerTest(markers, 'u')
    return {
      'report:exit'(document) {
        for (const section of findPartSections(document, 'duty')) {
          // The heading restates the duty (履行推进法治建设第一责任人职责情况): only the body can report facts.
          const body = document.source.slice(section.heading.position?.end.offset ?? section.start, section.end)
          if (hasEvidence(body)) continue
          context.report({
            messageId: 'noEvidence',
            node: section.heading,
            data: {section: 'duty', heading: nodeText(section.heading).trim(), examples: listMarkerLabels(markers)},
          })
        }
      },
    }
  },
})
