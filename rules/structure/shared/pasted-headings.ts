/**
 * Headings pasted twice: the same heading text again right after it, with nothing between. duplicate-heading
 * reports the copy; empty-section and numbering-sequence leave the pair to it (the first is not empty, the
 * copy is no break in the numbering: it is one fault, and its fix is to delete the copy).
 */
import {nodeText, type ReportDocument, type Section} from '@fzlint/core'

export interface PastedHeading {
  /** The heading as first written. */
  original: Section
  /** The same heading again, right after it. */
  copy: Section
}

/** A report's pasted pairs, in document order, found once and looked up by either heading. */
export interface PastedHeadings {
  byCopy: ReadonlyMap<Section, PastedHeading>
  byOriginal: ReadonlyMap<Section, PastedHeading>
}

const cache = new WeakMap<ReportDocument, PastedHeadings>()

function comparableText(section: Section): string {
  return nodeText(section.heading).replace(/\s+/gu, '')
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** The pasted headings of a report. Callers that ask about many headings take the maps once, not a WeakMap look-up each. */
export function findPastedHeadings(document: ReportDocument): PastedHeadings {
  let found = cache.get(document)
  if (found) return found
  const byCopy = new Map<Section, PastedHeading>()
  const byOriginal = new Map<Section, PastedHeading>()
  const {allSections, source} = document
  // Each heading's comparable text is needed as the copy of one pair and the original of the next: made once.
  let previousText: string | undefined
  for (let index = 1; index < allSections.length; index++) {
    const original = allSections[index - 1]!
    const copy = allSections[index]!
    const originalText = previousText
    previousText = undefined
    const originalEnd = original.heading.position?.end.offset
    if (originalEnd === undefined) continue
    // Nothing between: no text of the original's own, only white space (Markdown's blank line) up to the copy.
    if (!isBlank(source.slice(originalEnd, copy.start))) continue
    previousText = comparableText(copy)
    if ((originalText ?? comparableText(original)) !== previousText) continue
    const pasted = {original, copy}
    byCopy.set(copy, pasted)
    byOriginal.set(original, pasted)
  }
  found = {byCopy, byOriginal}
  cache.set(document, found)
  return found
}
