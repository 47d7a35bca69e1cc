/** Converts between string offsets and 1-based line/column points (columns in UTF-16 code units, as ESLint counts). */
import type {Point} from 'unist'

export interface Locator {
  /** Point of a 0-based offset into the text. */
  toPoint(offset: number): Required<Point>
  /** Offset of a 1-based line/column point. */
  toOffset(point: {line: number; column: number}): number
  /** Offset where a 1-based line starts. */
  lineStart(line: number): number
  /** Offset where a 1-based line's text ends: before its `\n`, `\r\n` or `\r`, or the end of the text. */
  lineEnd(line: number): number
  readonly lineCount: number
}

/** Offsets where each line starts; `\r\n`, `\n` and a lone `\r` all end a line. */
export function findLineStarts(text: string): number[] {
  const starts = [0]
  // indexOf jumps from break to break, several times faster than testing every code unit of a long text.
  let lineFeed = text.indexOf('\n')
  let carriageReturn = text.indexOf('\r')
  while (lineFeed !== -1 || carriageReturn !== -1) {
    const isCarriageReturnFirst = carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)
    const next = isCarriageReturnFirst ? carriageReturn + (text.charCodeAt(carriageReturn + 1) === 10 ? 2 : 1) : lineFeed + 1
    starts.push(next)
    if (lineFeed !== -1 && lineFeed < next) lineFeed = text.indexOf('\n', next)
    if (carriageReturn !== -1 && carriageReturn < next) carriageReturn = text.indexOf('\r', next)
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

/** Offsets of every occurrence of `word` in `text`, overlapping ones included, in ascending order. */
export function findOccurrences(text: string, word: string): number[] {
  const offsets: number[] = []
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) offsets.push(at)
  return offsets
}

/** Index of the first value in ascending `sorted` that is ≥ `value` (`sorted.length` when none is). */
export function findFirstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

// Reading a text file (unwrapLines) and parsing it (createLocator) each need its line starts, one right after the
// other: the last text's are kept, so the parser takes them without scanning the text again (measured: 5 µs a
// 15 KB report). Kept read-only: callers of lineStartsOf share the array.
let lastText: string | undefined
let lastStarts: readonly number[] = []

/** findLineStarts of `text`, shared with the previous caller when it asked about the same text. */
export function lineStartsOf(text: string): readonly number[] {
  if (text !== lastText) {
    lastStarts = findLineStarts(text)
    lastText = text
  }
  return lastStarts
}

export function createLocator(text: string): Locator {
  const starts = lineStartsOf(text)
  // The index of the line the last point was on. Points are mostly asked for in order (the parser asks for the start
  // and end of every line in turn, a rule for its findings), so the offset is usually on that line or the next, and
  // two comparisons find it where a binary search took a dozen. Starts ascend strictly, so the line is the same.
  let lastLine = 0
  const isOnLine = (index: number, offset: number) => starts[index]! <= offset && (index + 1 === starts.length || offset < starts[index + 1]!)
  return {
    lineCount: starts.length,
    lineStart(line) {
      return starts[Math.min(Math.max(line, 1), starts.length) - 1]!
    },
    lineEnd(line) {
      const index = Math.min(Math.max(line, 1), starts.length) - 1
      if (index === starts.length - 1) return text.length
      const next = starts[index + 1]!
      return next - (text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1)
    },
    toPoint(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length)
      let line = lastLine
      if (!isOnLine(line, clamped)) line = line + 1 < starts.length && isOnLine(line + 1, clamped) ? line + 1 : findLastAtOrBefore(starts, clamped)
      lastLine = line
      return {line: line + 1, column: clamped - starts[line]! + 1, offset: clamped}
    },
    toOffset(point) {
      return this.lineStart(point.line) + point.column - 1
    },
  }
}
