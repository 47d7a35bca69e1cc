/** Reports a part of the report that 督察工作规定 requires but that has no top-level section of its own. */
import {defineRule, findKindsCoveredByHeading, SECTION_KINDS, type Section, type SectionKind} from '@fzlint/core'
import {z} from 'zod'

const REQUIRABLE = SECTION_KINDS.filter((kind) => kind !== 'other') as Exclude<SectionKind, 'other'>[]

export default defineRule({
  meta: {
    id: 'required-section',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    docs: {
      description: '年度报告须以一级标题单列督察工作规定要求的各部分',
      basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）规定年度报告应当包括主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度主要安排等内容',
    },
    messages: {
      absent: '缺少“{label}”部分：《法治政府建设与责任落实督察工作规定》要求年度报告写明{clause}{label}',
      nested: '“{label}”应作为一级标题单列：现只见于下级标题“{heading}”，《法治政府建设与责任落实督察工作规定》将其列为报告的{clause}项内容',
    },
    options: z
      .object({
        require: z
          .array(z.enum(REQUIRABLE as [Exclude<SectionKind, 'other'>, ...Exclude<SectionKind, 'other'>[]]))
          .describe('Which parts must stand as top-level sections.')
          .default(REQUIRABLE),
      })
      .strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const present = new Set(document.topSections.map((section) => section.kind))
        for (const kind of context.options.require) {
          if (present.has(kind)) continue
          const entry = document.sectionEntries.find((candidate) => candidate.kind === kind)
          const label = entry?.label ?? kind
          const clause = entry?.clause ?? ''
          const nested = findNestedHeading(document.allSections, kind, document.sectionEntries)
          if (nested) {
            // Reported at that heading; its line is the finding's own (mapped to the file for .html and wrapped text).
            context.report({
              messageId: 'nested',
              node: nested.heading,
              severity: 'warn',
              data: {section: kind, found: 'nested', label, clause, heading: nested.title},
            })
          } else {
            context.report({
              messageId: 'absent',
              node: document.title?.node ?? {position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}},
              data: {section: kind, found: 'absent', label, clause},
            })
          }
        }
      },
    }
  },
})

/** The first lower-level heading whose title covers the part (for duty: one naming 第一责任). */
function findNestedHeading(headings: Section[], kind: SectionKind, entries: Parameters<typeof findKindsCoveredByHeading>[1]) {
  return headings.find((section) => section.parent !== null && findKindsCoveredByHeading(section.title, entries).includes(kind))
}
