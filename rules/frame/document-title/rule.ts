/** Reports a report with no title, or a title that does not name the report year, 法治政府建设 and its kind (报告). */
import {defineRule, nodeText, noOptions} from '@fzlint/core'
import {findYears, maskQuotedNames, TITLE_TOPIC, toSimplified} from '@fzlint/core/text'

// The kind of document (文种) ends the title; a note in brackets after it (（全文）, （摘要）) does not count, nor does
// a second subject joined by 暨 (……工作报告暨2024年工作计划), whose kind the report's stays.
const GENRE_ENDING = /报告(?:暨[^，。；]{1,40})?(?:[（(][^（()）]{1,8}[）)])?$/u
const LAST_WORD = /(总结|汇报|情况|材料|通报|工作|简报|综述|自查|自评)(?:[（(][^（()）]{1,8}[）)])?$/u

export default defineRule({
  meta: {
    id: 'document-title',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '报告须有标题，标题写明年度、“法治政府建设”和文种“报告”',
      basis: 'GB/T 9704-2012 第7.3.1条：标题由发文机关名称、事由和文种组成；《法治政府建设与责任落实督察工作规定》第二十五条：报告上一年度法治政府建设情况',
    },
    messages: {
      absent: '报告没有标题：开头应是“某某人民政府关于{year}年度法治政府建设情况的报告”这样的标题（GB/T 9704-2012 第7.3.1条：标题由发文机关名称、事由和文种组成）',
      missingYear: '标题“{title}”没有写明报告年度：应写明所报告的年度，如“关于{year}年度法治政府建设情况的报告”（督察工作规定要求报告上一年度情况）',
      missingTopic: '标题“{title}”没有写明“法治政府建设”：事由应为某年度法治政府建设情况（《法治政府建设与责任落实督察工作规定》第二十五条）',
      missingGenre:
        '标题“{title}”没有以文种“报告”结尾{endingNote}：年度报告的标题应写作“……关于{year}年度法治政府建设情况的报告”（GB/T 9704-2012 第7.3.1条：标题由发文机关名称、事由和文种组成；督察工作规定第二十五条要求的是报告）',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const year = document.year ?? 'XXXX'
        if (!document.title) {
          // Reported where a title belongs: the first line of text.
          const first = document.tree.children.find((node) => node.type !== 'html' && nodeText(node).trim() !== '')
          context.report({messageId: 'absent', node: first ?? {position: undefined}, data: {missing: 'title', year}})
          return
        }
        // The model joins a title broken over lines (GB/T 9704 7.3.1: 回行), so both lines count.
        const title = document.title.text.replace(/\s+/gu, '')
        // 建設 and 報告 are 建设 and 报告: traditional characters are read as simplified for the checks, and messages
        // quote the title as written. A year only inside a cited document name (《……(2021—2025年)》) is no report year.
        const simple = toSimplified(title)
        if (findYears(maskQuotedNames(title)).length === 0) context.report({messageId: 'missingYear', node: document.title.node, data: {missing: 'year', title, year}})
        if (!TITLE_TOPIC.test(simple)) context.report({messageId: 'missingTopic', node: document.title.node, data: {missing: 'topic', title}})
        if (!GENRE_ENDING.test(simple)) {
          const last = LAST_WORD.exec(simple)
          const ending = last ? title.slice(last.index, last.index + last[1]!.length) : null
          context.report({
            messageId: 'missingGenre',
            node: document.title.node,
            data: {missing: 'genre', title, year, ending, endingNote: ending ? `（结尾是“${ending}”）` : ''},
          })
        }
      },
    }
  },
})
