/**
 * Pages of a text extracted from a paged document (PDF; OFD may reuse it): where each page's text starts, and a
 * position map that keeps the extracted text's own line and column and adds the page an offset falls on.
 */
import {createLocator, findLastAtOrBefore} from './locator.js'
import type {PositionMap} from './position-map.js'

/**
 * A printed page number on a line of its own, as PDF and OFD readers find it in a page's head or foot: GB/T 9704
 * 7.5's — 3 — (or - 3 -, ·3·), 第3页 (第3页共12页), 3/12, Page 3 (Page 3 of 12), a bare 3. Test trimmed text.
 */
export const PAGE_NUMBER_LINE =
  /^(?:[-—–－~～·\s]*\d{1,4}[-—–－~～·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/u

/** The page whose text starts at `offset` of the extracted text (1-based), in ascending order of offset. */
export interface PageStart {
  offset: number
  page: number
}

/**
 * Positions in `text` as they are (line and column of the extracted text, which is what the user is shown) with
 * the page each offset is on.
 */
export function createPagePositionMap(text: string, pages: readonly PageStart[]): PositionMap {
  const locator = createLocator(text)
  const offsets = pages.map((start) => start.offset)
  return {
    toOriginal(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length)
      const point = locator.toPoint(clamped)
      const index = findLastAtOrBefore(offsets, clamped)
      const page = pages[index]?.page
      return page === undefined ? {line: point.line, column: point.column} : {line: point.line, column: point.column, page}
    },
    toOffset(point) {
      return locator.toOffset(point)
    },
  }
}
