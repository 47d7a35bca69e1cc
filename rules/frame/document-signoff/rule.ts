/** Reports a report that does not end with the issuing body (落款) and the date of writing (成文日期). */
import {defineRule, nodeText, noOptions} from '@fzlint/core'

export default defineRule({
  meta: {
    id: 'document-signoff',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '报告末尾须有发文机关署名（落款）和成文日期',
      basis: 'GB/T 9704-2012 第7.3.5条：正文之后编排发文机关署名和成文日期，成文日期用阿拉伯数字将年、月、日标全',
    },
    messages: {
      absent: '报告末尾没有落款和成文日期：正文之后应编排发文机关署名，下一行写成文日期（如“2024年2月20日”）（GB/T 9704-2012 第7.3.5条）',
      missingIssuer: '成文日期“{date}”之前没有发文机关署名（落款）：应在成文日期上一行写明发文机关全称（GB/T 9704-2012 第7.3.5条）',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const signoff = document.signoff
        if (signoff?.date && signoff.issuer) return
        if (signoff?.date) {
          context.report({messageId: 'missingIssuer', node: signoff.date.node, data: {missing: ['issuer'], date: signoff.date.text}})
          return
        }
        // Reported at the last line of text, where the sign-off belongs.
        const last = document.tree.children.findLast((node) => node.type !== 'html' && nodeText(node).trim() !== '')
        context.report({messageId: 'absent', node: last ?? {position: undefined}, data: {missing: ['issuer', 'date']}})
      },
    }
  },
})
