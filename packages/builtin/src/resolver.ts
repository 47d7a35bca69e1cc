/** The configuration resolver over the built-in rules, from the flags every front end shares (--config, --rule, --profile). */
import type {ReportingBodyProfile} from '@fzlint/core'
import {createConfigResolver, parseCliRule, PROFILES, type ConfigResolver, type RuleSetting} from '@fzlint/config'
import {builtinDataFiles, builtinRules} from './builtin-rules.js'

export interface ConfigFlags {
  config?: string
  rule?: string[]
  profile?: string
  'report-unused-disable-directives'?: boolean
}

export class ConfigUsageError extends Error {}

export function parseProfileFlag(value: string | undefined): ReportingBodyProfile | undefined {
  if (value === undefined || value === 'auto') return undefined
  if (!(PROFILES as readonly string[]).includes(value)) {
    throw new ConfigUsageError(`未知的报告主体 “${value}”，可选 ${PROFILES.join('、')}、auto / unknown profile`)
  }
  return value as ReportingBodyProfile
}

/** `basePreset`: the preset files start from, `recommended` unless given (`fzlint review` gives `review`). */
export function createResolverFromFlags(flags: ConfigFlags, cwd: string, basePreset?: string): ConfigResolver {
  const ruleIds = builtinRules.map((rule) => rule.meta.id)
  const cliRules: Record<string, RuleSetting> = Object.fromEntries((flags.rule ?? []).map((text) => parseCliRule(text, ruleIds)))
  return createConfigResolver({
    rules: builtinRules,
    dataFiles: builtinDataFiles,
    cwd,
    configPath: flags.config,
    cliRules,
    profile: parseProfileFlag(flags.profile),
    basePreset,
  })
}
