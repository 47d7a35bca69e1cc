/**
 * example/no-draft-mark: a report published on a government site is the final text, so a stage mark left in it
 * (“（征求意见稿）”, “（讨论稿）”, “（送审稿）”) says a draft was published by mistake. The same mark inside a
 * document's name in 《》 (起草《……办法（征求意见稿）》) is another document's stage, which a report may well mention.
 */
import {defineRule} from '@fzlint/core'

/** A stage mark in brackets, full- or half-width, as drafts carry them after the title or at the top. */
const STAGE_MARK = /[（(](征求意见稿|讨论稿|送审稿|修改稿|草稿|初稿)[）)]/gu

/** Whether `offset` lies inside a 《document name》 on its line: a 《 before it that no 》 has closed yet. */
function isInsideDocumentName(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  const before = source.slice(lineStart, offset)
  return before.lastIndexOf('《') > before.lastIndexOf('》')
}

export default defineRule({
  meta: {
    id: 'no-draft-mark',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: false,
    fixable: true,
    docs: {
      description: '公开发布的年度报告是定稿，不应保留“征求意见稿”“讨论稿”等稿本标记',
      basis: '《法治政府建设与责任落实督察工作规定》第二十四条：年度报告应当通过报刊、网站等新闻媒体向社会公开',
    },
    messages: {
      stageMark: '“{mark}”是稿本标记：向社会公开的是定稿，应删除',
    },
  },
  create(context) {
    return {
      'report:exit'() {
        for (const match of context.source.matchAll(STAGE_MARK)) {
          const start = match.index
          if (isInsideDocumentName(context.source, start)) continue
          const end = start + match[0].length
          context.report({messageId: 'stageMark', range: [start, end], data: {mark: match[0]}, fix: {range: [start, end], text: ''}})
        }
      },
    }
  },
})
