/**
 * Configuration of each linted file, rebuilt in every worker from the same plain inputs as the main thread (rule
 * objects cannot cross threads). The one place to change when configuration changes shape.
 */
import type {ConfiguredRule, LintSettings, ReportDocument, ReportingBodyProfile} from '@fzlint/core'
import type {ReadOptions} from '@fzlint/core/io'
import {createResolverFromFlags} from '@fzlint/builtin'

/** What configures a run: plain data, cloned into each worker. */
export interface ConfigInputs {
  cwd: string
  config?: string
  rule?: string[]
  profile?: string
  reportUnusedDisableDirectives?: boolean
  read?: ReadOptions
  /** The preset files start from (`review` for `fzlint review`; `recommended` when unset). */
  basePreset?: string
  /**
   * `--max-file-time` in milliseconds (0: no limit; absent: DEFAULT_MAX_FILE_TIME_MS for the pool's hard stop, none
   * inside the engine). Workers stop a file there; the pool terminates a worker still on it a moment later.
   */
  maxFileTimeMs?: number
}

/** How one file is linted: what lintFile (and review's summary) take from the configuration. */
export interface FileLintSetup {
  /** Rules and settings once the report is parsed (the profile may depend on it). */
  forDocument(document: ReportDocument): {rules: ConfiguredRule[]; settings: LintSettings; profile?: ReportingBodyProfile}
  baseSettings: LintSettings
  read?: ReadOptions
  reportUnusedDisableDirectives?: boolean
  /** `--max-file-time` in milliseconds (0 or absent: no limit): a file past it is a failure naming the limit. */
  maxFileTimeMs?: number
}

export interface FileSetups {
  /** Null when configuration ignores the file. */
  setupFor(filePath: string): FileLintSetup | null
  /** The resolver the setups come from (review describes each file's configuration with it). */
  resolver: ReturnType<typeof createResolverFromFlags>
}

export function createFileSetups(inputs: ConfigInputs): FileSetups {
  const resolver = createResolverFromFlags(
    {config: inputs.config, rule: inputs.rule, profile: inputs.profile, 'report-unused-disable-directives': inputs.reportUnusedDisableDirectives},
    inputs.cwd,
    inputs.basePreset,
  )
  return {
    resolver,
    setupFor(filePath) {
      const fileConfig = resolver.resolveForFile(filePath)
      if (fileConfig.ignored) return null
      return {
        forDocument: (document) => fileConfig.forDocument(document),
        baseSettings: fileConfig.baseSettings,
        read: inputs.read,
        reportUnusedDisableDirectives: inputs.reportUnusedDisableDirectives ?? false,
        maxFileTimeMs: inputs.maxFileTimeMs,
      }
    },
  }
}
