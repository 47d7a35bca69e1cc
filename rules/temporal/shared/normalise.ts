/**
 * Length-preserving normalisation for matching dated terms: every character maps to one character, so
 * an offset in the normalised text is the same offset in the source. Real copies write the same name
 * with full- or half-width brackets, any of six dashes and curly or straight quotes (domain.md §6).
 */

const CHARACTER_MAP: Record<string, string> = {
  '（': '(', '）': ')', '［': '[', '］': ']', '【': '[', '】': ']', '〔': '[', '〕': ']',
  '—': '-', '－': '-', '–': '-', '―': '-', '‐': '-', '‑': '-', '~': '-', '～': '-', '〜': '-',
  '“': '"', '”': '"', '‘': '"', '’': '"', '「': '"', '」': '"', '『': '"', '』': '"', "'": '"', '＂': '"', '＇': '"',
  '〈': '《', '〉': '》', '＜': '《', '＞': '》',
  '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '　': ' ',
}

/**
 * The few code units that normalise to another (full-width digits and Latin letters, and the map above), with the
 * one each becomes. Every other code unit is its own normal form; a list this short is built at once, where a
 * 65,536-entry table took a cold start milliseconds to fill.
 */
function listNormalisedUnits(): [from: number, to: number][] {
  const pairs: [number, number][] = []
  for (let code = 0xff10; code <= 0xff5a; code++) {
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || code >= 0xff41) pairs.push([code, code - 0xfee0])
  }
  for (const [from, to] of Object.entries(CHARACTER_MAP)) pairs.push([from.charCodeAt(0), to.charCodeAt(0)])
  return pairs
}

/**
 * What to add to each code unit to normalise it, modulo 2^16: 0 (a freshly allocated array) for all but the few
 * listed above, so the table needs no filling. Storing the sum in a Uint16Array wraps it.
 */
let codeDelta: Uint16Array | undefined

function buildCodeDelta(): Uint16Array {
  const delta = new Uint16Array(0x10000)
  for (const [from, to] of listNormalisedUnits()) delta[from] = (to - from) & 0xffff
  return delta
}

function normalUnit(code: number): number {
  codeDelta ??= buildCodeDelta()
  return (code + codeDelta[code]!) & 0xffff
}

/**
 * Decodes normalised code units; it writes U+FFFD for a lone surrogate. A leading U+FEFF is kept (ignoreBOM), as
 * every other unit is: dropping it made the text one unit shorter than the source, and every offset after it one off.
 */
const utf16 = new TextDecoder('utf-16le', {ignoreBOM: true})

/** Node's Buffer where the engine runs in Node; the page of `fzlint serve` has none and decodes with `utf16` alone. */
const NodeBuffer = (globalThis as {Buffer?: typeof import('node:buffer').Buffer}).Buffer

/**
 * The text term patterns are matched against: brackets half-width `()`, dashes `-`, quotes `"`, nested
 * title marks `〈〉` as `《》`, full-width digits and Latin letters as ASCII, full-width `，；：` as `,;:`.
 */
export function normaliseForMatching(text: string): string {
  // Code unit by code unit through a table, then back to a string in one call: a report has thousands of
  // full-width commas and colons, and a replace() callback for each was the rule's largest cost.
  codeDelta ??= buildCodeDelta()
  // In Node, the units are copied out and back by Buffer's native UTF-16 conversions, which keep every unit as it
  // is: the same string as the decoder's when there is no surrogate to replace (else the decoder reads the normalised
  // units). Measured on the corpus reports: 17 µs → 9.5 µs per report.
  const bytes = NodeBuffer?.from(text, 'utf16le')
  // A Uint16Array view needs an even offset, which Node's pool of small buffers keeps (it aligns them to 8 bytes).
  if (bytes && bytes.byteOffset % 2 === 0) {
    const codes = new Uint16Array(bytes.buffer, bytes.byteOffset, text.length)
    const surrogateCount = normaliseInPlace(codes, codeDelta)
    return surrogateCount === 0 ? bytes.toString('utf16le') : utf16.decode(codes)
  }
  const delta = codeDelta
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    codes[index] = code + delta[code]!
  }
  return utf16.decode(codes)
}

/**
 * Normalises code units in place; returns how many are surrogates. Nothing but the return follows the loop: code
 * V8 compiles while a long loop runs (on-stack replacement) deoptimises at a later statement that has not run yet.
 */
function normaliseInPlace(codes: Uint16Array, delta: Uint16Array): number {
  let surrogateCount = 0
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index]!
    if ((code & 0xf800) === 0xd800) surrogateCount++
    codes[index] = code + delta[code]!
  }
  return surrogateCount
}

/** For each code unit that other code units normalise to (`(` ← `（`), those others. */
let otherSources: Map<number, number[]> | undefined

function buildOtherSources(): Map<number, number[]> {
  const sources = new Map<number, number[]>()
  for (const [from, to] of listNormalisedUnits()) {
    let list = sources.get(to)
    if (!list) sources.set(to, (list = []))
    list.push(from)
  }
  return sources
}

const REPLACEMENT_CHARACTER = 0xfffd
const escapeCodeUnit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`

/** The code units normaliseForMatching turns into `code`, including the lone surrogates the decoder turns into U+FFFD. */
function sourceUnits(code: number): number[] {
  otherSources ??= buildOtherSources()
  const units = normalUnit(code) === code ? [code] : []
  units.push(...(otherSources.get(code) ?? []))
  if (code === REPLACEMENT_CHARACTER) for (let surrogate = 0xd800; surrogate <= 0xdfff; surrogate++) units.push(surrogate)
  return units
}

/**
 * A regular expression source (for a pattern without the `u` flag) matching every text of the same length
 * that normaliseForMatching turns into `literal`, code unit by code unit: `（` or `(` for `(`, and nothing
 * for a character normalisation never produces (`～` becomes `-`).
 */
function sourcePattern(literal: string): string {
  let pattern = ''
  for (let index = 0; index < literal.length; index++) {
    const units = sourceUnits(literal.charCodeAt(index)).sort((a, b) => a - b)
    if (units.length === 1) {
      pattern += escapeCodeUnit(units[0]!)
      continue
    }
    // A class, with runs of consecutive units as ranges (the 2,048 surrogates of U+FFFD).
    let members = ''
    for (let first = 0; first < units.length; ) {
      let last = first
      while (last + 1 < units.length && units[last + 1] === units[last]! + 1) last++
      members += last > first ? `${escapeCodeUnit(units[first]!)}-${escapeCodeUnit(units[last]!)}` : escapeCodeUnit(units[first]!)
      first = last + 1
    }
    pattern += `[${members}]`
  }
  return pattern
}

/**
 * Finds which of some literals the normalised form of a text contains, reading the text as it is: a regular
 * expression scan or two for all of them, which costs less than normalising a report that has none.
 */
export class NormalisedLiteralFinder {
  private readonly literals: string[]
  /**
   * Any of the literals, in any spelling that normalises to it, as two alternations: the literals written one way
   * only (十四五, 行政复议法), and those with a character written several ways (《信访条例》 also as 〈信访条例〉, 2021
   * also in full-width digits). A character class among plain alternatives slows the engine's scan of all of them:
   * measured on the corpus reports, a 2023 report's terms took 29 ms per 2,000 reports as one alternation, 19 ms as two.
   */
  private readonly scans: RegExp[]
  /** For each code unit a literal's text may start with, the literals (index, and a sticky pattern) that may start there. */
  private readonly literalsByFirstUnit = new Map<number, {index: number; here: RegExp}[]>()

  constructor(literals: readonly string[]) {
    this.literals = [...new Set(literals)]
    const sources = this.literals.map(sourcePattern)
    // sourcePattern writes a class (`[（(]`) only for a character with more than one spelling.
    const oneWay = sources.filter((source) => !source.includes('['))
    const severalWays = sources.filter((source) => source.includes('['))
    this.scans = [oneWay, severalWays].filter((group) => group.length > 0).map((group) => new RegExp(group.join('|'), 'g'))
    this.literals.forEach((literal, index) => {
      const here = new RegExp(sources[index]!, 'y')
      for (const unit of sourceUnits(literal.charCodeAt(0))) {
        let list = this.literalsByFirstUnit.get(unit)
        if (!list) this.literalsByFirstUnit.set(unit, (list = []))
        list.push({index, here})
      }
    })
  }

  /** The literals that normaliseForMatching(text) contains (and possibly some it does not, around lone surrogates). */
  findIn(text: string): Set<string> {
    const found = new Set<string>()
    for (const scan of this.scans) {
      scan.lastIndex = 0
      for (let match = scan.exec(text); match; match = scan.exec(text)) {
        // The scan reports one literal where several may start (十九届, 十九届历次全会精神): try each here, then go
        // on from the next code unit, since occurrences may overlap.
        for (const {index, here} of this.literalsByFirstUnit.get(text.charCodeAt(match.index)) ?? []) {
          const literal = this.literals[index]!
          if (found.has(literal)) continue
          here.lastIndex = match.index
          if (here.test(text)) found.add(literal)
        }
        if (found.size === this.literals.length) return found
        scan.lastIndex = match.index + 1
      }
    }
    return found
  }

  /** Whether normaliseForMatching(text) may contain every one of the literals. */
  findsAllIn(text: string): boolean {
    return this.findIn(text).size === this.literals.length
  }
}

/** Where the clause around [start, end) begins and ends: the nearest sentence or comma break on each side. */
export function findClause(normal: string, start: number, end: number): [number, number] {
  const BREAK = /[。;!！?？\n\r,、]/u
  let from = start
  while (from > 0 && !BREAK.test(normal[from - 1]!)) from--
  let to = end
  while (to < normal.length && !BREAK.test(normal[to]!)) to++
  return [from, to]
}
