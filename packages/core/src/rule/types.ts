/** The rule API: a rule is `meta` plus `create(context)`, which returns visitors over the tree and report model. */
import type {Heading, Paragraph, RootContent} from 'mdast'
import type {z} from 'zod'
import type {DataFile} from '../data/define-data.js'
import type {ReportDocument, Section} from '../model/report-model.js'

export type SeverityName = 'off' | 'warn' | 'error'
/** 0 off, 1 warning, 2 error (ESLint's numbers, also used in JSON output). */
export type SeverityLevel = 0 | 1 | 2
/** How configuration turns a rule on or off: a severity, or `[severity, options]` (as in ESLint). */
export type RuleSetting = SeverityName | SeverityLevel | [SeverityName | SeverityLevel] | [SeverityName | SeverityLevel, unknown]

export type ReportingBodyProfile = 'government' | 'department' | 'township'

/** A text edit on the original source: replace `range` ([start, end) offsets) with `text`. */
export interface Fix {
  range: [number, number]
  text: string
}

export interface Suggestion {
  /** What applying it does, in Chinese. */
  desc: string
  fix: Fix
}

export interface RuleDocs {
  /** One line: what the rule checks (Chinese). */
  description: string
  /** The regulation or standard behind it, cited in messages' notes and in docs. */
  basis?: string
  /** Filled in by `defineRulePackage` from the package theme and the rule id. */
  url?: string
}

export interface RuleMeta<MessageIds extends string = string, Options extends z.ZodType = z.ZodType> {
  id: string
  type: 'problem' | 'suggestion' | 'layout'
  defaultSeverity: Exclude<SeverityName, 'off'>
  /** On in the `recommended` preset. */
  recommended: boolean
  /**
   * Also on in the `review` preset, which `fzlint review` starts from: a check whose findings are too uncertain
   * for one report's author, but worth a reviewing office's look when it compares a year's reports with the last.
   */
  isReviewRecommended?: boolean
  /**
   * The `settings.related` inputs the rule compares the report with (`previous`: the same body's report of the
   * year before). Without them it finds nothing; `fzlint review` runs such rules in its second pass, once each
   * report is paired with its previous year, whichever rule package they belong to.
   */
  usesRelated?: readonly string[]
  fixable?: boolean
  /** Offers `suggest` edits: choices an editor shows, never applied by --fix (the writer knows which is right). */
  hasSuggestions?: boolean
  docs: RuleDocs
  /** Message templates in Chinese, `{name}` placeholders filled from the report's `data`. */
  messages: Record<MessageIds, string>
  /** zod schema of the rule's options; defaults come from it. */
  options?: Options
}

export interface ReportDescriptor<MessageIds extends string = string> {
  messageId: MessageIds
  /** Structured details: fill the template and go unchanged to JSON/SARIF output. */
  data?: Record<string, unknown>
  /** Where: a node, or a source range [start, end) (offsets into the linted text). One is required. */
  node?: RootContent | {position?: RootContent['position']}
  range?: [number, number]
  fix?: Fix | Fix[]
  suggest?: Suggestion[]
  /**
   * Lower this finding to a warning even when the rule is configured as an error (a rule whose
   * findings differ in certainty, e.g. a part nested instead of absent). Never raises severity.
   */
  severity?: 'warn'
}

export interface LintSettings {
  /** Overrides report-year detection. */
  reportYear?: number
  /** Reporting body, detected from the title or forced in configuration. */
  profile?: ReportingBodyProfile
  /** Today's date for deadline checks (tests pin it). */
  today?: {year: number; month: number; day: number}
  /** Data extensions from configuration, keyed by data name (`sections`, `indicators`, …). */
  data?: Record<string, unknown[]>
  /** Cross-file inputs some rules use (e.g. last year's report), keyed by name. */
  related?: Record<string, ReportDocument | undefined>
}

export interface RuleContext<MessageIds extends string = string, Options = unknown> {
  readonly id: string
  readonly options: Options
  readonly settings: LintSettings
  /** The report model (title, sections, sign-off, year) shared by all rules. */
  readonly document: ReportDocument
  /** The linted text; offsets in ranges and fixes refer to it. */
  readonly source: string
  /** Built-in entries of a data file merged with this run's configuration extensions. */
  data<Entry extends object>(file: DataFile<Entry>): Entry[]
  report(descriptor: ReportDescriptor<MessageIds>): void
}

export interface Visitors {
  heading?(node: Heading): void
  paragraph?(node: Paragraph): void
  /** Any other top-level node type, by mdast type name. */
  node?(node: RootContent): void
  /** Each section at every level (a heading with what follows, `document.allSections`), in document order. */
  section?(section: Section): void
  /** After the walk: the whole report model. */
  'report:exit'?(document: ReportDocument): void
}

export interface Rule<MessageIds extends string = string, Options extends z.ZodType = z.ZodType> {
  meta: RuleMeta<MessageIds, Options>
  create(context: RuleContext<MessageIds, z.output<Options>>): Visitors
}

/** A rule as the engine runs it: with the configured severity and options. */
export interface ConfiguredRule {
  rule: Rule
  severity: Exclude<SeverityLevel, 0>
  options?: unknown
}
