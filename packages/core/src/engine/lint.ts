/**
 * The per-file pipeline as named steps: parse → model → rules → directives → positions → sort.
 * A failure in a step becomes a fatal message on that file; the engine never names a rule.
 */
import type {Root, RootContent} from 'mdast'
import {VFile} from 'vfile'
import {VFileMessage, type Options as VFileMessageOptions} from 'vfile-message'
import {parseReportText, type HeadingHints, type SourceSyntax} from '../parse/index.js'
import {buildReport, type ReportDocument} from '../model/report-model.js'
import {createLocator, type Locator} from '../text/locator.js'
import {formatMessage, parseRuleOptions} from '../rule/define-rule.js'
import type {ConfiguredRule, Fix, LintSettings, ReportDescriptor, RuleContext, Visitors} from '../rule/types.js'
import {checkDeadline, createDeadline, describeOverTime, FileTimeLimitError, withDeadline, type Deadline} from './deadline.js'
import {applyDirectives} from './directives.js'
import {compareMessages} from './sort-messages.js'
import type {LintMessage, LintResult, PositionMap} from './types.js'
import {findYears} from '../text/years.js'
import './types.js'

export interface LintTextOptions {
  /** Path shown in results. */
  path?: string
  syntax?: SourceSyntax
  /**
   * The rules to run, or a function choosing them (and the settings) once the report is parsed —
   * configuration that depends on the document, such as the reporting-body profile detected from its title.
   */
  rules: ConfiguredRule[] | ((document: ReportDocument) => {rules: ConfiguredRule[]; settings: LintSettings})
  settings?: LintSettings
  /** For text extracted from .docx/.html: where each offset lies in the original file. */
  positionMap?: PositionMap
  /** For text extracted from .docx: lines that Word's heading styles make headings (see ReadInput). */
  headingHints?: HeadingHints
  /** Carried into the result: how the file was decoded and read. */
  encoding?: string
  format?: string
  /** Deep-freeze the tree and report model before rules run (the rule tester: rules must not mutate them). */
  freezeTree?: boolean
  /** Report unused `fzlint-disable` comments (Markdown). */
  reportUnusedDisableDirectives?: boolean
  /**
   * Replace all findings with one `not-a-report` warning when the text has neither a heading nor a year
   * (files linted from disk; off for snippets such as rule examples, which are rarely whole reports).
   */
  detectNonReports?: boolean
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

/**
 * Milliseconds per rule id, and per engine step in brackets (`(parse)`, `(model)`, `(directives, positions)`),
 * summed over the files linted with the same table: what `TIMING=1 fzlint …` prints, as ESLint's TIMING does.
 */
export type LintTimings = Map<string, number>

/** Adds the time since `start` (performance.now()) to `key`'s total. */
export function addTime(timings: LintTimings, key: string, start: number): void {
  timings.set(key, (timings.get(key) ?? 0) + (performance.now() - start))
}

export interface LintOutput {
  file: VFile
  document: ReportDocument | null
  result: LintResult
}

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
  const tree = parseReportText(source, syntax, locator, headingHints)
  // Between the steps, the deadline of the file lintText is running (none when called on its own).
  checkDeadline()
  if (timings) {
    addTime(timings, '(parse)', start)
    start = performance.now()
  }
  const document = buildReport(tree, source, locator, {reportYear: settings.reportYear, sectionExtensions: settings.data?.['sections']})
  if (timings) addTime(timings, '(model)', start)
  return document
}

function placeOf(descriptor: ReportDescriptor, locator: Locator) {
  if (descriptor.range) {
    return {start: locator.toPoint(descriptor.range[0]), end: locator.toPoint(descriptor.range[1])}
  }
  const position = descriptor.node?.position
  if (position) return {start: {...position.start}, end: {...position.end}}
  return {start: locator.toPoint(0), end: locator.toPoint(0)}
}

// Configured rules are reused across files (one configuration, many reports): their options are parsed once.
const parsedOptions = new WeakMap<ConfiguredRule, unknown>()

function parsedOptionsOf(configured: ConfiguredRule): unknown {
  if (parsedOptions.has(configured)) return parsedOptions.get(configured)
  const options = parseRuleOptions(configured.rule, configured.options)
  parsedOptions.set(configured, options)
  return options
}

/**
 * A VFileMessage without the stack trace its Error base class captures: nobody reads a finding's stack, and
 * capturing one per finding was a measurable share of linting time.
 */
function createMessage(reason: string, options: VFileMessageOptions): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new VFileMessage(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}

function walk(nodes: RootContent[], visit: (node: RootContent) => void): void {
  for (const node of nodes) {
    visit(node)
    if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') {
      walk(node.children as RootContent[], visit)
    }
  }
}

/**
 * Findings one rule lists in one file, at most; the rest are counted in one closing warning. A report has tens of
 * findings per rule; 10 MB of `一、` lines gave millions, which took 4 GB and ended in "Invalid string length".
 */
export const MAX_MESSAGES_PER_RULE = 1000

function runRules(file: VFile, document: ReportDocument, rules: ConfiguredRule[], settings: LintSettings, timings: LintTimings | undefined, deadline: Deadline | undefined): void {
  const visitorsByRule: {configured: ConfiguredRule; visitors: Visitors}[] = []
  const dataCache = new Map<unknown, object[]>()
  const unlisted = new Map<string, number>()
  for (const configured of rules) {
    const {rule} = configured
    const meta = rule.meta
    let listed = 0
    const context: RuleContext = {
      id: meta.id,
      options: parsedOptionsOf(configured),
      settings,
      document,
      source: document.source,
      data(dataFile) {
        let entries = dataCache.get(dataFile)
        if (!entries) {
          entries = dataFile.load(settings.data?.[dataFile.name])
          dataCache.set(dataFile, entries)
        }
        return entries as never
      },
      report(descriptor) {
        const template = meta.messages[descriptor.messageId]
        if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId ${descriptor.messageId}`)
        if (listed === MAX_MESSAGES_PER_RULE) {
          unlisted.set(meta.id, (unlisted.get(meta.id) ?? 0) + 1)
          return
        }
        listed++
        const message = createMessage(formatMessage(template, descriptor.data), {
          place: placeOf(descriptor, document.locator),
          ruleId: meta.id,
          source: 'fzlint',
        })
        const severity = descriptor.severity === 'warn' ? 1 : configured.severity
        message.fatal = severity === 2
        message.severity = severity
        message.url = meta.docs.url
        message.messageId = descriptor.messageId
        if (meta.docs.basis) message.note = meta.docs.basis
        if (descriptor.data) message.data = descriptor.data
        if (descriptor.fix) message.fix = ([] as Fix[]).concat(descriptor.fix)
        if (descriptor.suggest) message.suggestions = descriptor.suggest
        file.messages.push(message)
      },
    }
    const start = timings ? performance.now() : 0
    deadline?.check()
    try {
      visitorsByRule.push({configured, visitors: rule.create(context as never)})
    } catch (error) {
      if (error instanceof FileTimeLimitError) throw error
      reportRuleCrash(file, meta.id, error)
    }
    if (timings) addTime(timings, meta.id, start)
  }

  // One walk for all rules (ESLint/textlint), not one walk per rule; visitors are listed per node type once,
  // so the walk does no lookups or allocations per node, and a rule that crashed is skipped from then on.
  const crashed = new Set<string>()
  const listeners = (pick: (visitors: Visitors) => ((argument: never) => void) | undefined) =>
    visitorsByRule.flatMap(({configured, visitors}) => {
      const listener = pick(visitors)
      return listener ? [{id: configured.rule.meta.id, listener: listener.bind(visitors) as (argument: unknown) => void}] : []
    })
  const headingListeners = listeners((visitors) => visitors.heading)
  const paragraphListeners = listeners((visitors) => visitors.paragraph)
  const nodeListeners = listeners((visitors) => visitors.node)
  const sectionListeners = listeners((visitors) => visitors.section)
  const exitListeners = listeners((visitors) => visitors['report:exit'])
  function dispatch(entries: {id: string; listener: (argument: unknown) => void}[], argument: unknown) {
    for (const {id, listener} of entries) {
      if (crashed.size > 0 && crashed.has(id)) continue
      const start = timings ? performance.now() : 0
      try {
        listener(argument)
      } catch (error) {
        if (error instanceof FileTimeLimitError) throw error
        reportRuleCrash(file, id, error)
      }
      if (timings) addTime(timings, id, start)
    }
  }
  // The deadline is checked once per node, not per listener: a clock read per rule and paragraph would cost more
  // than many rules do, and one node's listeners together take microseconds on any real report.
  walk(document.tree.children, (node) => {
    deadline?.check()
    if (node.type === 'heading') dispatch(headingListeners, node)
    else if (node.type === 'paragraph') dispatch(paragraphListeners, node)
    dispatch(nodeListeners, node)
  })
  for (const section of document.allSections) {
    deadline?.check()
    dispatch(sectionListeners, section)
  }
  // report:exit is where rules look at the whole report at once: between each of them.
  for (const entry of exitListeners) {
    deadline?.check()
    dispatch([entry], document)
  }
  for (const [ruleId, count] of unlisted) {
    const message = createMessage(
      `规则 ${ruleId} 在此文件中另有 ${count} 处问题未列出（每条规则每个文件最多列出 ${MAX_MESSAGES_PER_RULE} 处）/ ${count} more findings of ${ruleId} not listed (at most ${MAX_MESSAGES_PER_RULE} per rule and file)`,
      {place: {start: document.locator.toPoint(0), end: document.locator.toPoint(0)}, ruleId, source: 'fzlint'},
    )
    message.severity = 1
    message.fatal = false
    file.messages.push(message)
  }

  function reportRuleCrash(target: VFile, ruleId: string, error: unknown) {
    crashed.add(ruleId)
    const message = new VFileMessage(`规则 ${ruleId} 运行出错 / rule crashed: ${error instanceof Error ? error.message : String(error)}`, {
      ruleId,
      source: 'fzlint',
    })
    message.cause = error
    message.fatal = true
    message.severity = 2
    target.messages.push(message)
  }
}

/** Converts a vfile message to the plain result shape, mapping positions back to the original file. */
export function toLintMessage(message: VFileMessage, positionMap?: PositionMap, locator?: Locator): LintMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : undefined
  const result: LintMessage = {
    ruleId: message.ruleId ?? null,
    severity: message.severity ?? (message.fatal ? 2 : 1),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
  }
  if (end) {
    result.endLine = end.line
    result.endColumn = end.column
  }
  if (positionMap && locator) {
    const startOffset = start?.offset ?? locator.toOffset(result)
    const mappedStart = positionMap.toOriginal(startOffset)
    result.line = mappedStart.line
    result.column = mappedStart.column
    if (mappedStart.paragraph !== undefined) result.paragraph = mappedStart.paragraph
    if (end) {
      const mappedEnd = positionMap.toOriginal(end.offset ?? locator.toOffset(end))
      result.endLine = mappedEnd.line
      result.endColumn = mappedEnd.column
    }
  }
  if (message.messageId) result.messageId = message.messageId
  if (message.data) result.data = message.data
  if (message.fix) result.fix = message.fix
  if (message.suggestions) result.suggestions = message.suggestions
  if (message.note) result.note = message.note
  if (message.url) result.url = message.url
  // `fatal` in results means the file (or a rule) could not be processed, not merely an error-level finding.
  // (File-level failures are built as fatal results directly; here only a crashed rule carries a cause.)
  if (message.cause !== undefined) result.fatal = true
  return result
}

export function summarise(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...extra,
  }
  for (const message of messages) {
    if (message.severity === 2) result.errorCount++
    else result.warningCount++
    if (message.fatal) result.fatalErrorCount++
    if (message.fix) {
      if (message.severity === 2) result.fixableErrorCount++
      else result.fixableWarningCount++
    }
  }
  return result
}

/** A result for a file that could not be processed: one fatal message, exit code 2 in the CLI. */
export function fatalResult(filePath: string, reason: string, extra: Partial<LintResult> = {}): LintResult {
  return summarise(filePath, [{ruleId: null, severity: 2, fatal: true, message: reason, line: 1, column: 1}], extra)
}

/** Id of the engine's own diagnostic for a file that is not a report; no rule has this id. */
export const NOT_A_REPORT_ID = 'not-a-report'

/**
 * A report has numbered headings (一、（一）) or names a year (2023年); a file with neither (a memo, a list, a
 * stray README) would get dozens of findings that say nothing, so it gets one diagnostic instead and no rule
 * runs. Headings must be numbered: any README has Markdown `#` headings, and the editor lints no README.
 */
function looksLikeReport(document: ReportDocument): boolean {
  return document.allSections.some((section) => section.numbering !== undefined) || findYears(document.source).length > 0
}

function notAReportResult(filePath: string, options: LintTextOptions, source: string): LintResult {
  const message: LintMessage = {
    ruleId: NOT_A_REPORT_ID,
    severity: 1,
    message: `${filePath}: 不像年度报告（没有“一、”“（一）”等编号标题，也没有“2023年”这样的年份），未运行规则 / does not look like a report (no numbered headings, no year); no rules were run`,
    line: 1,
    column: 1,
  }
  if (options.positionMap) {
    const place = options.positionMap.toOriginal(0)
    message.line = place.line
    message.column = place.column
    if (place.paragraph !== undefined) message.paragraph = place.paragraph
  }
  return summarise(filePath, [message], {encoding: options.encoding, format: options.format, source})
}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen)
}

/** The result of a file stopped over its time limit: one fatal message naming it (exit 2 in the CLI). */
export function overTimeResult(filePath: string, limitMs: number, extra: Partial<LintResult> = {}): LintResult {
  return fatalResult(filePath, describeOverTime(filePath, limitMs), extra)
}

export function lintText(source: string, options: LintTextOptions): LintOutput {
  const deadline = options.deadline ?? createDeadline(options.maxFileTimeMs)
  if (!deadline) return lintWithinDeadline(source, options, undefined)
  try {
    return withDeadline(deadline, () => lintWithinDeadline(source, options, deadline))
  } catch (error) {
    if (!(error instanceof FileTimeLimitError)) throw error
    const filePath = options.path ?? '<text>'
    return {
      file: new VFile({path: options.path, value: source}),
      document: null,
      result: overTimeResult(filePath, error.limitMs, {encoding: options.encoding, format: options.format, source}),
    }
  }
}

function lintWithinDeadline(source: string, options: LintTextOptions, deadline: Deadline | undefined): LintOutput {
  let settings = options.settings ?? {}
  const file = new VFile({path: options.path, value: source})
  const filePath = options.path ?? '<text>'
  let document: ReportDocument | null = null
  try {
    document = parseReport(source, {syntax: options.syntax, settings, headingHints: options.headingHints, timings: options.timings})
  } catch (error) {
    if (error instanceof FileTimeLimitError) throw error
    const reason = `无法解析文件 / cannot parse: ${error instanceof Error ? error.message : String(error)}`
    return {file, document: null, result: fatalResult(filePath, reason, {encoding: options.encoding, format: options.format, source})}
  }
  if (options.detectNonReports && !looksLikeReport(document)) {
    return {file, document, result: notAReportResult(filePath, options, source)}
  }
  let rules: ConfiguredRule[]
  if (typeof options.rules === 'function') {
    const chosen = options.rules(document)
    rules = chosen.rules
    settings = chosen.settings
  } else {
    rules = options.rules
  }
  if (options.freezeTree) deepFreeze(document)
  deadline?.check()
  runRules(file, document, rules, settings, options.timings, deadline)
  deadline?.check()
  const start = options.timings ? performance.now() : 0
  const kept = applyDirectives(file.messages, document.tree as Root, {
    reportUnused: options.reportUnusedDisableDirectives ?? false,
    locator: document.locator,
    source,
  })
  const messages = kept.map((message) => toLintMessage(message, options.positionMap, document!.locator)).sort(compareMessages)
  if (options.timings) addTime(options.timings, '(directives, positions)', start)
  return {
    file,
    document,
    result: summarise(filePath, messages, {encoding: options.encoding, format: options.format, source}),
  }
}
