/**
 * Pretty-printed JSON (`JSON.stringify(value, null, 2)`) written a piece at a time: the document with one array left
 * open, its items appended as they come, then the rest. The pieces joined are byte for byte what JSON.stringify gives
 * for the whole document with those items in the array.
 */

/** Stands for the streamed array's items in the skeleton; a string no real value contains. */
const ITEMS_MARK = '@@fzlint-streamed-items@@'

export interface SplitDocument {
  /** Up to and including the array's `[`. */
  head: string
  /** From the array's `]` to the end. */
  tail: string
  /** Written before each item: a line break and the items' indentation. */
  itemPrefix: string
  /** Written before the `]` when the array has items: a line break and the array's indentation. */
  closePrefix: string
}

/**
 * Splits the pretty-printed skeleton around its array. `withItemsArray` builds the document given the array to put in
 * place of the streamed one (called with a one-item array holding the mark).
 */
export function splitAroundArray(withItemsArray: (items: unknown[]) => unknown): SplitDocument {
  const text = JSON.stringify(withItemsArray([ITEMS_MARK]), null, 2)
  const quoted = JSON.stringify(ITEMS_MARK)
  const at = text.indexOf(quoted)
  const open = text.lastIndexOf('[', at)
  const close = text.indexOf(']', at + quoted.length)
  return {
    head: text.slice(0, open + 1),
    tail: text.slice(close),
    itemPrefix: text.slice(open + 1, at),
    closePrefix: text.slice(at + quoted.length, close),
  }
}

/** How many levels deep the streamed array's items are printed: the indentation of `itemPrefix`, two spaces a level. */
export function levelOf(itemPrefix: string): number {
  return (itemPrefix.length - itemPrefix.lastIndexOf('\n') - 1) / 2
}

/** What JSON.stringify(…, null, 2) writes between the members of an object or array `level` levels deep. */
export function lineBreakAt(level: number): string {
  return `\n${'  '.repeat(level)}`
}

/**
 * `value` as JSON.stringify(…, null, 2) prints it `level` levels deep in a larger document: every line after its first
 * indented by those levels. Each line break in the printed value is the layout's (JSON.stringify escapes those inside
 * strings), so indenting them all is exact. For small values such as a finding's data; a format that writes many
 * items prints their constant parts from fragments made once (see sarif.ts and gitlab.ts).
 */
export function stringifyAtLevel(value: unknown, level: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', lineBreakAt(level))
}

/** A JSON number as JSON.stringify writes it: NaN and the infinities are `null`. */
export function stringifyNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null'
}
