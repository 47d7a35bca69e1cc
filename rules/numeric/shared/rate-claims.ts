/** Finds stated rates (调解成功率99.8%, 占……88.36%) and the counts in their sentence that name numerator and denominator. */
import {isSpaceCode, mayStatePercentage} from '@fzlint/core/text'
import type {CountWordEntry} from '../data/count-words.js'
import {isRateEntry, type IndicatorEntry, type RateIndicatorEntry} from '../data/indicators.js'
import type {PositionedNode} from './blocks.js'
import {findCountSums, haveSameKind, isCount, isExactCount, isRateConsistent, sumListEndingAt, type Figure, type Sentence} from './figures.js'

export interface RateClaim {
  indicator: RateIndicatorEntry
  /** The stated percentage. */
  stated: Figure
  /** Source offset where the rate's name starts (the claim spans name to figure). */
  start: number
  end: number
  /** The name as written (调解成功率, 占). */
  name: string
  sentence: Sentence
  /** Counts before the rate whose words name its numerator / denominator, nearest last. */
  numerators: Figure[]
  denominators: Figure[]
  /** For 占: the count the share is of, and the words after 占 naming the whole. */
  part?: Figure
  whole?: string
}

// Words between a rate's name and its figure: 调解成功率达99.8%, 办结率均为100%.
const CONNECTOR_ADVERBS = ['均', '都', '亦', '也', '总体']
const CONNECTOR_VERBS = ['为', '达', '达到', '是', '保持', '保持在', '稳定在', '实现', '高达', '仅为', '约为', '提升至', '提高至', '提高到', '提升到', '上升至', '上升到', '下降至', '下降到', '降至', '降低至', '降低到']
const CONNECTOR = new RegExp(`(?:${CONNECTOR_ADVERBS.join('|')})?(?:${CONNECTOR_VERBS.join('|')})?\\s*$`, 'u')
// The characters a connector can end with besides white space (the last of each word above): text ending in any
// other, as 调解成功率99.8% does, has none to strip, and the pattern need not be tried at each of its last characters.
const CONNECTOR_LAST = new Set([...CONNECTOR_ADVERBS, ...CONNECTOR_VERBS].map((word) => word.charCodeAt(word.length - 1)))

function mayEndInConnector(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return CONNECTOR_LAST.has(last) || isSpaceCode(last)
}
const LIST_JOINER = /[、和及与]$/u

/**
 * The words naming a numerator or denominator: exact phrases (patterns), and combinations of meaning classes, each
 * class as its words (any of them present), every class of one combination required.
 */
export interface CompiledPhrase {
  patterns: RegExp[]
  meanings: string[][][]
  exclude: RegExp[]
}

interface CompiledIndicator {
  entry: RateIndicatorEntry
  numerator?: CompiledPhrase
  denominator?: CompiledPhrase
  /** How a case of the denominator ends (维持, 撤销): see findEndedTotals. */
  outcomes: RegExp[]
}

interface Catalogue {
  indicators: CompiledIndicator[]
  /** The share-of entry (占……88.36%), if the catalogue has one. */
  share: CompiledIndicator | undefined
  /**
   * The names of the named rates, by their last character, longest first: a claim's name ends right before its figure,
   * so a text with a claim holds one of these, ending at one of those characters.
   */
  namesByLastCharacter: Map<string, NamedRate[]>
  /** The same names by the code of their last character, then of the one before it: see indexByCharacterBefore. */
  namesByLastCodes: Map<number, NamesEndingInOneCharacter>
}

/**
 * The names ending in one character, by the code of the character before it, each list in its group's order: the
 * names findNamedIndicator compares with the words before a figure. A one-character name is in every list, and alone
 * in `single`, for words whose character before is none of the names'.
 */
interface NamesEndingInOneCharacter {
  byCodeBefore: Map<number, NamedRate[]>
  single: NamedRate[]
}

/** One name of a named rate (调解成功率 of mediation-success). */
interface NamedRate {
  indicator: CompiledIndicator
  name: string
}

const compiled = new WeakMap<IndicatorEntry[], WeakMap<CountWordEntry[], Catalogue>>()
const NO_COUNT_WORDS: CountWordEntry[] = []

/** A phrase's patterns and meaning classes, compiled; `wordsById` from indexCountWords. */
export function compilePhrase(phrase: PhraseData, wordsById: Map<string, string[]>): CompiledPhrase {
  return {
    patterns: phrase.patterns.map((pattern) => new RegExp(pattern, 'u')),
    // A combination naming a class the data lacks can never be present: it is dropped, not matched by any words.
    meanings: (phrase.meanings ?? []).filter((combination) => combination.every((id) => wordsById.has(id))).map((combination) => combination.map((id) => wordsById.get(id)!)),
    exclude: (phrase.exclude ?? []).map((pattern) => new RegExp(pattern, 'u')),
  }
}

/** The fields of a numerator, denominator or count phrase in the data. */
export interface PhraseData {
  patterns: string[]
  meanings?: string[][] | undefined
  exclude?: string[] | undefined
}

/** The words of each meaning class, by id; a class configured in several entries (same id) has all their words. */
export function indexCountWords(countWords: CountWordEntry[]): Map<string, string[]> {
  const byId = new Map<string, string[]>()
  for (const entry of countWords) byId.set(entry.id, [...(byId.get(entry.id) ?? []), ...entry.words])
  return byId
}

/** `countWords` resolves the indicators' meanings; without it (mayClaimRate asks only for names) no meaning matches. */
function compile(indicators: IndicatorEntry[], countWords: CountWordEntry[] = NO_COUNT_WORDS): Catalogue {
  let byCountWords = compiled.get(indicators)
  if (!byCountWords) compiled.set(indicators, (byCountWords = new WeakMap()))
  let result = byCountWords.get(countWords)
  if (!result) {
    const wordsById = indexCountWords(countWords)
    const phrases = (phrase: IndicatorEntry['numerator']): CompiledPhrase | undefined => phrase && compilePhrase(phrase, wordsById)
    // Counts stated alone (form count) are read by findIndicators, not here.
    const rates = indicators.filter(isRateEntry)
    const compiledIndicators = rates.map((entry) => ({
      entry,
      numerator: phrases(entry.numerator),
      denominator: phrases(entry.denominator),
      outcomes: (entry.denominator?.outcomes ?? []).map((pattern) => new RegExp(pattern, 'u')),
    }))
    const namesByLastCharacter = groupByLastCharacter(compiledIndicators.filter((indicator) => indicator.entry.form !== 'share-of').flatMap((indicator) => indicator.entry.names.map((name) => ({indicator, name}))))
    result = {
      indicators: compiledIndicators,
      share: compiledIndicators.find((indicator) => indicator.entry.form === 'share-of'),
      namesByLastCharacter,
      namesByLastCodes: new Map([...namesByLastCharacter].map(([last, group]) => [last.charCodeAt(0), indexByCharacterBefore(group)])),
    }
    byCountWords.set(countWords, result)
  }
  return result
}

/**
 * Whether a block may state a rate of the catalogue: a claim needs a percentage, and a rate's name (or the 占 of a
 * share) right before it. A block without both holds no claim, and its sentences need not be read.
 */
export function mayClaimRate(source: string, node: PositionedNode, indicators: IndicatorEntry[]): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return false
  // The percentage is asked of the whole source, whose marks are found once for all its blocks.
  return mayStatePercentage(source, start, end) && mayNameRate(source.slice(start, end), compile(indicators))
}

function mayNameRate(text: string, catalogue: Catalogue): boolean {
  if (catalogue.share !== undefined && text.includes('占')) return true
  // One search per last character (率 for most built-in names), then each name compared where it would end: not one
  // search of the whole text per name.
  for (const [last, rates] of catalogue.namesByLastCharacter) {
    for (let at = text.indexOf(last); at !== -1; at = text.indexOf(last, at + 1)) {
      for (const {name} of rates) if (at + 1 >= name.length && text.startsWith(name, at + 1 - name.length)) return true
    }
  }
  return false
}

/**
 * The names by their last character, each group longest first, and names of one length in catalogue order: the first
 * that `before` ends with is the one a search of every indicator's every name would keep.
 */
function groupByLastCharacter(rates: NamedRate[]): Map<string, NamedRate[]> {
  const groups = new Map<string, NamedRate[]>()
  for (const rate of rates) {
    const last = rate.name.at(-1)!
    const group = groups.get(last)
    if (group) group.push(rate)
    else groups.set(last, [rate])
  }
  // Array.prototype.sort is stable: names of one length keep their catalogue order.
  for (const group of groups.values()) group.sort((a, b) => b.name.length - a.name.length)
  return groups
}

/** One last character's names (longest first) by the character before it; see NamesEndingInOneCharacter. */
function indexByCharacterBefore(group: NamedRate[]): NamesEndingInOneCharacter {
  const single = group.filter((rate) => rate.name.length === 1)
  const codesBefore = new Set(group.filter((rate) => rate.name.length > 1).map((rate) => rate.name.charCodeAt(rate.name.length - 2)))
  const byCodeBefore = new Map<number, NamedRate[]>()
  // Filtered from the group, so each list keeps its order: longest first, names of one length in catalogue order.
  for (const code of codesBefore) byCodeBefore.set(code, group.filter((rate) => rate.name.length === 1 || rate.name.charCodeAt(rate.name.length - 2) === code))
  return {byCodeBefore, single}
}

/**
 * Whether the words before a count name the phrase's count: an exact phrase of its patterns, or a word of every
 * meaning class of one combination in any order and wording (负责人出庭, 出庭应诉的行政机关负责人); an exclusion
 * overrides both.
 */
export function matchesPhrase(label: string, phrase: CompiledPhrase | undefined): boolean {
  if (!phrase) return false
  const isNamed = matchesAny(label, phrase.patterns) || phrase.meanings.some((combination) => combination.every((words) => words.some((word) => label.includes(word))))
  return isNamed && !matchesAny(label, phrase.exclude)
}

/** Whether any of `patterns` matches `text`: a loop, not some() with a closure, as it runs for every count beside a rate. */
function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true
  return false
}

/**
 * The catalogued rate whose name ends exactly where `before` ends (longest name wins; of names of one length, the
 * catalogue's first). Only the names ending in `before`'s last character are compared: each stated percentage was
 * compared with every name of every indicator, the larger part of reading a block's claims.
 */
function findNamedIndicator(before: string, catalogue: Catalogue): NamedRate | null {
  // By code, not by before.at(-1): a CJK character's one-character string is made anew at each call, and hashed.
  const names = catalogue.namesByLastCodes.get(before.charCodeAt(before.length - 1))
  if (!names) return null
  // Most names end in 率: only those with the character before it that `before` has are compared (NaN, for a
  // one-character `before`, is no name's: the one-character names only).
  const rates = names.byCodeBefore.get(before.charCodeAt(before.length - 2)) ?? names.single
  for (const rate of rates) {
    const {name} = rate
    if (!before.endsWith(name)) continue
    const notPrecededBy = rate.indicator.entry.notPrecededBy
    if (notPrecededBy !== undefined && isPrecededByAny(before, before.length - name.length, notPrecededBy)) continue
    return rate
  }
  return null
}

/** Whether `text` up to `end` ends with one of `words`. */
function isPrecededByAny(text: string, end: number, words: readonly string[]): boolean {
  for (const word of words) if (end >= word.length && text.startsWith(word, end - word.length)) return true
  return false
}

// 占 as a share, not 占用/占地/占据/占领/占有; the words up to the figure name the whole.
const SHARE = /占(?![用地据领有])(?<whole>[^，,。；;：:%％\d]{0,30})$/u

/** The longest connector (`总体稳定在` and white space) or `分别…` the end-anchored patterns below can match. */
const TAIL_REACH = 24

/** `text` without what `pattern` (anchored with `$`) matches at its end; only the tail is searched. */
function stripEnd(text: string, pattern: RegExp): string {
  const tail = text.slice(-TAIL_REACH)
  const match = pattern.exec(tail)
  return match ? text.slice(0, text.length - match[0].length) : text
}

const RESPECTIVELY = /分别[^，,]{0,4}$/u

/** Every rate stated in the sentences of one block; `source` is the text they are parts of (findNodeSentences'). */
export function findRateClaims(source: string, sentences: Sentence[], indicators: IndicatorEntry[], countWords: CountWordEntry[]): RateClaim[] {
  // rate-consistency and percent-range ask for the same block's claims, one after the other (the engine runs every
  // rule's visitor on a block before the next block): the claims read last are kept. Sentences arrays are themselves
  // kept per block (blocks.ts), so they identify it; claims are never changed by the rules. One slot, not a WeakMap
  // by sentences: adding a WeakMap entry (and a WeakMap per block for the configuration) cost about 3 µs a block.
  if (lastClaims?.sentences !== sentences || lastClaims.indicators !== indicators || lastClaims.countWords !== countWords) {
    lastClaims = {sentences, indicators, countWords, claims: readRateClaims(source, sentences, indicators, countWords)}
  }
  return lastClaims.claims
}

let lastClaims: {sentences: Sentence[]; indicators: IndicatorEntry[]; countWords: CountWordEntry[]; claims: RateClaim[]} | undefined

function readRateClaims(source: string, sentences: Sentence[], indicators: IndicatorEntry[], countWords: CountWordEntry[]): RateClaim[] {
  const catalogue = compile(indicators, countWords)
  const shareIndicator = catalogue.share
  const claims: RateClaim[] = []
  for (const sentence of sentences) {
    // Only a sentence with a percentage and a rate's name (or 占) can state a rate; the others' figures are never
    // read (see BlockFigures). The percentage is asked of the sentence's stretch of the source, whose marks
    // mayClaimRate has found for the block, not searched for in its text again (measured: about 2 µs a report less).
    if (!mayStatePercentage(source, sentence.start, sentence.end) || !mayNameRate(sentence.text, catalogue)) continue
    for (const stated of sentence.figures) {
      if (!stated.isPercent) continue
      const offset = stated.start - sentence.start
      let before = sentence.text.slice(0, offset)
      // 分别 ends at most four characters (ten code units) before the figure: looked for there before the pattern is tried.
      if (before.includes('分别', before.length - 10) && RESPECTIVELY.test(before.slice(-TAIL_REACH))) continue
      if (mayEndInConnector(before)) before = stripEnd(before, CONNECTOR)
      // 按时响应率、办结率均为100%: each listed name claims the figure.
      for (;;) {
        const found = findNamedIndicator(before, catalogue)
        if (!found) break
        const nameStart = sentence.start + before.length - found.name.length
        claims.push(buildNamedClaim(found.indicator, found.name, stated, nameStart, sentence, claims))
        before = before.slice(0, before.length - found.name.length)
        if (!LIST_JOINER.test(before)) break
        before = before.slice(0, -1)
      }
      if (shareIndicator && claims.at(-1)?.stated !== stated) {
        const share = sentence.text.slice(0, offset).match(SHARE)
        if (share) {
          const nameStart = sentence.start + share.index!
          const part = findSharePart(sentence, nameStart)
          claims.push({
            indicator: shareIndicator.entry,
            stated,
            start: nameStart,
            end: stated.end,
            name: share[0].startsWith('占比') ? '占比' : '占',
            sentence,
            numerators: part ? [part] : [],
            denominators: [],
            ...(part ? {part} : {}),
            whole: share.groups!.whole!.replace(/^比/u, '').replace(/(?:的)?(?:比例|比重)?(?:为|达到?|约为?)?$/u, '').replace(/的$/u, ''),
          })
        }
      }
    }
  }
  return claims
}

/** How many of the counts nearest a rate are tried as its numerator and its denominator: a sentence states a rate beside its counts. */
const MAX_CANDIDATES = 16

const BRACKET_AFTER_FIGURE = /^\s*[（(]/u

/** Counts in brackets right after the stated rate, where reports often give them: 办结率96.2%（受理52件，办结50件）. */
function findCountsInBracketAfter(stated: Figure, sentence: Sentence): Figure[] {
  const after = sentence.text.slice(stated.end - sentence.start)
  const open = BRACKET_AFTER_FIGURE.exec(after)
  if (!open) return []
  const inside = after.slice(open[0].length)
  const close = inside.search(/[）)]/u)
  const from = stated.end + open[0].length
  const to = close === -1 ? sentence.end : from + close
  return sentence.figures.filter((figure) => isCount(figure) && figure.start >= from && figure.end <= to)
}

/**
 * The last claim of `indicator` in `sentence` before the one being built: claims are pushed in reading order, so the
 * search walks back only through the sentence's own claims (a scan of the whole block's was quadratic in its rates).
 */
function findPreviousClaim(earlier: RateClaim[], sentence: Sentence, indicator: IndicatorEntry, stated: Figure): RateClaim | undefined {
  for (let index = earlier.length - 1; index >= 0; index--) {
    const claim = earlier[index]!
    if (claim.sentence !== sentence) return undefined
    if (claim.indicator === indicator && claim.stated !== stated) return claim
  }
  return undefined
}

function buildNamedClaim(
  indicator: CompiledIndicator,
  name: string,
  stated: Figure,
  nameStart: number,
  sentence: Sentence,
  earlier: RateClaim[],
): RateClaim {
  // Counts before an earlier statement of the same rate belong to it: 区本级……败诉率10%，镇街……败诉率30%.
  const previous = findPreviousClaim(earlier, sentence, indicator.entry, stated)
  const windowStart = previous ? previous.end : sentence.start
  const counts: Figure[] = []
  for (const figure of sentence.figures) if (isCount(figure) && figure.start >= windowStart && figure.end <= nameStart) counts.push(figure)
  for (const figure of findCountsInBracketAfter(stated, sentence)) counts.push(figure)
  // Each count sorted in one pass: a numerator is not also a denominator. No count is in `counts` twice (those before
  // the name end before it, those in brackets start after the figure), so no list need be searched for it.
  const numerators: Figure[] = []
  const denominators: Figure[] = []
  for (const figure of counts) {
    if (matchesPhrase(figure.label, indicator.numerator)) numerators.push(figure)
    else if (matchesPhrase(figure.label, indicator.denominator)) denominators.push(figure)
  }
  for (const total of findEndedTotals(counts, indicator.outcomes)) if (!denominators.includes(total)) denominators.push(total)
  // The nearest candidates only: the rule tries every numerator with every denominator.
  return {indicator: indicator.entry, stated, start: nameStart, end: stated.end, name, sentence, numerators: numerators.slice(-MAX_CANDIDATES), denominators: denominators.slice(-MAX_CANDIDATES)}
}

/**
 * Counts every case of which the sentence shows ended: a count followed by counts of outcomes that add up to it
 * exactly (受理12件，其中维持9件、撤销2件、确认违法1件). Such a count is the 审结 total a 纠错率 divides by, though
 * worded as 受理. When the outcomes fall short (one case still pending), it is not: the rate is then left unchecked.
 */
function findEndedTotals(counts: readonly Figure[], outcomes: readonly RegExp[]): Figure[] {
  if (outcomes.length === 0) return []
  // Whether each count is an outcome, asked once a count: the loops below asked it again of a count for each total
  // before it, each time of every pattern.
  const isOutcome: boolean[] = []
  for (const figure of counts) isOutcome.push(matchesAny(figure.label, outcomes))
  const totals: Figure[] = []
  for (let index = 0; index < counts.length - 1; index++) {
    const total = counts[index]!
    if (!isExactCount(total) || isOutcome[index]) continue
    let sum = 0
    for (let next = index + 1; next < counts.length; next++) {
      const outcome = counts[next]!
      if (!isExactCount(outcome) || !haveSameKind(total.unit, outcome.unit) || !isOutcome[next]) break
      sum += outcome.value
      if (sum >= total.value) {
        if (sum === total.value) totals.push(total)
        break
      }
    }
  }
  return totals
}

/** The count a 占 share is of: the last count before 占 in its clause or the clause before. */
function findSharePart(sentence: Sentence, shareStart: number): Figure | undefined {
  const text = sentence.text.slice(0, shareStart - sentence.start)
  // A comma between digits groups thousands (2,505); it does not end a clause.
  // The last two breaks kept as they are met, rather than every break collected into an array to take the last but
  // one: fewer allocations, and no array of two kinds (an optimised map()'s holey one, the interpreter's packed
  // one), which deoptimised the read of it ("wrong map", V8 --trace-deopt).
  let lastBreak = -1
  let breakBefore = -1
  for (const match of text.matchAll(/[，；;]|(?<!\d),|,(?!\d{3})/gu)) {
    breakBefore = lastBreak
    lastBreak = match.index!
  }
  const clauseStart = breakBefore === -1 ? sentence.start : sentence.start + breakBefore
  return sentence.figures.filter((figure) => isCount(figure) && figure.start >= clauseStart && figure.end <= shareStart).at(-1)
}

// Words that name no particular whole: 占总数的, 占全部案件的, 占比.
// A scope alone (全市, 全省) names a whole the report's own counts are not.
const GENERIC_WHOLE = /全部|全年|同期|各类|总数|总量|总计|合计|案件|的|总|数|量/gu

/**
 * How many sentences before a share's own its named whole may stand: 审结40件。胜诉36件，撤诉2件。其中，判决败诉2件，占审结案件的5%
 * names 审结 two sentences after stating it. Further back, a count of that name is more likely another scope's.
 */
const SHARE_WHOLE_REACH = 2

/**
 * The totals a share may be of: earlier counts of the same kind, no smaller than the part. `nearby`: any of them
 * (the sentence and the SHARE_WHOLE_REACH before it), so that a share that fits one is never reported. `named`: those
 * a mismatch is reported against, the same sentence's, or, when the share names its whole and the sentence states
 * none (审结1298件。其中，调解结案48件，占审结案件的3.7%), the nearest sentence's before it with a count of that name.
 */
// The block's sentences by their place, found once per block (a block's claims are read together): indexOf per
// claim was quadratic in a long block.
let lastSentenceIndexes: {sentences: Sentence[]; indexes: Map<Sentence, number>} | undefined

function indexOfSentence(sentences: Sentence[], sentence: Sentence): number {
  if (lastSentenceIndexes?.sentences !== sentences) lastSentenceIndexes = {sentences, indexes: new Map(sentences.map((each, index) => [each, index]))}
  return lastSentenceIndexes.indexes.get(sentence) ?? -1
}

export function findShareTotals(claim: RateClaim, sentences: Sentence[]): {named: Figure[]; nearby: Figure[]} {
  const part = claim.part
  if (!part) return {named: [], nearby: []}
  const earlier = claim.sentence.figures.filter((figure) => isCount(figure) && figure.end <= part.start && figure.high >= part.low)
  const sentenceIndex = indexOfSentence(sentences, claim.sentence)
  const before = sentenceIndex > 0 ? sentences.slice(Math.max(0, sentenceIndex - SHARE_WHOLE_REACH), sentenceIndex) : []
  // Pushed, not spread and filter()ed: an optimised filter() returns an empty array of another map than the
  // interpreter's, and the search of these totals deoptimised on it ("wrong map", V8 --trace-deopt).
  const nearby: Figure[] = []
  const isNearbyTotal = (figure: Figure) => isCount(figure) && figure.high >= part.low
  for (const sentence of before) for (const figure of sentence.figures) if (isNearbyTotal(figure)) nearby.push(figure)
  for (const figure of earlier) if (isNearbyTotal(figure)) nearby.push(figure)
  const core = (claim.whole ?? '').replace(GENERIC_WHOLE, '')
  const sameSentence = earlier.filter((figure) => haveSameKind(figure.unit, part.unit) && (core === '' || figure.label.includes(core)))
  if (sameSentence.length > 0 || core === '') return {named: sameSentence, nearby}
  for (let index = before.length - 1; index >= 0; index--) {
    const named = before[index]!.figures.filter((figure) => isCount(figure) && haveSameKind(figure.unit, part.unit) && figure.high >= part.low && figure.label.includes(core))
    if (named.length > 0) return {named, nearby}
  }
  return {named: [], nearby}
}

/**
 * Each numerator with each other denominator of its kind, numerator by numerator. Pushed in loops, not flatMap()ped
 * from filter()ed and map()ped arrays: one array, not two a numerator.
 */
function pairCounts(numerators: readonly Figure[], denominators: readonly Figure[]): {numerator: Figure; denominator: Figure}[] {
  const pairs: {numerator: Figure; denominator: Figure}[] = []
  for (const numerator of numerators) {
    for (const denominator of denominators) if (denominator !== numerator && haveSameKind(numerator.unit, denominator.unit)) pairs.push({numerator, denominator})
  }
  return pairs
}

/** The last numerator and denominator of a claim that has no pair of one kind. Built as literals: conditional spreads took V8's slow path. */
function unpairedCounts(numerator: Figure | undefined, denominator: Figure | undefined): ClaimCounts {
  if (numerator && denominator) return {numerator, denominator, agrees: null}
  if (numerator) return {numerator, agrees: null}
  return denominator ? {denominator, agrees: null} : {agrees: null}
}

/** The counts a claim is read with, as rate-consistency reads them. */
export interface ClaimCounts {
  numerator?: Figure
  denominator?: Figure
  /**
   * true: these counts give the stated rate; false: the counts stated for it do not give it (the pair is the one a
   * mismatch names); null: no numerator and denominator of one kind are both stated, nothing to compare.
   */
  agrees: boolean | null
}

/**
 * The numerator and denominator of a claim: of every reading the sentence allows (each stated numerator with each
 * denominator of its kind, listed kinds added up), one that gives the rate; when none does, the nearest pair, the
 * listed kinds before the numerator added in. A share's part over a total before it (findShareTotals). The one reading
 * of counts rate-consistency checks and `fzlint indicators` lists.
 */
export function findClaimCounts(claim: RateClaim, sentences: Sentence[]): ClaimCounts {
  if (claim.indicator.form === 'share-of') {
    const part = claim.part
    if (!part) return {agrees: null}
    const {named, nearby} = findShareTotals(claim, sentences)
    const total = nearby.find((each) => isRateConsistent(part, each, claim.stated))
    if (total) return {numerator: part, denominator: total, agrees: true}
    const namedTotal = named.at(-1)
    return namedTotal ? {numerator: part, denominator: namedTotal, agrees: false} : {numerator: part, agrees: null}
  }
  const pairs = pairCounts(claim.numerators, claim.denominators)
  if (pairs.length === 0) return unpairedCounts(claim.numerators.at(-1), claim.denominators.at(-1))
  // Any reading the sentence allows is accepted, the listed kinds added up included; only when none gives the rate
  // is it wrong, and the nearest single count is named. The sums are added up only when no single count gives the
  // rate, as in most reports one does: every run of up to MAX_LISTED_COUNTS counts was built for every claim.
  const gives = ({numerator, denominator}: {numerator: Figure; denominator: Figure}) => isRateConsistent(numerator, denominator, claim.stated)
  const agreeing = pairs.find(gives) ?? pairCounts(findCountSums(claim.numerators), claim.denominators).find(gives)
  if (agreeing) return {numerator: agreeing.numerator, denominator: agreeing.denominator, agrees: true}
  const nearest = pairs.sort((a, b) => b.denominator.start - a.denominator.start || b.numerator.start - a.numerator.start)[0]!
  return {numerator: sumListEndingAt(claim.numerators, nearest.numerator, claim.sentence) ?? nearest.numerator, denominator: nearest.denominator, agrees: false}
}
