/** Reports top-level sections that stand out of the order in which 督察工作规定 lists a report's contents. */
import {defineRule, nodeText, SECTION_KINDS, type Section, type SectionEntry, type SectionKind} from '@fzlint/core'
import {z} from 'zod'

export default defineRule({
  meta: {
    id: 'section-order',
    type: 'suggestion',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '一级标题应按督察工作规定所列内容的顺序排列',
      basis:
        '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）所列年度报告内容依次为：（一）主要举措和成效；（二）存在的不足和原因；（三）党政主要负责人履行推进法治建设第一责任人职责情况；（四）下一年度主要安排；（五）其他需要报告的情况',
    },
    messages: {
      tooEarly:
        '“{heading}”排在“{other}”之前：按《法治政府建设与责任落实督察工作规定》所列顺序，{clause}“{label}”应在{otherClause}“{otherLabel}”之后',
      tooLate:
        '“{heading}”排在“{other}”之后：按《法治政府建设与责任落实督察工作规定》所列顺序，{clause}“{label}”应在{otherClause}“{otherLabel}”之前',
    },
    options: z.object({}).strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const classified = document.sections.filter((section): section is Section & {kind: SectionKind} => section.kind !== null)
        const ranks = classified.map((section) => SECTION_KINDS.indexOf(section.kind))
        const kept = findLongestOrderedRun(ranks)
        for (let index = 0; index < classified.length; index++) {
          if (kept.has(index)) continue
          const section = classified[index]!
          const rank = ranks[index]!
          // Report the displaced section against its nearest neighbour that it should follow or precede.
          let otherIndex = -1
          for (let before = index - 1; before >= 0; before--) {
            if (kept.has(before) && ranks[before]! > rank) otherIndex = before
          }
          const isTooLate = otherIndex !== -1
          if (!isTooLate) {
            for (let after = index + 1; after < classified.length; after++) {
              if (kept.has(after) && ranks[after]! < rank) otherIndex = after
            }
          }
          const other = classified[otherIndex]!
          const entry = findEntry(document.sectionEntries, section.kind)
          const otherEntry = findEntry(document.sectionEntries, other.kind)
          context.report({
            messageId: isTooLate ? 'tooLate' : 'tooEarly',
            node: section.heading,
            data: {
              section: section.kind,
              expectedAfter: isTooLate ? null : other.kind,
              expectedBefore: isTooLate ? other.kind : null,
              heading: nodeText(section.heading).trim(),
              other: nodeText(other.heading).trim(),
              label: entry?.label ?? section.kind,
              clause: entry?.clause ?? '',
              otherLabel: otherEntry?.label ?? other.kind,
              otherClause: otherEntry?.clause ?? '',
            },
          })
        }
      },
    }
  },
})

function findEntry(entries: SectionEntry[], kind: SectionKind): SectionEntry | undefined {
  return entries.find((entry) => entry.kind === kind && entry.label !== undefined)
}

/**
 * Indices of a longest non-decreasing subsequence of `ranks`: the sections that are in order among
 * themselves. Everything else is displaced, so one moved section yields one finding, not one per
 * section it jumped over (静海区2023 puts the duty section first [S28]).
 */
function findLongestOrderedRun(ranks: number[]): Set<number> {
  const length = ranks.map(() => 1)
  const previous = ranks.map(() => -1)
  for (let index = 0; index < ranks.length; index++) {
    for (let before = 0; before < index; before++) {
      // `>=`: among equally long runs keep the one with the later predecessor, so the earlier of two swapped
      // sections is the one reported (不足 before 举措 → “不足应在举措之后”).
      if (ranks[before]! <= ranks[index]! && length[before]! + 1 >= length[index]!) {
        length[index] = length[before]! + 1
        previous[index] = before
      }
    }
  }
  const kept = new Set<number>()
  let best = -1
  for (let index = 0; index < ranks.length; index++) {
    if (best === -1 || length[index]! >= length[best]!) best = index
  }
  for (let index = best; index !== -1; index = previous[index]!) kept.add(index)
  return kept
}
