/** Reports top-level sections that stand out of the order in which 督察工作规定 lists a report's contents. */
import {defineRule, nodeText, noOptions, SECTION_KINDS, type Section, type SectionEntry, type SectionKind} from '@fzlint/core'

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
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const classified = document.topSections.filter((section): section is Section & {kind: SectionKind} => section.kind !== null)
        // Pushed, not map()ped, as the arrays of findLongestOrderedRun: an optimised map() returns a holey array where
        // the interpreter's is packed, and the functions reading it, typed by one kind, deoptimised on the other
        // ("wrong map", V8 --trace-deopt) and were compiled again.
        const ranks: number[] = []
        for (const section of classified) ranks.push(SECTION_KINDS.indexOf(section.kind))
        // Sections already in order are their own longest ordered run: all are kept and none is reported.
        if (isNonDecreasing(ranks)) return
        const kept = findLongestOrderedRun(ranks)
        const {firstKeptAbove, lastKeptBelow} = findKeptBounds(ranks, kept)
        for (let index = 0; index < classified.length; index++) {
          if (kept.has(index)) continue
          const section = classified[index]!
          const rank = ranks[index]!
          // Report the displaced section against the first kept section before it that it should precede, or else
          // the last kept section after it that it should follow.
          const above = firstKeptAbove.get(rank) ?? -1
          const below = lastKeptBelow.get(rank) ?? -1
          const isTooLate = above !== -1 && above < index
          const otherIndex = isTooLate ? above : below > index ? below : -1
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

/**
 * For each rank, the first kept section of a higher rank and the last kept section of a lower one: the neighbours a
 * displaced section is reported against, found in one pass per rank rather than by a scan per displaced section.
 */
function findKeptBounds(ranks: number[], kept: Set<number>): {firstKeptAbove: Map<number, number>; lastKeptBelow: Map<number, number>} {
  const firstKeptAbove = new Map<number, number>()
  const lastKeptBelow = new Map<number, number>()
  for (const rank of new Set(ranks)) {
    for (let index = 0; index < ranks.length; index++) {
      if (kept.has(index) && ranks[index]! > rank) {
        firstKeptAbove.set(rank, index)
        break
      }
    }
    for (let index = ranks.length - 1; index >= 0; index--) {
      if (kept.has(index) && ranks[index]! < rank) {
        lastKeptBelow.set(rank, index)
        break
      }
    }
  }
  return {firstKeptAbove, lastKeptBelow}
}

function isNonDecreasing(ranks: number[]): boolean {
  for (let index = 1; index < ranks.length; index++) if (ranks[index]! < ranks[index - 1]!) return false
  return true
}

function findEntry(entries: SectionEntry[], kind: SectionKind): SectionEntry | undefined {
  return entries.find((entry) => entry.kind === kind && entry.label !== undefined)
}

/**
 * Indices of a longest non-decreasing subsequence of `ranks`: the sections that are in order among
 * themselves. Everything else is displaced, so one moved section yields one finding, not one per
 * section it jumped over (静海区2023 puts the duty section first [S28]).
 */
function findLongestOrderedRun(ranks: number[]): Set<number> {
  // The longest run ending at each section, and the section before it in that run (see the ranks for why pushed).
  const length: number[] = []
  const previous: number[] = []
  for (let index = 0; index < ranks.length; index++) {
    length.push(1)
    previous.push(-1)
  }
  // The longest run ending at each rank so far and where it ends: ranks are the few section kinds, so each section
  // looks at a handful of these instead of at every section before it (quadratic in a report of 50,000 headings).
  const bestByRank = new Map<number, {length: number; index: number}>()
  for (let index = 0; index < ranks.length; index++) {
    let predecessor: {length: number; index: number} | undefined
    for (const [rank, best] of bestByRank) {
      if (rank > ranks[index]!) continue
      // Among equally long runs keep the one with the later predecessor, so the earlier of two swapped sections is
      // the one reported (不足 before 举措 → “不足应在举措之后”).
      if (!predecessor || best.length > predecessor.length || (best.length === predecessor.length && best.index > predecessor.index)) predecessor = best
    }
    if (predecessor) {
      length[index] = predecessor.length + 1
      previous[index] = predecessor.index
    }
    const current = bestByRank.get(ranks[index]!)
    if (!current || length[index]! >= current.length) bestByRank.set(ranks[index]!, {length: length[index]!, index})
  }
  const kept = new Set<number>()
  let best = -1
  for (let index = 0; index < ranks.length; index++) {
    if (best === -1 || length[index]! >= length[best]!) best = index
  }
  for (let index = best; index !== -1; index = previous[index]!) kept.add(index)
  return kept
}
