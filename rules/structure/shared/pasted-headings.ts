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

const cache = new WeakMap<ReportDocument, {copies: Map<Section, PastedHeading>; originals: Map<Section, PastedHeading>}>()

function comparableText(section: Section): string {
  return nodeText(section.heading).replace(/\s+/gu, '')
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}

function findPastedHeadings(document: ReportDocument) {
  let found = cache.get(document)
  if (!found) {
    found = {copies: new Map(), originals: new Map()}
    const {allSections, source} = document
    for (let index = 1; index < allSections.length; index++) {
      const original = allSections[index - 1]!
      const copy = allSections[index]!
      const originalEnd = original.heading.position?.end.offset
      if (originalEnd === undefined) continue
      // Nothing between: no text of the original's own, only white space (Markdown's blank line) up to the copy.
      if (!isBlank(source.slice(originalEnd, copy.start)) || comparableText(original) !== comparableText(copy)) continue
      const pasted = {original, copy}
      found.copies.set(copy, pasted)
      found.originals.set(original, pasted)
    }
    cache.set(document, found)
  }
  return found
}

/** The pasted copy this heading is, or undefined. */
export function findPastedCopy(document: ReportDocument, section: Section): PastedHeading | undefined {
  return findPastedHeadings(document).copies.get(section)
}

/** The pasted copy that follows this heading, or undefined. */
export function findCopyAfter(document: ReportDocument, section: Section): PastedHeading | undefined {
  return findPastedHeadings(document).originals.get(section)
}

/** Every pasted pair, in document order. */
export function listPastedHeadings(document: ReportDocument): PastedHeading[] {
  return [...findPastedHeadings(document).copies.values()]
}
