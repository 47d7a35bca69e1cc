/**
 * remark-lint-fzlint: the fzlint rules as one remark-lint rule, for teams that already lint Markdown
 * with remark-cli or unified-engine. Each finding keeps the fzlint rule id (`source: 'fzlint'`),
 * its docs URL, and is fatal when its fzlint severity is `error`.
 *
 * ```js
 * remark().use(remarkLintFzlint)                                        // recommended rules + config files
 * remark().use(remarkLintFzlint, {ruleSettings: {'section-order': 'off'}, profile: 'township'})
 * remark().use(remarkLintFzlint, false)                                 // off, like any remark-lint rule
 * ```
 */
import {join, resolve} from 'node:path'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {lintInput, type ReportingBodyProfile, type Rule, type RuleSetting} from '@fzlint/core'
import {readDecodedText, textReader} from '@fzlint/core/browser'
import {createConfigResolver} from '@fzlint/config'
import {builtinDataFiles, builtinRules} from '@fzlint/builtin'

export interface RemarkLintFzlintOptions {
  /** Rules to run instead of the built-in ones (their presets and severities still come from config). */
  rules?: readonly Rule[]
  /** Per-rule settings applied last, as `--rule` does: `{'section-order': 'off', 'web-noise': ['warn', {}]}`. */
  ruleSettings?: Record<string, RuleSetting>
  /** A configuration file to use instead of searching up from the file (fzlint.config.json, .fzlintrc.json, package.json). */
  configPath?: string
  /** Force the reporting body instead of detecting it from the title. */
  profile?: ReportingBodyProfile
}

const DOCS_URL = 'https://github.com/fzlint/fzlint/tree/main/packages/remark-lint-fzlint#readme'

/**
 * unified-lint-rule stamps every message of a rule with the rule's one id and one severity once the
 * rule returns; fzlint runs many rules with their own severities, so each finding's own id, fatality
 * and docs URL are kept here and put back after that stamp.
 */
const ownFields = new WeakMap<ReturnType<VFile['message']>, {ruleId: string; fatal: boolean; url?: string}>()

const lintPlugin = lintRule(
  {origin: 'fzlint:fzlint', url: DOCS_URL},
  (_tree, file: VFile, options: RemarkLintFzlintOptions | undefined) => {
    options ??= {}
    // fzlint builds its report model (sections, GB/T 9704 numbering, run-in headings) from the
    // source with its own parser; remark's tree has none of that, so the text is linted again, read as the CLI
    // reads the same file: a .txt as plain text (a page-wrapped one with its paragraphs rejoined and the findings
    // mapped back to its lines), anything else as Markdown; then lintInput, the pipeline of every entry point.
    const cwd = file.cwd
    const path = file.path ? resolve(cwd, file.path) : join(cwd, 'report.md')
    const resolver = createConfigResolver({
      rules: options.rules ?? builtinRules,
      dataFiles: builtinDataFiles,
      cwd,
      configPath: options.configPath,
      cliRules: options.ruleSettings,
      profile: options.profile,
    })
    const fileConfig = resolver.resolveForFile(path)
    if (fileConfig.ignored) return
    const syntax = textReader.extensions.includes(file.extname?.toLowerCase() ?? '') ? 'text' : 'markdown'
    const input = readDecodedText(String(file), syntax, 'utf-8')
    const {result} = lintInput(input, {path, rules: fileConfig.forDocument, settings: fileConfig.baseSettings})
    for (const finding of result.messages) {
      const place = {
        start: {line: finding.line, column: finding.column},
        end: {line: finding.endLine ?? finding.line, column: finding.endColumn ?? finding.column},
      }
      const message = file.message(finding.message, {place, ruleId: finding.ruleId ?? 'fzlint', source: 'fzlint'})
      if (finding.note) message.note = finding.note
      // vfile's `fatal` is its severity (true: error), unlike fzlint results' (could not be processed).
      ownFields.set(message, {ruleId: finding.ruleId ?? 'fzlint', fatal: finding.severity === 2, url: finding.url})
    }
  },
)

type Next = (error?: Error | null) => void
type LintTransform = (tree: unknown, file: VFile, next: Next) => void

/** The plugin: `remark().use(remarkLintFzlint, options)`; accepts remark-lint's `[severity, options]` forms too. */
export default function remarkLintFzlint(this: unknown, ...parameters: unknown[]): LintTransform | undefined {
  const transform = (lintPlugin as unknown as (...args: unknown[]) => LintTransform | undefined).apply(this, parameters)
  if (!transform) return undefined
  return (tree, file, next) => {
    const first = file.messages.length
    transform(tree, file, (error) => {
      for (const message of file.messages.slice(first)) {
        const own = ownFields.get(message)
        if (!own) continue
        message.ruleId = own.ruleId
        message.fatal = own.fatal
        if (own.url) message.url = own.url
      }
      next(error)
    })
  }
}

export {remarkLintFzlint}
