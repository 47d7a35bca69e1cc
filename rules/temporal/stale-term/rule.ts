/** Reports a dated term (普法 plan, 纲要, party congress, reformed office, revised law) used outside the years it was current. */
import {defineRule, findReferenceYears, noOptions} from '@fzlint/core'
import {execAll} from '@fzlint/core/text'
import {termsData, type Term} from '../data/terms.js'
import {findRequiredLiterals} from '../shared/literals.js'
import {findClause, NormalisedLiteralFinder, normaliseForMatching} from '../shared/normalise.js'
import {findReference} from '../shared/reference.js'

interface CompiledPattern {
  expression: RegExp
  /**
   * The longest text every match contains (the longest is usually the rarest: `法治政府建设实施纲要`, not `2020`),
   * or null when not known: every report is scanned for these, and the pattern is not run on one without its own.
   */
  keyLiteral: string | null
  /** The other texts every match contains, looked for only in a report with the key literal. */
  otherLiterals: NormalisedLiteralFinder | null
}

interface CompiledTerm {
  term: Term
  patterns: CompiledPattern[]
  contextPatterns: RegExp[]
  closingPatterns: RegExp[]
  preparingPatterns: RegExp[]
}

/** The terms a report about one year can be faulted for, and a finder for their patterns' key literals. */
interface YearSearch {
  terms: CompiledTerm[]
  keyLiterals: NormalisedLiteralFinder
}

interface CompiledTerms {
  terms: Term[]
  /**
   * Each term compiled when a report year first needs it (see searchForYear): a one-file run compiles only its
   * year's share (14 of the 32 built-in terms for 2023), where compiling them all (reading each pattern for its
   * literals) cost ~3 ms of the run.
   */
  compiledByTerm: Map<Term, CompiledTerm>
  searchByYear: Map<number, YearSearch>
}

/** Quotes inside a quoted term become single quotes (“‘七五’普法”), as Chinese nests them. */
function nestQuotes(text: string): string {
  let isOpen = false
  return text.replace(/[“”"]/gu, (quote) => {
    isOpen = quote === '“' ? true : quote === '”' ? false : !isOpen
    return isOpen ? '‘' : '’'
  })
}

const compiledCache = new WeakMap<Term[], CompiledTerms>()

function compilePattern(pattern: string): CompiledPattern {
  const literals = findRequiredLiterals(pattern)
  const keyLiteral = literals.reduce<string | null>((key, literal) => (key === null || literal.length > key.length ? literal : key), null)
  const otherLiterals = literals.filter((literal) => literal !== keyLiteral)
  return {
    expression: new RegExp(pattern, 'gu'),
    keyLiteral,
    otherLiterals: otherLiterals.length > 0 ? new NormalisedLiteralFinder(otherLiterals) : null,
  }
}

function compileTerm(term: Term): CompiledTerm {
  return {
    term,
    // A configured entry merged into a built-in one (same `term`) may repeat its patterns.
    patterns: [...new Set(term.patterns)].map(compilePattern),
    contextPatterns: [...new Set(term.contextPatterns)].map((pattern) => new RegExp(pattern, 'u')),
    closingPatterns: [...new Set(term.closingPatterns)].map((pattern) => new RegExp(pattern, 'u')),
    preparingPatterns: [...new Set(term.preparingPatterns)].map((pattern) => new RegExp(pattern, 'u')),
  }
}

function compileTerms(terms: Term[]): CompiledTerms {
  let compiled = compiledCache.get(terms)
  if (!compiled) {
    compiled = {terms, compiledByTerm: new Map(), searchByYear: new Map()}
    compiledCache.set(terms, compiled)
  }
  return compiled
}

/** Whether a report about `year` may use the term as current. */
function isCurrentIn(term: Term, year: number): boolean {
  return (term.validFrom === null || year >= term.validFrom) && (term.validTo === null || year <= term.validTo)
}

function searchForYear(compiled: CompiledTerms, year: number): YearSearch {
  let search = compiled.searchByYear.get(year)
  if (!search) {
    // A passage reports on one of the years findReferenceYears gives: a term current in all of them is never
    // reported, nor does it claim text from later entries, so it is not searched for.
    const referenceYears = findReferenceYears(year)
    const terms = compiled.terms
      .filter((term) => referenceYears.some((referenceYear) => !isCurrentIn(term, referenceYear)))
      .map((term) => {
        let compiledTerm = compiled.compiledByTerm.get(term)
        if (!compiledTerm) compiled.compiledByTerm.set(term, (compiledTerm = compileTerm(term)))
        return compiledTerm
      })
    const keyLiterals = terms.flatMap(({patterns}) => patterns.flatMap(({keyLiteral}) => (keyLiteral === null ? [] : [keyLiteral])))
    search = {terms, keyLiterals: new NormalisedLiteralFinder(keyLiterals)}
    compiled.searchByYear.set(year, search)
  }
  return search
}

export default defineRule({
  meta: {
    id: 'stale-term',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: false,
    docs: {
      description: '有时效的提法（普法规划、纲要、党代会、机构名称、新修订的法律）应与报告年度相符',
      basis: '《法治政府建设与责任落实督察工作规定》要求报告上一年度的情况、下一年度的安排；各规划、纲要、法律的施行期限见其文本',
    },
    messages: {
      stale: '“{shownText}”已过时：{note}；{scope}是{referenceYear}年，应改为“{shownReplacement}”',
      staleUnreplaced: '“{shownText}”已过时：{note}；{scope}是{referenceYear}年，请核对现行的提法',
      premature: '“{shownText}”与年份不符：{note}；{scope}是{referenceYear}年，当时应为“{shownPredecessor}”',
      prematureUnreplaced: '“{shownText}”与年份不符：{note}；{scope}是{referenceYear}年，当时尚无此提法',
    },
    options: noOptions,
  },
  create(context) {
    const compiled = compileTerms(context.data(termsData))
    return {
      'report:exit'(document) {
        if (document.year === null) return
        const {terms, keyLiterals} = searchForYear(compiled, document.year)
        // Most of these terms are absent from a report: one scan for their key literals rules their patterns out,
        // and when no pattern is left the report is not even normalised.
        const presentKeys = keyLiterals.findIn(context.source)
        const mayMatch = ({keyLiteral, otherLiterals}: CompiledPattern) =>
          keyLiteral === null || (presentKeys.has(keyLiteral) && (otherLiterals === null || otherLiterals.findsAllIn(context.source)))
        // Pushed, not map()ped: V8's optimised map() returns a holey array where the interpreter's is packed, and this
        // handler, typed by one kind, deoptimised on the other ("wrong map") and was compiled again, twice.
        const patternsToRun: CompiledPattern[][] = []
        let isAnyToRun = false
        for (const {patterns} of terms) {
          const toRun = patterns.filter(mayMatch)
          patternsToRun.push(toRun)
          if (toRun.length > 0) isAnyToRun = true
        }
        if (!isAnyToRun) return
        const normal = normaliseForMatching(context.source)
        // Entries earlier in the data win where matches overlap: `贯彻实施新修订的行政复议法` is reported once,
        // by the entry about the law in force, not again by the one about the word 新.
        // Claimed characters are marked, so that a match is checked against its own span, not against every claim
        // before it (quadratic in a report that names a stale term on every line). The marks are made at the first
        // finding: most reports have none.
        let claimed: Uint8Array | null = null
        const overlaps = (start: number, end: number) => {
          if (claimed === null) return false
          for (let index = start; index < end; index++) if (claimed[index] === 1) return true
          return false
        }
        for (const [termIndex, {term, contextPatterns, closingPatterns, preparingPatterns}] of terms.entries()) {
          for (const {expression: pattern} of patternsToRun[termIndex]!) {
            // execAll, not matchAll(): matchAll clones the pattern on each call, 38 clones a report.
            for (const match of execAll(pattern, normal)) {
              const start = match.index
              const end = start + match[0].length
              if (overlaps(start, end)) continue
              const reference = findReference(document, start)
              if (!reference) continue
              const isTooLate = term.validTo !== null && reference.year > term.validTo
              const isTooEarly = term.validFrom !== null && reference.year < term.validFrom
              if (!isTooLate && !isTooEarly) continue
              const [clauseStart, clauseEnd] = findClause(normal, start, end)
              const clause = normal.slice(clauseStart, clauseEnd)
              if (contextPatterns.some((contextPattern) => contextPattern.test(clause))) continue
              // Closing a period (验收, 总结) is work of its last year and the next few, not of any year after.
              const isClosingYear = isTooLate && reference.year <= term.validTo! + term.closingYears
              if (isClosingYear && closingPatterns.some((closingPattern) => closingPattern.test(clause))) continue
              // Preparing a period (编制、谋划、纳入“十五五”规划) is work of the last year before it, not of any year before.
              const isPreparingYear = isTooEarly && reference.year >= term.validFrom! - term.preparingYears
              if (isPreparingYear && preparingPatterns.some((preparingPattern) => preparingPattern.test(clause))) continue
              claimed ??= new Uint8Array(normal.length)
              claimed.fill(1, start, end)
              const data = {
                term: term.term,
                text: context.source.slice(start, end),
                referenceYear: reference.year,
                scope: reference.scope,
                isPlans: reference.isPlans,
                validFrom: term.validFrom,
                validTo: term.validTo,
                note: term.note,
                replacement: term.replacement,
                predecessor: term.predecessor,
                shownText: nestQuotes(context.source.slice(start, end)),
                shownReplacement: nestQuotes(term.replacement ?? ''),
                shownPredecessor: nestQuotes(term.predecessor ?? ''),
              }
              const messageId = isTooLate
                ? term.replacement !== null ? 'stale' : 'staleUnreplaced'
                : term.predecessor !== null ? 'premature' : 'prematureUnreplaced'
              context.report({messageId, range: [start, end], data})
            }
          }
        }
      },
    }
  },
})
