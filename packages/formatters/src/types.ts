/** What every formatter receives besides the results. */
import type {LintResult, RuleMeta} from '@fzlint/core'

export interface FormatterContext {
  /** Directory paths are shown relative to. */
  cwd: string
  /** Colour output (the CLI sets it only on a TTY). */
  color: boolean
  /** Meta of every rule that ran, keyed by id (SARIF's tool.driver.rules needs them). */
  rulesMeta: Record<string, RuleMeta>
  /** README markdown of each rule that ran, keyed by id (SARIF `help.markdown`); the CLI fills it for sarif only. */
  ruleDocs?: Record<string, string>
  /** Version of the tool that produced the results (SARIF `tool.driver.semanticVersion`). */
  toolVersion?: string
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string
