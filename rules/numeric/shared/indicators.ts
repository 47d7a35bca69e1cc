/** Every indicator of the catalogue a report states: its rates with the counts they are read with, and its counts stated alone. */
import {checkDeadline, escapeRegExp, type ReportDocument} from '@fzlint/core'
import {countWordsData, type CountWordEntry} from '../data/count-words.js'
import {indicatorsData, isCountEntry, type CountIndicatorEntry, type IndicatorEntry} from '../data/indicators.js'
import {findNodeSentences, type PositionedNode} from './blocks.js'
import {findNumbers, joinPatterns} from '@fzlint/core/text'
import {isCount, toCodeTable, type Figure, type Sentence} from './figures.js'
import {compilePhrase, findClaimCounts, findRateClaims, indexCountWords, matchesPhrase, mayClaimRate, type CompiledPhrase} from './rate-claims.js'

/** A count as the report states it: 2505 件 调解矛盾纠纷. */
export interface StatedFigure {
  value: number
  unit: string
  /** The words before the figure in its clause, what was counted (调解成功 in 调解成功2499件). */
  label: string
}

export interface IndicatorFinding {
  /** The catalogue id (mediation-success, review-received). */
  id: string
  /** The catalogue's label (调解成功率, 受理行政复议申请). */
  label: string
  kind: 'rate' | 'count'
  /** 99.8 for 99.8%, 106 for 106宗 (a scale applied: 1.2万件 → 12000). */
  value: number
  /** '%' for a rate; the classifier of a count ('件', '宗', '人', '个'). */
  unit: string
  /** The figure as written (99.8%, 106宗, 20余次). */
  text: string
  /** For a rate: its name as written (调解成功率, 占). */
  name?: string
  /** For a rate: the counts it is read with, where the report states them (as rate-consistency reads them). */
  numerator?: StatedFigure
  denominator?: StatedFigure
  /** For a rate with both counts: whether they give the stated rate. */
  agrees?: boolean
  /** Start in the linted text: a rate's name, a count's figure. */
  offset: number
  end: number
  /** The sentence that states it, trimmed. */
  sentence: string
}

export interface FindIndicatorsOptions {
  /** The catalogue (built-in merged with configuration: `context.data(indicatorsData)` in a rule); built-in when absent. */
  indicators?: IndicatorEntry[]
  /** The meaning classes the catalogue names (`context.data(countWordsData)`); built-in when absent. */
  countWords?: CountWordEntry[]
}

interface CompiledCount {
  entry: CountIndicatorEntry
  phrase: CompiledPhrase
  following: RegExp[]
  /** Global, so that the last match before a figure is found. */
  context: RegExp[]
  notInSentence: RegExp[]
  units: Set<string>
}

interface CompiledCounts {
  /** The count entries that may name a figure of each classifier. */
  byUnit: Map<string, UnitCounts>
  classifiers: ClassifierIndex
}

/** The count entries of one classifier, in the catalogue's order, and what any of them needs to name a figure. */
interface UnitCounts {
  counts: CompiledCount[]
  /**
   * A test every label one of `counts` names passes (their patterns and meaning words joined): most counts are
   * named by none of their classifier's entries (26 for 件), and one test of the label then spares a test of every
   * pattern of every entry. Matches anything when the patterns cannot be joined.
   */
  mayNameLabel: RegExp
  /** The same for the words after a figure (an entry's `following` patterns); null when none has any. */
  mayNameFollowing: RegExp | null
}

/** The catalogue's classifiers by their first character, for findCountPlaces. */
interface ClassifierIndex {
  isFirstCode: Uint8Array
  byFirstCode: Map<number, string[]>
}

const compiledCounts = new WeakMap<IndicatorEntry[], WeakMap<CountWordEntry[], CompiledCounts>>()

function compileCounts(indicators: IndicatorEntry[], countWords: CountWordEntry[]): CompiledCounts {
  let byCountWords = compiledCounts.get(indicators)
  if (!byCountWords) compiledCounts.set(indicators, (byCountWords = new WeakMap()))
  let result = byCountWords.get(countWords)
  if (!result) {
    const wordsById = indexCountWords(countWords)
    const counts: CompiledCount[] = indicators.filter(isCountEntry).map((entry) => ({
      entry,
      phrase: compilePhrase(entry.count, wordsById),
      following: (entry.count.following ?? []).map((pattern) => new RegExp(pattern, 'u')),
      context: (entry.count.context ?? []).map((pattern) => new RegExp(pattern, 'gu')),
      notInSentence: (entry.count.notInSentence ?? []).map((pattern) => new RegExp(pattern, 'u')),
      units: new Set(entry.count.units),
    }))
    const countsByUnit = new Map<string, CompiledCount[]>()
    for (const count of counts) for (const unit of count.units) countsByUnit.set(unit, [...(countsByUnit.get(unit) ?? []), count])
    const byUnit = new Map<string, UnitCounts>()
    for (const [unit, unitCounts] of countsByUnit) byUnit.set(unit, compileUnitCounts(unitCounts, wordsById))
    result = {byUnit, classifiers: indexClassifiers([...byUnit.keys()])}
    byCountWords.set(countWords, result)
  }
  return result
}

function compileUnitCounts(counts: CompiledCount[], wordsById: Map<string, string[]>): UnitCounts {
  // A label an entry names matches one of its patterns or holds a word of each class of one of its meanings, so
  // surely a word of some class it names.
  const labelAlternatives = counts.flatMap(({entry}) => [
    ...entry.count.patterns,
    ...(entry.count.meanings ?? []).flatMap((combination) => combination.flatMap((id) => wordsById.get(id) ?? []).map(escapeRegExp)),
  ])
  const followingAlternatives = counts.flatMap(({entry}) => entry.count.following ?? [])
  return {
    counts,
    mayNameLabel: labelAlternatives.length === 0 ? NEVER : (joinPatterns(labelAlternatives, 'u') ?? ALWAYS),
    mayNameFollowing: followingAlternatives.length === 0 ? null : (joinPatterns(followingAlternatives, 'u') ?? ALWAYS),
  }
}

const ALWAYS = /(?:)/u
const NEVER = /(?!)/u

function indexClassifiers(units: string[]): ClassifierIndex {
  const isFirstCode = new Uint8Array(65536)
  const byFirstCode = new Map<number, string[]>()
  for (const unit of units) {
    const code = unit.charCodeAt(0)
    isFirstCode[code] = 1
    byFirstCode.set(code, [...(byFirstCode.get(code) ?? []), unit])
  }
  return {isFirstCode, byFirstCode}
}

/**
 * Where in text[from, to) one of the catalogue's classifiers follows a figure: 16场, 两万余人次, 1.2万件, 12 次 (a
 * figure's last character, up to two spaces, 余 or 多, up to two spaces, the classifier), each classifier's start. A
 * sentence without one states no count of the catalogue and its figures are not read (most sentences with a numeral
 * have only 一是 or 二十大). Read back from each classifier, not with a regular expression of that shape, which tries
 * its leading class of numerals at every character (measured on the corpus lines: 1.6 times as fast); and once a
 * block, its sentences asked only about these places rather than read again.
 */
function findCountPlaces(text: string, from: number, to: number, classifiers: ClassifierIndex): number[] {
  const places: number[] = []
  // The table in a local: read through `classifiers` it was loaded again for every character of the block.
  const isFirstCode = classifiers.isFirstCode
  for (let at = from; at < to; at++) if (isFirstCode[text.charCodeAt(at)] === 1 && isCountAt(text, from, to, at, classifiers)) places.push(at)
  return places
}

/**
 * Whether a sentence holds one of its block's count places. A place of the sentence is one of the block's, found with
 * more room on both sides: each is read again within the sentence.
 */
function holdsCountPlace(source: string, sentence: Sentence, places: number[], first: number, classifiers: ClassifierIndex): boolean {
  for (let index = first; index < places.length && places[index]! < sentence.end; index++) {
    if (isCountAt(source, sentence.start, sentence.end, places[index]!, classifiers)) return true
  }
  return false
}

/** Whether a classifier starts at `at` and ends by `to`, after a figure that starts at or after `from`. */
function isCountAt(text: string, from: number, to: number, at: number, classifiers: ClassifierIndex): boolean {
  // The figure before first: a few table look-ups, false for most classifiers' characters (人, 个, 年 are common words).
  if (!isAfterFigure(text, from, at)) return false
  const units = classifiers.byFirstCode.get(text.charCodeAt(at))
  return units !== undefined && units.some((unit) => at + unit.length <= to && text.startsWith(unit, at))
}

/**
 * Whether a figure ends before `at`, not before `floor`, with up to two spaces, 余 or 多, up to two spaces between:
 * spaces, 余多 and a figure's last character are three sets apart, so the characters between are read back one way.
 */
function isAfterFigure(text: string, floor: number, at: number): boolean {
  let cursor = at
  while (cursor > floor && at - cursor < 5 && IS_WHITE_SPACE[text.charCodeAt(cursor - 1)] === 1) cursor--
  if (cursor === floor) return false
  const code = text.charCodeAt(cursor - 1)
  if (IS_FIGURE_END[code] === 1) return at - cursor <= 4
  if (IS_MORE_THAN[code] !== 1 || at - cursor > 2) return false
  const more = cursor - 1
  cursor = more
  while (cursor > floor && more - cursor < 3 && IS_WHITE_SPACE[text.charCodeAt(cursor - 1)] === 1) cursor--
  return cursor > floor && more - cursor <= 2 && IS_FIGURE_END[text.charCodeAt(cursor - 1)] === 1
}

// The last character of a figure: a digit, a Chinese numeral or a scale (1.2万件, 两万余人次).
const IS_FIGURE_END = toCodeTable('0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿')
const IS_MORE_THAN = toCodeTable('余多')
// What \s matches in JavaScript: white space and line terminators.
const IS_WHITE_SPACE = toCodeTable('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')

/** Catalogue ids whose figures one report cannot be set beside another's: “占……的X%” (share-of) says nothing of which total. */
export function findIncomparableIds(indicators: IndicatorEntry[]): ReadonlySet<string> {
  let ids = incomparableIds.get(indicators)
  if (!ids) incomparableIds.set(indicators, (ids = new Set(indicators.filter((entry) => entry.form === 'share-of').map((entry) => entry.id))))
  return ids
}

const incomparableIds = new WeakMap<IndicatorEntry[], ReadonlySet<string>>()

let builtIn: {indicators: IndicatorEntry[]; countWords: CountWordEntry[]} | undefined

/** The built-in catalogue, loaded once: the same arrays each call, so the compiled patterns are reused. */
function loadBuiltIn(): {indicators: IndicatorEntry[]; countWords: CountWordEntry[]} {
  return (builtIn ??= {indicators: indicatorsData.load(), countWords: countWordsData.load()})
}

/** Paragraphs and headings of the tree, in document order (list items and quotes descended into). */
function collectBlocks(node: {type: string; children?: unknown[]}, blocks: PositionedNode[]): void {
  for (const child of (node.children ?? []) as {type: string; children?: unknown[]}[]) {
    if (child.type === 'paragraph' || child.type === 'heading') blocks.push(child as PositionedNode)
    else if (child.children) collectBlocks(child, blocks)
  }
}

/**
 * The catalogue's indicators a report states, in text order: each rate (调解成功率99.8%) with the numerator and
 * denominator rate-consistency reads for it, and each count a count entry names (受理行政复议申请106宗), whether or
 * not a rate is read with it. Sentences are read through the same cache as the numeric rules.
 */
export function findIndicators(document: ReportDocument, options: FindIndicatorsOptions = {}): IndicatorFinding[] {
  const indicators = options.indicators ?? loadBuiltIn().indicators
  const countWords = options.countWords ?? loadBuiltIn().countWords
  // required-indicator and indicator-dropped read the same report with the same catalogue: once.
  let byIndicators = findingsCache.get(document)
  if (!byIndicators) findingsCache.set(document, (byIndicators = new WeakMap()))
  let cached = byIndicators.get(indicators)
  if (!cached || cached.countWords !== countWords) {
    cached = {countWords, findings: readIndicators(document, indicators, countWords)}
    byIndicators.set(indicators, cached)
  }
  return cached.findings.slice()
}

const findingsCache = new WeakMap<ReportDocument, WeakMap<IndicatorEntry[], {countWords: CountWordEntry[]; findings: IndicatorFinding[]}>>()

function readIndicators(document: ReportDocument, indicators: IndicatorEntry[], countWords: CountWordEntry[]): IndicatorFinding[] {
  const counts = compileCounts(indicators, countWords)
  const source = document.source
  const blocks: PositionedNode[] = []
  collectBlocks(document.tree as {type: string; children?: unknown[]}, blocks)
  const findings: IndicatorFinding[] = []
  for (const [index, block] of blocks.entries()) {
    // A report of many thousand paragraphs takes seconds: the file's time budget is checked as rules check it.
    if (index % 64 === 63) checkDeadline()
    const start = block.position?.start.offset
    const end = block.position?.end.offset
    if (start === undefined || end === undefined) continue
    // A block is split into sentences only when it may state a rate or a count: most blocks have neither, and
    // its sentences are parts of its text, so one without a classifier after a figure has none in any sentence.
    const mayClaim = mayClaimRate(source, block, indicators)
    const countPlaces = findCountPlaces(source, start, end, counts.classifiers)
    if (!mayClaim && countPlaces.length === 0) continue
    const sentences = findNodeSentences(source, block)
    if (mayClaim) {
      for (const claim of findRateClaims(source, sentences, indicators, countWords)) {
        const {numerator, denominator, agrees} = findClaimCounts(claim, sentences)
        findings.push({
          id: claim.indicator.id,
          label: claim.indicator.label,
          kind: 'rate',
          value: claim.stated.value,
          unit: '%',
          text: claim.stated.text,
          name: claim.name,
          ...(numerator ? {numerator: toStatedFigure(numerator)} : {}),
          ...(denominator ? {denominator: toStatedFigure(denominator)} : {}),
          ...(agrees !== null ? {agrees} : {}),
          offset: claim.start,
          end: claim.end,
          sentence: claim.sentence.text.trim(),
        })
      }
    }
    if (countPlaces.length === 0) continue
    // A subject stated before a ； still names the counts after it (保留区政府规范性文件70份……；保留部门规范性文件32份).
    let subjectStart = start
    let place = 0
    for (const sentence of sentences) {
      while (place < countPlaces.length && countPlaces[place]! < sentence.start) place++
      if (holdsCountPlace(source, sentence, countPlaces, place, counts.classifiers)) {
        findCounts(sentence, source.slice(Math.max(subjectStart, sentence.start - SUBJECT_REACH), sentence.start), counts.byUnit, findings)
      }
      if (!IS_CLAUSE_SEPARATOR[source.charCodeAt(sentence.end)]) subjectStart = sentence.end + 1
    }
  }
  return findings.sort((a, b) => a.offset - b.offset || a.end - b.end)
}

/** The counts of one sentence that a count entry names; `earlier`: the text of its statement before it (sentences ended by ；). */
function findCounts(sentence: Sentence, earlier: string, byUnit: Map<string, UnitCounts>, findings: IndicatorFinding[]): void {
  let previousEnd = sentence.start
  for (const figure of sentence.figures) {
    const labelFloor = previousEnd
    // A number without a classifier is a name's part, not a count (12345 in 12345受理354件, the hotline's number):
    // the words naming the next count run back over it. One with its classifier after a space is a count.
    const spaced = figure.unit === null && !figure.isPercent ? readSpacedUnit(sentence, figure) : null
    if (figure.unit === null && !figure.isPercent && !spaced) continue
    const unit = spaced?.unit ?? figure.unit
    const end = spaced?.end ?? figure.end
    previousEnd = end
    if (unit === null || (!spaced && !isCount(figure))) continue
    const unitCounts = byUnit.get(unit)
    if (!unitCounts) continue
    const label = readCountLabel(sentence, figure, labelFloor)
    // A frequency is a standard, not a count of what was done: 中心组每月学法不少于1次, 以每两月1次频次.
    if (PER_PERIOD.test(label)) continue
    const following = readFollowing(sentence, end)
    const {counts, mayNameLabel, mayNameFollowing} = unitCounts
    if (!mayNameLabel.test(label) && !mayNameFollowing?.test(following)) continue
    // Read only for an entry that needs a subject (context), of the few that name the figure.
    let before: string | undefined
    const readBefore = () => (before ??= (earlier + sentence.text.slice(0, figure.start - sentence.start)).slice(-SUBJECT_REACH))
    const match = pickCount(counts, label, readBefore, following, sentence.text)
    if (!match) continue
    findings.push({
      id: match.entry.id,
      label: match.entry.label,
      kind: 'count',
      value: figure.value,
      unit,
      text: spaced ? sentence.text.slice(figure.start - sentence.start, end - sentence.start) : figure.text,
      offset: figure.start,
      end,
      sentence: sentence.text.trim(),
    })
  }
}

/**
 * The classifier of a figure separated from it by white space, as text copied from a PDF or a shared document has it
 * (专题学法 12 次, 实地督察 2 轮): the figure read again without the space, so that 12 个月 stays a duration.
 */
function readSpacedUnit(sentence: Sentence, figure: Figure): {unit: string; end: number} | null {
  const at = figure.end - sentence.start
  const text = sentence.text
  let after = at
  while (after < text.length && after - at < 2 && IS_SPACE[text.charCodeAt(after)] === 1) after++
  if (after === at || after >= text.length || MAY_HOLD_FIGURE.test(text.charAt(after))) return null
  const joined = text.slice(figure.start - sentence.start, at) + text.slice(after, after + 4)
  const mention = findNumbers(joined, 0, joined.length)[0]
  if (!mention || mention.index !== 0 || mention.unit === null || mention.isPercent || mention.length <= at - (figure.start - sentence.start)) return null
  const unitLength = mention.length - (at - (figure.start - sentence.start))
  return {unit: mention.unit, end: sentence.start + after + unitLength}
}

const IS_SPACE = toCodeTable(' \u00a0\u3000\t')

/**
 * The count entry naming a figure: its words before (or after) the figure match, with a classifier of the entry. The
 * catalogue's order decides, except that entries needing a subject (context) compete by how near their subject
 * stands: 共收到行政复议申请106宗，审结48宗 makes 审结48宗 a 行政复议 count, 审查重大行政决策3项，规范性文件11件 makes
 * 规范性文件11件 reviewed ones. A subject after the figure in its clause (7件规范性文件进行合法性审查) is nearest.
 */
function pickCount(counts: CompiledCount[], label: string, readBefore: () => string, following: string, sentence: string): CompiledCount | undefined {
  let best: CompiledCount | undefined
  let bestReach = -1
  for (const count of counts) {
    // Its words first: they are a few characters, the sentence up to hundreds, and most entries do not name the figure.
    const isNamed =
      matchesPhrase(label, count.phrase) ||
      (count.following.some((pattern) => pattern.test(following)) && !count.phrase.exclude.some((pattern) => pattern.test(label + following)))
    if (!isNamed) continue
    if (count.notInSentence.length > 0 && count.notInSentence.some((pattern) => pattern.test(sentence))) continue
    if (count.context.length === 0) {
      if (best === undefined) return count
      continue
    }
    const before = readBefore()
    const reach = findLastEnd(count.context, following) >= 0 ? before.length : findLastEnd(count.context, before)
    if (reach > bestReach) {
      best = count
      bestReach = reach
    }
  }
  return best
}

/**
 * The words naming a count: back from the figure to a clause break or the figure before it. Unlike a Figure's label,
 * quotation marks, brackets and 、 between words do not end it (“首违不罚”案件66749宗, 申请答复、告知文书35份), but 、 right
 * after another figure does (撤销2件、确认违法1件).
 */
function readCountLabel(sentence: Sentence, figure: Figure, previousEnd: number): string {
  const text = sentence.text
  const end = figure.start - sentence.start
  let start = end
  const floor = Math.max(0, previousEnd - sentence.start)
  while (start > floor && IS_COUNT_LABEL_BREAK[text.charCodeAt(start - 1)] !== 1) start--
  return text.slice(start, end).replace(/^[、\s]+/u, '')
}

const IS_COUNT_LABEL_BREAK = toCodeTable('，,：:；;。！？!?\n')

/** Where the last match of any pattern in `text` ends, −1 when none matches. */
function findLastEnd(patterns: RegExp[], text: string): number {
  let last = -1
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      last = Math.max(last, match.index + match[0].length)
      if (match[0].length === 0) pattern.lastIndex++
    }
  }
  return last
}

/**
 * How far before a count its subject is looked for. A statement runs on over ； for a few clauses; a block of
 * thousands of them must not make each count search all that came before (quadratic in the block).
 */
const SUBJECT_REACH = 300

// Sentences (figures.ts) end at ； too, where one statement goes on: 。！？ and the end of a line end it.
const IS_CLAUSE_SEPARATOR = toCodeTable('；;')

const PER_PERIOD = /每[一二两三四六半]?个?(?:月|季度?|周|星期|年度?|天|日)/u
const MAY_HOLD_FIGURE = /[0-9０-９一二两三四五六七八九十百千万]/u
// The words after a figure up to the end of its clause: 规范性文件进行合法性审查 in 7件规范性文件进行合法性审查，.
const CLAUSE_END = /[，,、：:；;（(）)“”"。！？!?]/u

function readFollowing(sentence: Sentence, figureEnd: number): string {
  const after = sentence.text.slice(figureEnd - sentence.start)
  const end = after.search(CLAUSE_END)
  return end === -1 ? after : after.slice(0, end)
}

function toStatedFigure(figure: Figure): StatedFigure {
  const label = figure.label.trim()
  return {value: figure.value, unit: figure.unit ?? '', label: label === '' ? figure.phrase : label}
}
