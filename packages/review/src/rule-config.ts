/**
 * Configuration of each reviewed file, rebuilt in every worker from the same plain inputs as the main thread:
 * @fzlint/pool's file setups, plus the fingerprint of each file's configuration that review's cache keys carry.
 */
import {createFileSetups, type ConfigInputs} from '@fzlint/pool'
import {describeFileConfig, fingerprintConfiguration} from './cache.js'
import type {FileLintSetup} from './summarize-file.js'

export type {ConfigInputs} from '@fzlint/pool'

export interface FileConfigurer {
  /** Null when configuration ignores the file. */
  setupFor(filePath: string): FileLintSetup | null
  /** A short hash of everything configuration decides for this file (the cache key's config part). */
  fingerprintFor(filePath: string): string
}

export function createFileConfigurer(inputs: ConfigInputs): FileConfigurer {
  const {resolver, setupFor} = createFileSetups(inputs)
  const fingerprints = new Map<string, string>()
  // What reading decides about results (not how files are read, such as blocking calls).
  const readPart = JSON.stringify({encoding: inputs.read?.encoding, maxBytes: inputs.read?.maxBytes})
  return {
    setupFor,
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
