/** The CLI's side of the review package: `fzlint review` (its --jobs, configuration and --previous read as @fzlint/pool reads them). */
import {resolve} from 'node:path'
import type {RuleMeta} from '@fzlint/core'
import type {ReadOptions} from '@fzlint/core/io'
import {configInputsFromFlags, parseJobs, readPreviousReport, tuneV8ForBatch} from '@fzlint/pool'
import {formatReviewText} from './format-text.js'
import {runReview} from './review.js'
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
    if (missing.length + unreadable.length === 0) io.stderr('fzlint: 没有找到可检查的报告（.txt .md .docx .doc .wps .ofd .pdf .html）/ no reports found\n')
    return 2
  }
  if (flags.previous) await readPreviousReport(resolve(io.cwd, flags.previous), context.read)
  // The batch settings of the plain command (see @fzlint/pool): a review's workers are the pool's.
  tuneV8ForBatch(files.length)
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
