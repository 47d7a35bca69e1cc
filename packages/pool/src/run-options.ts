/** What the CLI and review take from their flags for a pooled run: --jobs, the configuration inputs, --previous. */
import {availableParallelism} from 'node:os'
import {parseInput, type LintSettings, type ReportDocument} from '@fzlint/core'
import {describeError, readInputFile, type LintFileOptions, type ReadOptions} from '@fzlint/core/io'
import type {ConfigInputs} from './config-inputs.js'

/** A usage problem the CLI prints with its help hint (exit 2). */
export class PoolUsageError extends Error {
  /** How the CLI, which loads this module lazily, tells a usage error (exit 2, with a pointer to --help). */
  readonly isUsageError = true
}

/** The flags that configure linting, as both commands name them. */
export interface ConfigFlags {
  config?: string
  rule?: string[]
  profile?: string
  'report-unused-disable-directives'?: boolean
}

export function configInputsFromFlags(flags: ConfigFlags, cwd: string, read: ReadOptions): ConfigInputs {
  return {
    cwd,
    config: flags.config,
    rule: flags.rule,
    profile: flags.profile,
    reportUnusedDisableDirectives: flags['report-unused-disable-directives'] ?? false,
    read,
  }
}

/**
 * The most workers --jobs starts: the machine's cores, or 4 on a smaller one (linting is CPU-bound, so more workers
 * than cores only add memory). Each worker is a V8 isolate of its own; 99,999 of them ran the process out of memory.
 */
export function maxJobs(): number {
  return Math.max(4, availableParallelism())
}

/** `--jobs N` as a number of workers, capped at maxJobs() with a note to `warn` when N is above it. */
export function parseJobs(value: string | undefined, warn?: (note: string) => void): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/u.test(value)) throw new PoolUsageError(`--jobs 需要正整数，收到 “${value}” / --jobs expects a positive integer`)
  const cap = maxJobs()
  if (value.length > String(cap).length || Number(value) > cap) {
    warn?.(`fzlint: --jobs ${value} 超过本机可用的上限，按 ${cap} 个并行执行 / --jobs ${value} is more than this machine can use; running ${cap} at once\n`)
    return cap
  }
  return Number(value)
}

/** `--previous FILE`: last year's report, parsed once. An unreadable file is a usage error: nothing to compare with. */
export async function readPreviousReport(filePath: string, read: ReadOptions, settings: LintSettings = {}): Promise<ReportDocument> {
  try {
    return parseInput(await readInputFile(filePath, read), {settings})
  } catch (error) {
    throw new PoolUsageError(`--previous ${filePath}: 无法读取上一年度报告 / cannot read the previous report: ${describeError(error)}`)
  }
}

/** Lint options with last year's report given to the rules as `settings.related.previous`. */
export function withPreviousReport(options: LintFileOptions, previous: ReportDocument | undefined): LintFileOptions {
  if (!previous) return options
  const rules = options.rules
  return {
    ...options,
    rules: (document) => {
      const chosen = typeof rules === 'function' ? rules(document) : {rules, settings: options.settings ?? {}}
      return {...chosen, settings: {...chosen.settings, related: {...chosen.settings.related, previous}}}
    },
  }
}
