/**
 * The rules' step: every configured rule's visitors over one report model, in one walk. Findings come out as
 * messages placed in the linted text (line, column and offset); shape-results.ts turns them into results.
 */
import type {RootContent} from 'mdast'
import {VFileMessage} from 'vfile-message'
import type {Position} from 'unist'
import type {ReportDocument} from '../model/report-model.js'
import type {Locator} from '../text/locator.js'
import {compileTemplate, formatCompiled, parseRuleOptions, type CompiledTemplate} from '../rule/define-rule.js'
import type {ConfiguredRule, Fix, LintSettings, ReportDescriptor, RuleContext, Visitors} from '../rule/types.js'
import {FileTimeLimitError, type Deadline} from './deadline.js'
import {addTime, type LintTimings} from './timings.js'
import './types.js'

/**
 * Findings one rule lists in one file, at most; the rest are counted in one closing warning. A report has tens of
 * findings per rule; 10 MB of `一、` lines gave millions, which took 4 GB and ended in "Invalid string length".
 */
export const MAX_MESSAGES_PER_RULE = 1000

export interface RunRulesOptions {
  /** The report model the rules read (and its text, `document.source`, where their offsets point). */
  document: ReportDocument
  rules: readonly ConfiguredRule[]
  settings: LintSettings
  /** Adds each rule's time under its id (`TIMING=1`). */
  timings?: LintTimings
  /** Checked before each rule is set up, before each node and section, and between the report:exit visitors. */
  deadline?: Deadline
}

function placeOf(descriptor: ReportDescriptor, locator: Locator): Position {
  if (descriptor.range) {
    return {start: locator.toPoint(descriptor.range[0]), end: locator.toPoint(descriptor.range[1])}
  }
  const position = descriptor.node?.position
  // Copies, written out: the message must not share the node's points, and a spread takes V8's slow path.
  if (position) {
    const {start, end} = position
    return {start: {line: start.line, column: start.column, offset: start.offset}, end: {line: end.line, column: end.column, offset: end.offset}}
  }
  return {start: locator.toPoint(0), end: locator.toPoint(0)}
}

/** What a configured rule brings to every file it runs on: its parsed options and its message templates, cut once. */
interface PreparedRule {
  options: unknown
  templates: Map<string, CompiledTemplate>
}

// Configured rules are reused across files (one configuration, many reports): their options are parsed once, and
// each message template is cut at its placeholders once.
const preparedRules = new WeakMap<ConfiguredRule, PreparedRule>()

function prepare(configured: ConfiguredRule): PreparedRule {
  let prepared = preparedRules.get(configured)
  if (!prepared) {
    prepared = {options: parseRuleOptions(configured.rule, configured.options), templates: new Map()}
    preparedRules.set(configured, prepared)
  }
  return prepared
}

/**
 * A VFileMessage at a place, without the stack trace its Error base class captures: nobody reads a finding's stack,
 * and capturing one per finding was a measurable share of linting time. The place is passed as the constructor's
 * place argument, not inside an options object, which the constructor would copy.
 */
export function createMessage(reason: string, place: Position, ruleId: string): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = new VFileMessage(reason, place)
  } finally {
    Error.stackTraceLimit = limit
  }
  message.ruleId = ruleId
  message.source = 'fzlint'
  return message
}

function walk(nodes: RootContent[], visit: (node: RootContent) => void): void {
  for (const node of nodes) {
    visit(node)
    if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') {
      walk(node.children as RootContent[], visit)
    }
  }
}

interface Listener {
  id: string
  listener: (argument: unknown) => void
}

/**
 * Runs the rules and returns their findings. A rule that throws is reported once as a message with `fatal: true`
 * (it could not be processed: results' one meaning of `fatal`) and skipped from then on; the others go on.
 * Over the deadline, FileTimeLimitError propagates to the caller.
 */
export function runRules({document, rules, settings, timings, deadline}: RunRulesOptions): VFileMessage[] {
  const messages: VFileMessage[] = []
  const visitorsByRule: {configured: ConfiguredRule; visitors: Visitors}[] = []
  const dataCache = new Map<unknown, object[]>()
  const unlisted = new Map<string, number>()
  const crashed = new Set<string>()

  function reportRuleCrash(ruleId: string, error: unknown) {
    crashed.add(ruleId)
    const message = new VFileMessage(`规则 ${ruleId} 运行出错 / rule crashed: ${error instanceof Error ? error.message : String(error)}`, {
      ruleId,
      source: 'fzlint',
    })
    message.cause = error
    message.fatal = true
    message.severity = 2
    messages.push(message)
  }

  for (const configured of rules) {
    const {rule} = configured
    const meta = rule.meta
    let listed = 0
    const {options, templates} = prepare(configured)
    const context: RuleContext = {
      id: meta.id,
      options,
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
        let template = templates.get(descriptor.messageId)
        if (template === undefined) {
          const written = meta.messages[descriptor.messageId]
          if (written === undefined) throw new Error(`rule ${meta.id} reported unknown messageId ${descriptor.messageId}`)
          template = compileTemplate(written)
          templates.set(descriptor.messageId, template)
        }
        if (listed === MAX_MESSAGES_PER_RULE) {
          unlisted.set(meta.id, (unlisted.get(meta.id) ?? 0) + 1)
          return
        }
        listed++
        const message = createMessage(formatCompiled(template, descriptor.data), placeOf(descriptor, document.locator), meta.id)
        // A descriptor's own `warn` lowers one finding; it never raises one above the configured severity.
        message.severity = descriptor.severity === 'warn' ? 1 : configured.severity
        message.url = meta.docs.url
        message.messageId = descriptor.messageId
        if (meta.docs.basis) message.note = meta.docs.basis
        if (descriptor.data) message.data = descriptor.data
        if (descriptor.fix) message.fix = ([] as Fix[]).concat(descriptor.fix)
        if (descriptor.suggest) message.suggestions = descriptor.suggest
        messages.push(message)
      },
    }
    const start = timings ? performance.now() : 0
    deadline?.check()
    try {
      visitorsByRule.push({configured, visitors: rule.create(context as never)})
    } catch (error) {
      if (error instanceof FileTimeLimitError) throw error
      reportRuleCrash(meta.id, error)
    }
    if (timings) addTime(timings, meta.id, start)
  }

  // One walk for all rules (ESLint/textlint), not one walk per rule; visitors are listed per node type once,
  // so the walk does no lookups or allocations per node, and a rule that crashed is skipped from then on.
  const headingListeners: Listener[] = []
  const paragraphListeners: Listener[] = []
  const nodeListeners: Listener[] = []
  const sectionListeners: Listener[] = []
  const exitListeners: Listener[] = []
  // Listed in one pass over the rules, in their order. Five flatMap passes, with an array per rule in each, made
  // the engine's own part of this step (rules that do nothing: 25 of them over the corpus reports) 21 µs a report, not 12.
  const addListener = (into: Listener[], id: string, visitors: Visitors, listener: ((argument: never) => void) | undefined) => {
    if (listener) into.push({id, listener: listener.bind(visitors) as (argument: unknown) => void})
  }
  for (const {configured, visitors} of visitorsByRule) {
    const id = configured.rule.meta.id
    addListener(headingListeners, id, visitors, visitors.heading)
    addListener(paragraphListeners, id, visitors, visitors.paragraph)
    addListener(nodeListeners, id, visitors, visitors.node)
    addListener(sectionListeners, id, visitors, visitors.section)
    addListener(exitListeners, id, visitors, visitors['report:exit'])
  }
  function dispatch(entries: Listener[], argument: unknown) {
    for (const {id, listener} of entries) {
      if (crashed.size > 0 && crashed.has(id)) continue
      const start = timings ? performance.now() : 0
      try {
        listener(argument)
      } catch (error) {
        if (error instanceof FileTimeLimitError) throw error
        reportRuleCrash(id, error)
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
  // The section visitor walks every section at every level, in document order.
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
      {start: document.locator.toPoint(0), end: document.locator.toPoint(0)},
      ruleId,
    )
    message.severity = 1
    messages.push(message)
  }
  return messages
}
