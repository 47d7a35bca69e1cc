/** Splits ordinals into runs that should count 1, 2, 3 … and finds where a run breaks. */

export type BreakKind = 'gap' | 'repeat' | 'reversal'

export interface SequenceBreak<Item> {
  item: Item
  kind: BreakKind
  /** The ordinal the item should have had. */
  expected: number
  /** The ordinal before it in its run (0 when the run starts with it). */
  previous: number
}

export interface Run<Item> {
  items: Item[]
  breaks: SequenceBreak<Item>[]
}

function classify(ordinal: number, run: number[]): BreakKind {
  const last = run.at(-1) ?? 0
  if (ordinal > last + 1) return 'gap'
  return run.includes(ordinal) ? 'repeat' : 'reversal'
}

function addToRun<Item>(run: Run<Item> & {ordinals: number[]}, item: Item, ordinal: number): void {
  const last = run.ordinals.at(-1) ?? 0
  if (ordinal !== last + 1) run.breaks.push({item, kind: classify(ordinal, run.ordinals), expected: last + 1, previous: last})
  run.items.push(item)
  run.ordinals.push(ordinal)
}

/** One flat run, as headings of one level under one parent are: every item belongs to it. */
export function checkRun<Item>(items: Item[], ordinalOf: (item: Item) => number): Run<Item> {
  const run = {items: [] as Item[], ordinals: [] as number[], breaks: [] as SequenceBreak<Item>[]}
  for (const item of items) addToRun(run, item, ordinalOf(item))
  return {items: run.items, breaks: run.breaks}
}

/**
 * Whether splitNestedChains would find a break in these ordinals, read on the bare numbers: most stretches of text
 * count 一是、二是、三是 … without one, and then no run, no break list, no item list need be built. An ordinal breaks
 * exactly when it is not 1 and no open chain's last ordinal is the one before it; the chain it continues keeps it as
 * its last, and the chains opened after that one close.
 */
export function hasChainBreak<Item>(items: Item[], ordinalOf: (item: Item) => number): boolean {
  // The last ordinal of each open chain, outermost first.
  const lastOfOpen: number[] = []
  for (const item of items) {
    const ordinal = ordinalOf(item)
    if (ordinal === 1) {
      lastOfOpen.push(1)
      continue
    }
    let continued = lastOfOpen.length - 1
    while (continued >= 0 && lastOfOpen[continued]! + 1 !== ordinal) continued--
    if (continued === -1) return true
    lastOfOpen.length = continued + 1
    lastOfOpen[continued] = ordinal
  }
  return false
}

/**
 * Inline chains (一是…二是…) nest: yicheng-2020 writes 一是…十是 as paragraphs and, inside 八是, a second
 * chain 一是…三是 before 九是 resumes the outer one. So 一 always opens a chain on top of the open ones; any
 * other ordinal continues the innermost chain it follows on from, closing the chains above it; an ordinal
 * that continues none breaks the innermost chain (or, with none open, opens one that does not start at 一).
 */
export function splitNestedChains<Item>(items: Item[], ordinalOf: (item: Item) => number): Run<Item>[] {
  const runs: (Run<Item> & {ordinals: number[]})[] = []
  const open: (Run<Item> & {ordinals: number[]})[] = []
  for (const item of items) {
    const ordinal = ordinalOf(item)
    if (ordinal === 1 || open.length === 0) {
      const run = {items: [] as Item[], ordinals: [] as number[], breaks: [] as SequenceBreak<Item>[]}
      addToRun(run, item, ordinal)
      runs.push(run)
      open.push(run)
      continue
    }
    let continued = -1
    for (let index = open.length - 1; index >= 0; index--) {
      if (open[index]!.ordinals.at(-1)! + 1 === ordinal) {
        continued = index
        break
      }
    }
    if (continued !== -1) open.length = continued + 1
    addToRun(open.at(-1)!, item, ordinal)
  }
  // Pushed, not map()ped: the optimised map() returns a holey array where the interpreter's is packed, and the loop
  // over the runs, typed by one kind, deoptimised on the other ("wrong map", V8 --trace-deopt).
  const found: Run<Item>[] = []
  for (const {items: runItems, breaks} of runs) found.push({items: runItems, breaks})
  return found
}
