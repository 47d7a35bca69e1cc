/** Reports a heading pasted twice: the same heading text again right after it, with nothing between. */
import {defineRule, nodeText, noOptions} from '@fzlint/core'
import {findPastedHeadings} from '../shared/pasted-headings.js'

export default defineRule({
  meta: {
    id: 'duplicate-heading',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: true,
    docs: {
      description: '同一标题不应紧接着重复出现',
      basis: 'GB/T 9704-2012《党政机关公文格式》7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注；每一层次的标题只写一次',
    },
    messages: {
      pasted: '标题重复：“{heading}”在第{originalLine}行已写过，第{line}行紧接着又写了一次，中间没有任何内容，是重复粘贴的标题，应删去第{line}行重复的标题',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        for (const {original, copy} of findPastedHeadings(document).byCopy.values()) {
          const originalEnd = original.heading.position!.end.offset!
          const copyEnd = copy.heading.position!.end.offset!
          context.report({
            messageId: 'pasted',
            node: copy.heading,
            data: {
              heading: nodeText(copy.heading).trim(),
              level: copy.level,
              line: copy.heading.position!.start.line,
              originalLine: original.heading.position!.start.line,
            },
            // The copy and the line break before it: what is left is the heading written once, and the text the
            // copy's line carries after a run-in heading (（二）规范执法。全面推行……) stays on the line.
            fix: {range: [originalEnd, copyEnd], text: ''},
          })
        }
      },
    }
  },
})
