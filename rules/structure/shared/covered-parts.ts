/**
 * The required parts each lower-level heading covers (`2.压实法治政府建设第一责任。` covers duty), read once per heading
 * and report: when a part has no top-level section, required-section, duty-evidence and shortcomings-cause all ask it
 * of the same headings, and each answer normalises the title and tries every entry's patterns.
 */
import {findKindsCoveredByHeading, type ReportDocument, type Section, type SectionKind} from '@fzlint/core'

export type CoveredParts = (section: Section) => readonly SectionKind[]

const cache = new WeakMap<ReportDocument, CoveredParts>()

/** The parts a heading of this report covers, each heading's answer kept for the next rule that asks. */
export function readCoveredParts(document: ReportDocument): CoveredParts {
  let covered = cache.get(document)
  if (!covered) {
    const bySection = new Map<Section, readonly SectionKind[]>()
    covered = (section) => {
      let kinds = bySection.get(section)
      if (!kinds) {
        kinds = findKindsCoveredByHeading(section.title, document.sectionEntries)
        bySection.set(section, kinds)
      }
      return kinds
    }
    cache.set(document, covered)
  }
  return covered
}
