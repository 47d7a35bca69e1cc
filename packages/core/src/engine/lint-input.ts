/**
 * The one pipeline every entry point runs, in the browser too: what a reader returned (text, syntax, position map,
 * heading hints, encoding, format) → parse → report model → rules → directives → positions in the original file →
 * a sorted LintResult. The CLI, `fzlint review`, the language server, the `fzlint serve` page and the remark plugin
 * all lint through lintInput (files through lintFile/lintBytes, which read and then call it); none assembles the
 * reader's output into options of its own.
 */
import type {Root} from 'mdast'
import type {ReportDocument} from '../model/report-model.js'
import type {ConfiguredRule, LintSettings} from '../rule/types.js'
import type {ReadInput} from '../io/reader-types.js'
import type {HeadingHints, SourceSyntax} from '../parse/types.js'
import type {PositionMap} from '../text/position-map.js'
import {createDeadline, FileTimeLimitError, withDeadline, type Deadline} from './deadline.js'
import {applyDirectives} from './directives.js'
import {looksLikeReport, notAReportResult} from './non-report.js'
import {parseReport} from './parse-report.js'
import {runRules} from './run-rules.js'
import {fatalResult, overTimeResult, shapeMessages, summarise} from './shape-results.js'
import {addTime, type LintTimings} from './timings.js'
import type {LintResult} from './types.js'

/** How to lint a text: which rules, with what settings, within what time, and what to report. What to lint is the ReadInput. */
export interface LintSetup {
  /** Path shown in results (`<text>` when absent). */
  path?: string
  /**
   * The rules to run, or a function choosing them (and the settings) once the report is parsed —
   * configuration that depends on the document, such as the reporting-body profile detected from its title.
   */
  rules: readonly ConfiguredRule[] | ((document: ReportDocument) => {rules: readonly ConfiguredRule[]; settings: LintSettings})
  /** Settings for parsing (report year, data extensions) and for the rules when `rules` is a list. */
  settings?: LintSettings
  /** Report unused `fzlint-disable` comments (Markdown). */
  reportUnusedDisableDirectives?: boolean
  /**
   * Replace all findings with one `not-a-report` warning when the text has neither a numbered heading nor a year.
   * Default: true in lintInput (a file's contents), false in lintText (snippets such as rule examples, which are
   * rarely whole reports).
   */
  detectNonReports?: boolean
  /** Deep-freeze the tree and report model before rules run (the rule tester: rules must not mutate them). */
  freezeTree?: boolean
  /** Adds the time each rule and each engine step took on this file (`TIMING=1`); one table can span many files. */
  timings?: LintTimings
  /**
   * The time budget of this file in milliseconds (`--max-file-time`; 0 or absent: none). Past it, linting stops at
   * the next check and the result is one fatal message saying so.
   */
  maxFileTimeMs?: number
  /** A deadline already running (lintFile starts it before reading, so reading counts too); wins over maxFileTimeMs. */
  deadline?: Deadline
}

export interface LintOutput {
  /** Positions in the original file (mapped through the input's position map, once). */
  result: LintResult
  /** The report model the rules read; null when the text could not be parsed or the time ran out. */
  document: ReportDocument | null
  /**
   * For each of `result.messages` (same index): its [start, end] offsets in the linted text (`document.source`),
   * for callers that look at the text around a finding (review's sentence and section).
   */
  textRanges: Array<[number, number]>
}

/** What the pipeline lints: a reader's output (ReadInput is one), or (lintText) a bare text with its syntax. */
export interface LintableText {
  text: string
  syntax: SourceSyntax
  /** Where each offset of `text` lies in the original file, when `text` is extracted or rejoined. */
  positionMap?: PositionMap
  /** Headings the original file marks by style (.docx). */
  headingHints?: HeadingHints
  /** Carried into the result: how the file was decoded and read. */
  encoding?: string
  format?: string
}

/** Lints what a reader returned (`readInputBytes`, `readInputFile`, `readDecodedText`), with positions in the original file. */
export function lintInput(input: ReadInput, setup: LintSetup): LintOutput {
  return lintLintable(input, {...setup, detectNonReports: setup.detectNonReports ?? true})
}

/**
 * The input with its text replaced by a fixed text, to lint again between fix passes. Fixes are applied only to a
 * text that is the file itself (no `unfixableReason`): it keeps the syntax, format and encoding, and has no position
 * map or heading hints, which described the text before the fixes.
 */
export function withFixedText(input: ReadInput, text: string): ReadInput {
  return {text, syntax: input.syntax, format: input.format, encoding: input.encoding}
}

/** The pipeline under the file's deadline: over it, the result is one fatal message naming the limit. */
export function lintLintable(input: LintableText, setup: LintSetup): LintOutput {
  const deadline = setup.deadline ?? createDeadline(setup.maxFileTimeMs)
  if (!deadline) return runPipeline(input, setup, undefined)
  try {
    return withDeadline(deadline, () => runPipeline(input, setup, deadline))
  } catch (error) {
    if (!(error instanceof FileTimeLimitError)) throw error
    return singleMessageOutput(overTimeResult(setup.path ?? '<text>', error.limitMs, resultExtra(input)), null)
  }
}

/** The output of a file whose result is one message of the engine's own (fatal, over time, not a report), at the start of its text. */
export function singleMessageOutput(result: LintResult, document: ReportDocument | null): LintOutput {
  return {document, result, textRanges: [[0, 0]]}
}

/** What every result of this input carries besides its messages. */
function resultExtra(input: LintableText): Partial<LintResult> {
  return {encoding: input.encoding, format: input.format, source: input.text}
}

function chooseRules(setup: LintSetup, document: ReportDocument): {rules: readonly ConfiguredRule[]; settings: LintSettings} {
  return typeof setup.rules === 'function' ? setup.rules(document) : {rules: setup.rules, settings: setup.settings ?? {}}
}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen)
}

function runPipeline(input: LintableText, setup: LintSetup, deadline: Deadline | undefined): LintOutput {
  const filePath = setup.path ?? '<text>'
  const source = input.text
  const {timings} = setup
  let document: ReportDocument
  try {
    document = parseReport(source, {syntax: input.syntax, settings: setup.settings ?? {}, headingHints: input.headingHints, timings})
  } catch (error) {
    if (error instanceof FileTimeLimitError) throw error
    const reason = `无法解析文件 / cannot parse: ${error instanceof Error ? error.message : String(error)}`
    return singleMessageOutput(fatalResult(filePath, reason, resultExtra(input)), null)
  }
  if (setup.detectNonReports && !looksLikeReport(document)) {
    return singleMessageOutput(notAReportResult(filePath, {positionMap: input.positionMap, extra: resultExtra(input)}), document)
  }
  const {rules, settings} = chooseRules(setup, document)
  if (setup.freezeTree) deepFreeze(document)
  deadline?.check()
  const found = runRules({document, rules, settings, timings, deadline})
  deadline?.check()
  const start = timings ? performance.now() : 0
  const kept = applyDirectives(found, document.tree as Root, {
    reportUnused: setup.reportUnusedDisableDirectives ?? false,
    locator: document.locator,
    source,
  })
  const shaped = shapeMessages(kept, {positionMap: input.positionMap, locator: document.locator})
  if (timings) addTime(timings, '(directives, positions)', start)
  return {document, result: summarise(filePath, shaped.messages, resultExtra(input)), textRanges: shaped.textRanges}
}
