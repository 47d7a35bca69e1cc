/** Normalises rule settings (`"warn"`, `["error", {…}]`, `1`) to severity level and options. */
import type {SeverityLevel} from '@fzlint/core'
import type {RuleSetting} from './types.js'

export interface NormalisedRuleSetting {
  severity: SeverityLevel
  /** Undefined when the setting gives a severity only (options then come from earlier layers). */
  options?: unknown
  hasOptions: boolean
}

export function severityLevel(value: unknown): SeverityLevel {
  if (value === 'off' || value === 0) return 0
  if (value === 'warn' || value === 1) return 1
  return 2
}

export function normaliseRuleSetting(setting: RuleSetting): NormalisedRuleSetting {
  if (Array.isArray(setting)) {
    return {severity: severityLevel(setting[0]), options: setting[1], hasOptions: setting.length > 1}
  }
  return {severity: severityLevel(setting), hasOptions: false}
}
