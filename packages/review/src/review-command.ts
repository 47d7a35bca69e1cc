/** The CLI's side of the review package: `fzlint review`, `--previous` and the pool for many files. */
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {parseReport, type LintSettings, type ReportDocument, type RuleMeta} from '@fzlint/core'
import {describeError, readInputFile, type LintFileOptions, type ReadOptions} from '@fzlint/core/io'
import {formatReviewText} from './format-text.js'
import {runReview} from './review.js'
import type {ConfigInputs} from './rule-config.js'
import {checkReportTargets, writeReviewReports} from './write-reports.js'

/** A usage problem the CLI prints with its help hint (exit 2). */
export class ReviewUsageError extends Error {
  /** How the CLI, which loads this module lazily, tells a usage error (exit 2, with a pointer to --help). */
  readonly isUsageError = true
}

export interface ReviewFlags {
  config?: string
  rule?: string[]
  profile?: string
  'report-unused-disable-directives'?: boolean
  cache?: boolean
  report?: string[]
  previous?: string
  jobs?: string
}

export interface ReviewCommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export interface ReviewCommandContext {
  paths: string[]
  flags: ReviewFlags
  read: ReadOptions
  io: ReviewCommandIo
  /** The CLI's path expansion (directories walked, globs expanded). */
  expandPaths(paths: string[], cwd: string): Promise<{files: string[]; missing: string[]; unreadable: string[]}>
  rulesMeta: Record<string, RuleMeta>
  version: string
  /** `--cache-location`, resolved: where `--cache` keeps its entries (default `.fzlintcache` in the working folder). */
  cacheDirectory?: string
  /** `--max-file-time` in milliseconds (0: no limit): each file's budget in the workers, and the pool's hard stop. */
  maxFileTimeMs?: number
}

export function configInputsFromFlags(flags: ReviewFlags, cwd: string, read: ReadOptions): ConfigInputs {
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
  if (!/^[1-9]\d*$/u.test(value)) throw new ReviewUsageError(`--jobs 需要正整数，收到 “${value}” / --jobs expects a positive integer`)
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
    const input = await readInputFile(filePath, read)
    return parseReport(input.text, {syntax: input.syntax, settings, headingHints: input.headingHints})
  } catch (error) {
    throw new ReviewUsageError(`--previous ${filePath}: 无法读取上一年度报告 / cannot read the previous report: ${describeError(error)}`)
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

/** `fzlint review <dir|glob>...`: exit 0 clean, 1 errors found, 2 files that could not be processed or usage. */
export async function runReviewCommand(context: ReviewCommandContext): Promise<number> {
  const {io, flags} = context
  if (context.paths.length === 0) throw new ReviewUsageError('review 需要文件、目录或 glob / review needs files, folders or globs')
  const reports = flags.report ?? []
  try {
    checkReportTargets(reports)
  } catch (error) {
    throw new ReviewUsageError((error as Error).message)
  }
  const jobs = parseJobs(flags.jobs, (note) => io.stderr(note))
  const {files, missing, unreadable} = await context.expandPaths(context.paths, io.cwd)
  for (const path of missing) io.stderr(`fzlint: ${path}: 没有匹配的文件 / no such file or no matching files\n`)
  // Folders that could not be listed: named, and the batch reviewed without them, exit 2 as for a missing path.
  for (const problem of unreadable) io.stderr(`fzlint: ${problem}\n`)
  if (files.length === 0) {
    if (missing.length + unreadable.length === 0) io.stderr('fzlint: 没有找到可检查的报告（.txt .md .docx .html）/ no reports found\n')
    return 2
  }
  if (flags.previous) await readPreviousReport(resolve(io.cwd, flags.previous), context.read)
  const outcome = await runReview({
    files,
    // A review compares a batch of reports, each beside its body's last year: it starts from the review preset, which
    // adds the checks meant for that comparison (isReviewRecommended) to the recommended ones.
    config: {...configInputsFromFlags(flags, io.cwd, context.read), basePreset: 'review', maxFileTimeMs: context.maxFileTimeMs},
    version: context.version,
    useCache: flags.cache ?? false,
    cacheDirectory: context.cacheDirectory,
    jobs,
    previousPath: flags.previous,
  })
  try {
    io.stdout(formatReviewText(outcome, io.cwd))
    const written = writeReviewReports(outcome, reports, {cwd: io.cwd, rulesMeta: context.rulesMeta, generator: `fzlint ${context.version}`})
    for (const path of written) io.stderr(`fzlint: 已写入 / wrote ${path}\n`)
  } finally {
    outcome.dispose()
  }
  if (missing.length + unreadable.length > 0 || outcome.rows.some((row) => row.failure !== null)) return 2
  return outcome.rows.some((row) => row.errorCount > 0) ? 1 : 0
}
