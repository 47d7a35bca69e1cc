/**
 * Configuration of each reviewed file, rebuilt in every worker from the same plain inputs as the main
 * thread (rule objects cannot cross threads). The one place to change when configuration changes shape.
 */
import type {ReadOptions} from '@fzlint/core/io'
import {createResolverFromFlags} from '@fzlint/builtin'
import {describeFileConfig, fingerprintConfiguration} from './cache.js'
import type {FileLintSetup} from './summarize-file.js'

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

export interface FileConfigurer {
  /** Null when configuration ignores the file. */
  setupFor(filePath: string): FileLintSetup | null
  /** A short hash of everything configuration decides for this file (the cache key's config part). */
  fingerprintFor(filePath: string): string
}

export function createFileConfigurer(inputs: ConfigInputs): FileConfigurer {
  const resolver = createResolverFromFlags(
    {config: inputs.config, rule: inputs.rule, profile: inputs.profile, 'report-unused-disable-directives': inputs.reportUnusedDisableDirectives},
    inputs.cwd,
    inputs.basePreset,
  )
  const fingerprints = new Map<string, string>()
  // What reading decides about results (not how files are read, such as blocking calls).
  const readPart = JSON.stringify({encoding: inputs.read?.encoding, maxBytes: inputs.read?.maxBytes})
  return {
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
    fingerprintFor(filePath) {
      const description = `${describeFileConfig(resolver.resolveForFile(filePath))}\u0000${readPart}\u0000${inputs.reportUnusedDisableDirectives ?? false}`
      let fingerprint = fingerprints.get(description)
      if (!fingerprint) {
        fingerprint = fingerprintConfiguration(description)
        fingerprints.set(description, fingerprint)
      }
      return fingerprint
    },
  }
}
