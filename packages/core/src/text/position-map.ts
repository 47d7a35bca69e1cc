/** Positions of extracted or rejoined text in the file it came from: a text concept, used by the readers and the engine. */

/** Maps an offset in the linted (extracted) text back to a place in the original file. */
export interface PositionMap {
  /** `paragraph`: a .docx paragraph (`第12段`); `page`: the page of a paged document (PDF, `第3页`). */
  toOriginal(offset: number): {line: number; column: number; paragraph?: number; page?: number}
  /**
   * The inverse, for maps whose lines and columns are the original file's: the text offset of an original
   * position (a position in a stretch the text leaves out maps to where the text goes on).
   */
  toOffset?(point: {line: number; column: number}): number
}
