/** The steps before rules: source text → mdast tree (parse) → report model (title, sections, sign-off, year). */
import {parseReportText, type HeadingHints, type SourceSyntax} from '../parse/index.js'
import {buildReport, type ReportDocument} from '../model/report-model.js'
import {createLocator} from '../text/locator.js'
import type {LintSettings} from '../rule/types.js'
import type {ReadInput} from '../io/reader-types.js'
import {checkDeadline} from './deadline.js'
import {addTime, type LintTimings} from './timings.js'

export interface ParseReportOptions {
  /** `text` (default) for plain text and text extracted from .docx/.html, `markdown` for .md. */
  syntax?: SourceSyntax
  /** The report year and data extensions from configuration. */
  settings?: LintSettings
  /** Headings the original file marks by style (.docx), by the offset where their line starts. */
  headingHints?: HeadingHints
  /** Adds the parse and model steps' times (`TIMING=1`). */
  timings?: LintTimings
}

/**
 * Source text → the report model (the tree, title, sections, sign-off, year), with no rule run: the step before
 * rules, and what the outline command, profile detection and the cross-year rules' previous report use.
 */
export function parseReport(source: string, {syntax = 'text', settings = {}, headingHints, timings}: ParseReportOptions = {}): ReportDocument {
  let start = timings ? performance.now() : 0
  const locator = createLocator(source)
  const tree = parseReportText(source, {syntax, locator, headingHints})
  // Between the steps, the deadline of the file being linted is running (none when called on its own).
  checkDeadline()
  if (timings) {
    addTime(timings, '(parse)', start)
    start = performance.now()
  }
  const document = buildReport(tree, source, locator, {reportYear: settings.reportYear, sectionExtensions: settings.data?.['sections']})
  if (timings) addTime(timings, '(model)', start)
  return document
}

/** What parsing what a reader returned takes besides it: its syntax and heading hints come from the input. */
export type ParseInputOptions = Omit<ParseReportOptions, 'syntax' | 'headingHints'>

/**
 * What a reader returned → its report model, as lintInput builds it before the rules (the input's syntax and heading
 * hints): for the outline, profile detection and last year's report. Positions in the model are the linted text's;
 * `input.positionMap` maps them into the file.
 */
export function parseInput(input: ReadInput, options: ParseInputOptions = {}): ReportDocument {
  return parseReport(input.text, {...options, syntax: input.syntax, headingHints: input.headingHints})
}
