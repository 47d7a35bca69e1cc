/**
 * Rule tables: rule settings folded layer by layer into one severity and options per rule, and the rules
 * to run for such a table. The resolver (config files, overrides, --rule) and the browser page (shipped
 * presets only) both build their rule lists here, so they cannot drift apart. No file is read.
 */
import {compareCodeUnits, type ConfiguredRule, type ReportingBodyProfile, type Rule} from '@fzlint/core'
import {findPreset, PROFILE_CONFIGS} from './presets.js'
import {normaliseRuleSetting} from './severity.js'
import type {RuleSetting} from './types.js'

export interface RuleState {
  severity: 0 | 1 | 2
  options?: unknown
}

/** Applies one layer: a later severity wins; options carry over unless the later setting gives its own. */
export function applyRuleSettings(table: Map<string, RuleState>, rules: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const normal = normaliseRuleSetting(setting)
    const previous = table.get(id)
    table.set(id, {severity: normal.severity, options: normal.hasOptions ? normal.options : previous?.options})
  }
}

/** A table as a plain object sorted by rule id (stable for --print-config). */
export function sortRuleTable(table: Map<string, RuleState>): Record<string, RuleState> {
  return Object.fromEntries([...table].sort(([a], [b]) => compareCodeUnits(a, b)))
}

/** The rules that are on in `states`, in the order of `rules`, with their severity and options. */
export function configureRules(rules: readonly Rule[], states: Record<string, RuleState>): ConfiguredRule[] {
  const configured: ConfiguredRule[] = []
  for (const rule of rules) {
    const state = states[rule.meta.id]
    if (!state || state.severity === 0) continue
    configured.push({rule, severity: state.severity, options: state.options})
  }
  return configured
}

/**
 * The recommended preset, then the reporting body's profile: what the resolver yields for a file that no
 * config file or flag touches. (Neither shipped file uses `extends`; the resolver validates them on every run.)
 */
export function recommendedRuleStates(profile: ReportingBodyProfile): Record<string, RuleState> {
  const table = new Map<string, RuleState>()
  applyRuleSettings(table, findPreset('recommended')!.rules)
  applyRuleSettings(table, PROFILE_CONFIGS[profile].rules)
  return sortRuleTable(table)
}
