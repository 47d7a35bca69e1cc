/** Reports a shortcomings section that names problems but gives no cause for them. */
import {defineRule, nodeText, noOptions} from '@fzlint/core'
import {compileMarkerTest, findPartSections, findSectionText, listMarkerLabels} from '../shared/part-markers.js'
import {causeMarkersData} from './data.js'

export default defineRule({
  meta: {
    id: 'shortcomings-cause',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '“存在的不足”部分应分析原因',
      basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告写明上一年度推进法治政府建设存在的不足和原因',
    },
    messages: {
      missingCause:
        '“{heading}”只列出不足，未分析原因：标题和正文中没有原因分析的用语（如“{examples}”），《法治政府建设与责任落实督察工作规定》要求写明存在的不足和原因',
    },
    options: noOptions,
  },
  create(context) {
    const markers = context.data(causeMarkersData)
    const hasCause = compileMarkerTest(markers, 'u')
    return {
      'report:exit'(document) {
        for (const section of findPartSections(document, 'shortcomings')) {
          const text = findSectionText(document.source, section)
          if (hasCause(text)) continue
          context.report({
            messageId: 'missingCause',
            node: section.heading,
            data: {section: 'shortcomings', heading: nodeText(section.heading).trim(), examples: listMarkerLabels(markers)},
          })
        }
      },
    }
  },
})
