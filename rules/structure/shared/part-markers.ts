/**
 * Words that show a required part says what the regulation asks of it (a cause in the shortcomings, a fact of
 * the principal's duty): the part's sections, a test for any marker in a text, and the markers' labels for messages.
 */
import {compileEntryPatterns, findKindsCoveredByHeading, joinEntryPatterns, type ReportDocument, type Section, type SectionKind} from '@fzlint/core'

/**
 * The sections that hold a part: its top-level sections; only when there is none, the lower headings that cover
 * it (fangxian-2023 puts the duty under （一）). With a top-level part, a sub-heading “（一）存在的问题” beside
 * “（二）原因分析” is not a part of its own.
 */
export function findPartSections(document: ReportDocument, kind: SectionKind): Section[] {
  const topLevel = document.topSections.filter((section) => section.kind === kind)
  if (topLevel.length > 0) return topLevel
  return document.allSections.filter((section) => section.parent !== null && findKindsCoveredByHeading(section.title, document.sectionEntries).includes(kind))
}

/** The heading and everything under it, sub-sections included. */
export function findSectionText(source: string, section: Section): string {
  return source.slice(section.start, section.end)
}

/** The first few markers' labels, as a message lists them: 原因”“由于”“根源. */
export function listMarkerLabels(markers: readonly {label: string}[], count = 4): string {
  // Joined in a loop, not map().join(): the optimised map() returns an array of another map than the interpreter's,
  // which deoptimised the join() after it ("wrong map", V8 --trace-deopt).
  const shown = markers.slice(0, count)
  let labels = shown.length > 0 ? shown[0]!.label : ''
  for (let index = 1; index < shown.length; index++) labels += `”“${shown[index]!.label}`
  return labels
}

/**
 * Whether any marker's pattern is found in a text. The patterns are tried as one alternation (core's joinEntryPatterns,
 * made once per marker list and flags), which scans the text once: tried in turn, a part with no marker at all (the
 * case to be fast) was scanned once per pattern, and measured on corpus-sized sections the alternation took a third to
 * a half of the time. Patterns that cannot be joined (back references, group names) are tried in turn as before.
 */
export function compileMarkerTest(markers: readonly {pattern: string}[], flags: string): (text: string) => boolean {
  const alternation = joinEntryPatterns(markers, flags)
  return alternation !== null ? (text) => alternation.test(text) : (text) => compileEntryPatterns(markers, flags).some(({expression}) => expression.test(text))
}
