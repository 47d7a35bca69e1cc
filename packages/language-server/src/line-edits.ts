/**
 * Old text → new text as the fewest whole-line edits (Myers' O(ND) difference over lines). Fix-all sends these
 * rather than one edit over everything between the first and last fix: an editor keeps the cursor, folds and
 * marks of the lines no fix touched, which matters when fixes run on every save.
 */

/** Replace lines [oldStart, oldEnd) of the old text by lines [newStart, newEnd) of the new one. */
export interface LineHunk {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
}

/** A text edit by offsets into the old text. */
export interface OffsetEdit {
  start: number
  end: number
  text: string
}

/**
 * Beyond this many differing lines the step-by-step trace would cost more memory than the edits are worth
 * (it grows with the number of differences times the length), and one edit over the changed stretch is sent.
 */
const MAX_TRACED_DIFFERENCES = 500

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/u)
}

/** The hunks turning `before` into `after`, in order; undefined when they differ in more than `maxDifferences` lines. */
export function diffLines(before: readonly string[], after: readonly string[], maxDifferences = MAX_TRACED_DIFFERENCES): LineHunk[] | undefined {
  const n = before.length
  const m = after.length
  const limit = Math.min(n + m, maxDifferences)
  const offset = limit + 1
  // furthest[k + offset]: the furthest x reached on diagonal k (y = x - k); trace[d] holds it as it was before step d.
  const furthest = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= limit; d++) {
    trace.push(furthest.slice())
    for (let k = -d; k <= d; k += 2) {
      const isDown = k === -d || (k !== d && furthest[k - 1 + offset]! < furthest[k + 1 + offset]!)
      let x = isDown ? furthest[k + 1 + offset]! : furthest[k - 1 + offset]! + 1
      let y = x - k
      while (x < n && y < m && before[x] === after[y]) {
        x++
        y++
      }
      furthest[k + offset] = x
      if (x >= n && y >= m) return collectHunks(trace, n, m, offset)
    }
  }
  return undefined
}

function collectHunks(trace: readonly Int32Array[], n: number, m: number, offset: number): LineHunk[] {
  const steps: LineHunk[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const furthest = trace[d]!
    const k = x - y
    const isDown = k === -d || (k !== d && furthest[k - 1 + offset]! < furthest[k + 1 + offset]!)
    const previousK = isDown ? k + 1 : k - 1
    const previousX = furthest[previousK + offset]!
    const previousY = previousX - previousK
    // Equal lines (the diagonal) lead from the step's end to (x, y); the step itself inserts or deletes one line.
    steps.push(isDown ? {oldStart: previousX, oldEnd: previousX, newStart: previousY, newEnd: previousY + 1} : {oldStart: previousX, oldEnd: previousX + 1, newStart: previousY, newEnd: previousY})
    x = previousX
    y = previousY
  }
  steps.reverse()
  // Adjacent one-line steps become one hunk: a changed line is a deletion and an insertion at the same place.
  const hunks: LineHunk[] = []
  for (const step of steps) {
    const last = hunks.at(-1)
    if (last && last.oldEnd === step.oldStart && last.newEnd === step.newStart) {
      last.oldEnd = step.oldEnd
      last.newEnd = step.newEnd
    } else {
      hunks.push({...step})
    }
  }
  return hunks
}

/** The edits, by offsets into `before`, that turn it into `after`: one per run of changed lines. */
export function computeLineEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return []
  const beforeLines = splitLines(before)
  const afterLines = splitLines(after)
  // Fixes touch a few lines of a long report: set aside the equal lines at both ends before tracing.
  let head = 0
  while (head < beforeLines.length && head < afterLines.length && beforeLines[head] === afterLines[head]) head++
  let tail = 0
  while (
    tail < beforeLines.length - head &&
    tail < afterLines.length - head &&
    beforeLines[beforeLines.length - 1 - tail] === afterLines[afterLines.length - 1 - tail]
  ) {
    tail++
  }
  const beforeMiddle = beforeLines.slice(head, beforeLines.length - tail)
  const afterMiddle = afterLines.slice(head, afterLines.length - tail)
  const hunks = diffLines(beforeMiddle, afterMiddle) ?? [{oldStart: 0, oldEnd: beforeMiddle.length, newStart: 0, newEnd: afterMiddle.length}]
  const lineOffsets = [0]
  for (const line of beforeLines) lineOffsets.push(lineOffsets.at(-1)! + line.length)
  return hunks.map((hunk) => ({
    start: lineOffsets[head + hunk.oldStart]!,
    end: lineOffsets[head + hunk.oldEnd]!,
    text: afterMiddle.slice(hunk.newStart, hunk.newEnd).join(''),
  }))
}
