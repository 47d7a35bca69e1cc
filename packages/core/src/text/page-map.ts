/**
 * Pages of a text extracted from a paged document (PDF; OFD may reuse it): where each page's text starts, and a
 * position map that keeps the extracted text's own line and column and adds the page an offset falls on.
 */
import {createLocator, findLastAtOrBefore} from './locator.js'
import type {PositionMap} from './position-map.js'

/** The page whose text starts at `offset` of the extracted text (1-based), in ascending order of offset. */
export interface PageStart {
  offset: number
  page: number
}

/** The 1-based page of an offset, or undefined when the text has no page starts. */
export function pageAt(pages: readonly PageStart[], offset: number): number | undefined {
  if (pages.length === 0) return undefined
  return pages[findLastAtOrBefore(pages.map((start) => start.offset), offset)]?.page
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
