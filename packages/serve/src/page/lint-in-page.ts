/**
 * Lints what a reader returned the way `fzlint <file>` does when no config file applies: the recommended preset
 * with the reporting-body profile detected from the report (the resolver's `forDocument`), through lintInput, the
 * pipeline `lintFile` runs (non-reports detected, positions mapped through the reader's map). Runs in the browser.
 */
import {builtinRules} from '@fzlint/builtin/rules'
import {configureRules, detectProfile, recommendedRuleStates} from '@fzlint/config/browser'
import {DEFAULT_MAX_FILE_TIME_MS, lintInput, type LintResult, type ReportingBodyProfile, type RuleMeta} from '@fzlint/core'
import type {ReadInput} from '@fzlint/core/browser'

export interface PageLintOutput {
  result: LintResult
  /** The body the rules were configured for (null when the text was not parsed as a report). */
  profile: ReportingBodyProfile | null
}

export const rulesMeta: ReadonlyMap<string, RuleMeta> = new Map(builtinRules.map((rule) => [rule.meta.id, rule.meta]))

/**
 * `maxFileTimeMs`: the time budget of the file, as `fzlint --max-file-time`'s default. The page has no worker to
 * terminate, so only the engine's own checks stop a file: past the budget it gets the CLI's over-time result,
 * shown as a file that could not be checked, and the page goes on with the next one.
 */
export interface PageLintOptions {
  /** The dropped file's name: the result's path. */
  fileName: string
  /** Default: the CLI's `--max-file-time` default. */
  maxFileTimeMs?: number
}

export function lintInPage(input: ReadInput, {fileName, maxFileTimeMs = DEFAULT_MAX_FILE_TIME_MS}: PageLintOptions): PageLintOutput {
  let profile: ReportingBodyProfile | null = null
  const {result} = lintInput(input, {
    path: fileName,
    // As the resolver with no config layers: settings are the profile alone (no reportYear, no data).
    rules: (document) => {
      profile = detectProfile(document).profile
      return {rules: configureRules(builtinRules, recommendedRuleStates(profile)), settings: {profile}}
    },
    reportUnusedDisableDirectives: false,
    detectNonReports: true,
    maxFileTimeMs,
  })
  return {result, profile}
}
