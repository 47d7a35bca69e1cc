/** Figures in their sentences: which words name each count, which counts can be compared, and rate arithmetic. */
import {findNumbers, type NumberMention} from '@fzlint/core/text'

export interface Figure extends NumberMention {
  /** Offset in the linted source (`index` is relative to the searched block). */
  start: number
  end: number
  /** The words before the figure in its clause (调解成功 for 调解成功2499件): what was counted. */
  label: string
  /** The figure's clause as it stands in the text, for messages (调解成功2499件). */
  phrase: string
}

export interface Sentence {
  start: number
  end: number
  text: string
  /** Read on first access (see BlockFigures). */
  readonly figures: Figure[]
}

// Sentences end at 。！？ and at ；, which in these reports separates parallel statements.
const IS_SENTENCE_END = toCodeTable('。！？!?；;\n')
// Clauses inside a sentence: the words naming a count start after the last of these.
const IS_CLAUSE_BREAK = toCodeTable('，,、：:；;（(）)“”"')
// How much of the text after a figure its phrase shows.
const PHRASE_TAIL = 8

/** A table indexed by code unit, 1 for the given (BMP) characters: scans test codes, not one-character strings. */
export function toCodeTable(characters: string): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const character of characters) table[character.charCodeAt(0)] = 1
  return table
}

/**
 * The longest stretch read as one sentence. The rules compare each rate and each 其中 with the figures of its sentence,
 * so their time grows with the square of a sentence's figures; the longest sentence of the corpus has 247 characters,
 * and a 500 KB "sentence" of figures without a full stop took minutes. A longer one is read in stretches cut after a
 * clause break (，), where no figure runs across.
 */
export const MAX_SENTENCE_LENGTH = 600

// Where a long sentence may be cut: after a full-width comma or a semicolon-like break, never inside `1,000`.
const IS_CUT_AFTER = toCodeTable('，、：；')

/** Sentences of a block of the source (a paragraph or heading), with their figures. */
export function findSentences(source: string, blockStart: number, blockEnd: number): Sentence[] {
  const text = source.slice(blockStart, blockEnd)
  const block = new BlockFigures(text, blockStart)
  const sentences: Sentence[] = []
  // The codes are read from the source at the block's offsets, the same codes as the block text's: a code of a
  // sliced string costs more to read.
  let from = 0
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && IS_SENTENCE_END[source.charCodeAt(blockStart + index)] === 0) {
      if (index - from < MAX_SENTENCE_LENGTH) continue
      // Too long: cut after the last clause break, or here when there is none.
      let cut = index
      while (cut > from + 1 && IS_CUT_AFTER[source.charCodeAt(blockStart + cut - 1)] === 0) cut--
      if (cut <= from + 1) cut = index
      sentences.push(new BlockSentence(block, from, cut))
      from = cut
      continue
    }
    if (index > from) sentences.push(new BlockSentence(block, from, index))
    from = index + 1
  }
  return sentences
}

/**
 * The figures of one block, read a sentence at a time when a rule asks. Reading figures is most of what the
 * numeric rules cost, and most sentences never need theirs (no rate in them, no 其中 list). A sentence is read
 * within the whole block, so each figure keeps its context (hedges, quotations); and since no figure or hedge
 * runs across a sentence end, the sentence gets the very figures a reading of the whole block gives it.
 */
class BlockFigures {
  constructor(
    readonly text: string,
    readonly start: number,
  ) {}

  /** Figures that start in [from, to) of the block's text, where `from` starts a sentence and `to` ends it. */
  between(from: number, to: number): Figure[] {
    const figures: Figure[] = []
    // findNumbers gives the figures in order, as the loop needs them: no sort.
    for (const mention of findNumbers(this.text, from, to)) {
      if (mention.index >= to) break
      if (mention.index >= from) figures.push(toFigure(mention, this.text, from, this.start))
    }
    return figures
  }
}

class BlockSentence implements Sentence {
  readonly start: number
  readonly end: number
  readonly text: string
  #figures: Figure[] | undefined

  constructor(
    private readonly block: BlockFigures,
    private readonly from: number,
    to: number,
  ) {
    this.start = block.start + from
    this.end = block.start + to
    this.text = block.text.slice(from, to)
  }

  get figures(): Figure[] {
    return (this.#figures ??= this.block.between(this.from, this.from + this.text.length))
  }
}

function toFigure(mention: NumberMention, text: string, sentenceFrom: number, blockStart: number): Figure {
  let clauseStart = mention.index
  while (clauseStart > sentenceFrom && IS_CLAUSE_BREAK[text.charCodeAt(clauseStart - 1)] === 0) clauseStart--
  const label = text.slice(clauseStart, mention.index)
  const mentionEnd = mention.index + mention.length
  const phraseLimit = Math.min(text.length, mentionEnd + PHRASE_TAIL)
  let phraseEnd = mentionEnd
  while (phraseEnd < phraseLimit && IS_CLAUSE_BREAK[text.charCodeAt(phraseEnd)] === 0 && IS_SENTENCE_END[text.charCodeAt(phraseEnd)] === 0) phraseEnd++
  // The mention becomes the figure: each block's mentions are read fresh and each belongs to one sentence, so
  // adding the sentence's fields to it copies nothing (a spread of this many fields took V8's slow path). The fields
  // are stored one by one: Object.assign from a literal allocated that literal too (measured: 80 → 27 ns a figure).
  const figure = mention as Figure
  figure.start = blockStart + mention.index
  figure.end = blockStart + mentionEnd
  figure.label = label
  figure.phrase = text.slice(clauseStart, phraseEnd).trim()
  return figure
}

/** A figure that counts something (a classifier follows it) and is not a percentage. */
export function isCount(figure: Figure): boolean {
  // includes(), not a regular expression: the rules ask this of every figure they look at.
  return !figure.isPercent && figure.unit !== null && !figure.unit.includes('百分点')
}

/** A whole count written out exactly (no hedge, no rounding scale). */
export function isExactCount(figure: Figure): boolean {
  return figure.bound === 'exact' && figure.tolerance === 0 && Number.isInteger(figure.value) && figure.value >= 0
}

// Classifiers that count the same things: a case is 件, 宗 or 起 depending on the office's habit.
const UNIT_GROUPS = [
  ['件', '宗', '起', '例', '单', '笔'],
  ['人', '名', '位'],
]
// Each grouped classifier's group, looked up once per comparison rather than searched for in every group.
const GROUP_OF_UNIT = new Map(UNIT_GROUPS.flatMap((group, index) => group.map((unit) => [unit, index] as const)))

/** Whether two classifiers count the same kind of thing. */
export function haveSameKind(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false
  if (a === b) return true
  const group = GROUP_OF_UNIT.get(a)
  return group !== undefined && group === GROUP_OF_UNIT.get(b)
}

/** The most counts read as one list of kinds (撤销2件、确认违法1件、变更1件…): a real list names a handful. */
export const MAX_LISTED_COUNTS = 12

/**
 * Runs of two or more consecutive counts of one kind, each added up into one figure: a rate over several kinds
 * of case lists them one by one (撤销2件、确认违法1件，纠错率27.3%: (2 + 1) ÷ 11).
 */
export function findCountSums(counts: readonly Figure[]): Figure[] {
  const sums: Figure[] = []
  for (let from = 0; from < counts.length; from++) {
    // Runs of up to MAX_LISTED_COUNTS: every run of every length made this cubic in a sentence's counts.
    for (let to = from + 2; to <= Math.min(counts.length, from + MAX_LISTED_COUNTS); to++) {
      const run = counts.slice(from, to)
      if (!haveSameKind(run[0]!.unit, run.at(-1)!.unit)) break
      sums.push(addFigures(run))
    }
  }
  return sums
}

/**
 * `last` added to the counts listed right before it with 、 (撤销2件、确认违法1件): how a reviewer reads a list of
 * kinds of one numerator. Null when `last` stands alone. `counts` are the sentence's candidates, in order.
 */
export function sumListEndingAt(counts: readonly Figure[], last: Figure, sentence: Sentence): Figure | null {
  let first = counts.indexOf(last)
  if (first === -1) return null
  const end = first + 1
  while (first > 0) {
    const figure = counts[first]!
    const before = counts[first - 1]!
    // The label runs back to the clause break before it: a 、 right after the count before joins the two.
    const breakAt = figure.start - figure.label.length - 1
    if (before.end !== breakAt || sentence.text.charAt(breakAt - sentence.start) !== '、' || !haveSameKind(before.unit, figure.unit)) break
    first--
  }
  return end - first >= 2 ? addFigures(counts.slice(first, end)) : null
}

function addFigures(run: readonly Figure[]): Figure {
  const first = run[0]!
  const last = run.at(-1)!
  const isExact = run.every(isExactCount)
  return {
    text: run.map((figure) => figure.text).join('、'),
    index: first.index,
    length: last.index + last.length - first.index,
    value: run.reduce((sum, figure) => sum + figure.value, 0),
    unit: first.unit,
    scale: 1,
    isPercent: false,
    decimals: 0,
    tolerance: run.reduce((sum, figure) => sum + figure.tolerance, 0),
    hedges: run.flatMap((figure) => figure.hedges),
    bound: isExact ? 'exact' : 'range',
    low: run.reduce((sum, figure) => sum + figure.low, 0),
    high: run.reduce((sum, figure) => sum + figure.high, 0),
    form: first.form,
    start: first.start,
    end: last.end,
    label: first.label,
    phrase: run.map((figure) => figure.phrase).join(' + '),
  }
}

/** The rates a rounded figure may stand for: `99.8%` → [99.75, 99.85]. 100% and 0% claim all and none. */
export function statedInterval(stated: NumberMention): [number, number] {
  if (stated.bound === 'exact' && stated.value === 100) return [99.95, 100]
  if (stated.bound === 'exact' && stated.value === 0) return [0, 0.05]
  return [stated.low, stated.high]
}

const EPSILON = 1e-9

/** Whether numerator ÷ denominator can be the stated rate, given rounding and hedges on all three. */
export function isRateConsistent(numerator: Figure, denominator: Figure, stated: NumberMention): boolean {
  const [statedLow, statedHigh] = statedInterval(stated)
  if (isExactCount(numerator) && isExactCount(denominator)) {
    if (denominator.value === 0) return true
    const rate = (numerator.value / denominator.value) * 100
    return rate >= statedLow - EPSILON && rate <= statedHigh + EPSILON
  }
  const [computedLow, computedHigh] = computeRateBounds(numerator, denominator)
  return computedHigh >= statedLow - EPSILON && computedLow <= statedHigh + EPSILON
}

/** The least and greatest rate (in %) the two figures allow, given their rounding and hedges. */
export function computeRateBounds(numerator: Figure, denominator: Figure): [number, number] {
  if (isExactCount(numerator) && isExactCount(denominator)) {
    const rate = denominator.value === 0 ? Infinity : (numerator.value / denominator.value) * 100
    return [rate, rate]
  }
  const denominatorLow = Math.max(0, denominator.low)
  const low = Number.isFinite(denominator.high) ? (Math.max(0, numerator.low) / denominator.high) * 100 : 0
  const high = denominatorLow === 0 ? Infinity : (numerator.high / denominatorLow) * 100
  return [low, high]
}

/** Whole numerators k (0 ≤ k ≤ denominator) nearest to the stated rate, and whether one gives it exactly. */
export function findWholeNumerators(denominator: number, stated: NumberMention): {fits: boolean; below: number; above: number} {
  const [statedLow, statedHigh] = statedInterval(stated)
  const below = Math.max(0, Math.min(denominator, Math.floor((stated.value / 100) * denominator)))
  const above = Math.min(denominator, below + 1)
  for (let k = Math.max(0, below - 1); k <= Math.min(denominator, below + 2); k++) {
    const rate = (k / denominator) * 100
    if (rate >= statedLow - EPSILON && rate <= statedHigh + EPSILON) return {fits: true, below, above}
  }
  return {fits: false, below, above}
}

/** A rate shown one decimal finer than needed to tell it from the stated one (95.8%, 99.76%). */
export function formatRate(rate: number, stated: NumberMention): string {
  const statedText = stated.value.toFixed(Math.max(stated.decimals, 0))
  for (let decimals = Math.max(stated.decimals, 1); decimals <= 4; decimals++) {
    const text = rate.toFixed(decimals)
    if (text !== statedText && Number(text) !== stated.value) return `${text}%`
  }
  return `${rate.toFixed(4)}%`
}

/** Rounds for `data`: enough digits to compare, none of float noise. */
export function roundForData(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
