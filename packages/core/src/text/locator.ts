/** Converts between string offsets and 1-based line/column points (columns in UTF-16 code units, as ESLint counts). */
import type {Point} from 'unist'

export interface Locator {
  /** Point of a 0-based offset into the text. */
  toPoint(offset: number): Required<Point>
  /** Offset of a 1-based line/column point. */
  toOffset(point: {line: number; column: number}): number
  /** Offset where a 1-based line starts. */
  lineStart(line: number): number
  readonly lineCount: number
}

/** Offsets where each line starts; `\r\n`, `\n` and a lone `\r` all end a line. */
export function findLineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return starts
}

/** Index of the last value in ascending `sorted` that is ≤ `value` (0 when none is). */
export function findLastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle]! <= value) low = middle
    else high = middle - 1
  }
  return low
}

export function createLocator(text: string): Locator {
  const starts = findLineStarts(text)
  return {
    lineCount: starts.length,
    lineStart(line) {
      return starts[Math.min(Math.max(line, 1), starts.length) - 1]!
    },
    toPoint(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length)
      const low = findLastAtOrBefore(starts, clamped)
      return {line: low + 1, column: clamped - starts[low]! + 1, offset: clamped}
    },
    toOffset(point) {
      return this.lineStart(point.line) + point.column - 1
    },
  }
}
