/**
 * Headings pasted twice: the same heading text again right after it, with nothing between. duplicate-heading
 * reports the copy; empty-section and numbering-sequence leave the pair to it (the first is not empty, the
 * copy is no break in the numbering: it is one fault, and its fix is to delete the copy).
 */
import {nodeText, type ReportDocument, type Section} from '@fzlint/core'
import {isSpaceCode} from '@fzlint/core/text'

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

/**
 * Whether two headings' texts are the same once white space is taken out (`text.replace(/\s+/gu, '')` compared),
 * read in place: most headings side by side differ in their first character (一、 then （一）), and nothing is copied.
 */
function isSameText(a: string, b: string): boolean {
  let i = 0
  let j = 0
  for (;;) {
    while (i < a.length && isSpaceCode(a.charCodeAt(i))) i++
    while (j < b.length && isSpaceCode(b.charCodeAt(j))) j++
    if (i === a.length || j === b.length) return i === a.length && j === b.length
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
    i++
    j++
  }
}

/** A run of white space, read from where it is placed (`lastIndex`) to its end. */
const SPACE_RUN = /\s*/y

/**
 * Whether `source` holds only white space from `start` up to `end` (`source.slice(start, end).trim() === ''`), read
 * from `start` only: mostly the original's own text follows at once, and the slice's far end is never read.
 */
function isBlankBetween(source: string, start: number, end: number): boolean {
  const stop = Math.min(end, source.length)
  if (start >= stop) return true
  SPACE_RUN.lastIndex = start
  SPACE_RUN.test(source)
  return SPACE_RUN.lastIndex >= stop
}

/** The pasted headings of a report. Callers that ask about many headings take the maps once, not a WeakMap look-up each. */
export function findPastedHeadings(document: ReportDocument): PastedHeadings {
  let found = cache.get(document)
  if (found) return found
  const byCopy = new Map<Section, PastedHeading>()
  const byOriginal = new Map<Section, PastedHeading>()
  const {allSections, source} = document
  // Each heading's text is needed as the copy of one pair and the original of the next: read once.
  let previousText: string | undefined
  for (let index = 1; index < allSections.length; index++) {
    const original = allSections[index - 1]!
    const copy = allSections[index]!
    const originalText = previousText
    previousText = undefined
    const originalEnd = original.heading.position?.end.offset
    if (originalEnd === undefined) continue
    // Nothing between: no text of the original's own, only white space (Markdown's blank line) up to the copy.
    if (!isBlankBetween(source, originalEnd, copy.start)) continue
    previousText = nodeText(copy.heading)
    if (!isSameText(originalText ?? nodeText(original.heading), previousText)) continue
    const pasted = {original, copy}
    byCopy.set(copy, pasted)
    byOriginal.set(original, pasted)
  }
  found = {byCopy, byOriginal}
  cache.set(document, found)
  return found
}
