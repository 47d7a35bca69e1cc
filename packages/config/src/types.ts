/** The configuration file's shape (schemas/config.schema.json is generated from the rules and this shape). */
import type {ReportingBodyProfile, RuleSetting} from '@fzlint/core'

export type {RuleSetting}

export interface OverrideConfig {
  files: string[]
  excludedFiles?: string[]
  rules?: Record<string, RuleSetting>
  profile?: ReportingBodyProfile | 'auto'
  reportYear?: number
}

export interface FzlintConfig {
  $schema?: string
  /** Stop looking for configuration in parent folders. */
  root?: boolean
  /**
   * Rule packages from outside fzlint: npm package names or relative paths, resolved from this file's folder. Their
   * rules are named `<plugin name>/<rule-id>` and are off until `rules` turns them on.
   */
  plugins?: string[]
  /** Presets (`recommended`, `strict`) and relative paths to other config files, applied in order. */
  extends?: string | string[]
  /** Reporting body; `auto` (default) detects it from the title. */
  profile?: ReportingBodyProfile | 'auto'
  /** Report year, when detection from the title would be wrong. */
  reportYear?: number
  rules?: Record<string, RuleSetting>
  /**
   * Which files are reports, as globs relative to the config file (ESLint flat config's `files`): when set,
   * folders and globs expand only to matching files, and a named file that does not match is skipped.
   */
  files?: string[]
  /** Files not to lint, as globs relative to the config file. */
  ignorePatterns?: string[]
  /** Per-file rules, as globs relative to the config file (plain text and Word have no comment syntax). */
  overrides?: OverrideConfig[]
  /** Extra domain data merged with the built-in files: `sections`, `indicators`, `terms`, `noise`… */
  data?: Record<string, unknown[]>
}

/** A profile file: which parts and frame elements a reporting body's report needs. */
export interface ProfileConfig {
  profile: ReportingBodyProfile
  description: string
  /** Addressees (主送机关) this body reports to, as patterns. */
  expectedAddressees: string[]
  rules?: Record<string, RuleSetting>
}
