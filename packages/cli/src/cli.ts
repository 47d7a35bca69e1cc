/** fzlint command line: parses flags, expands paths, lints, formats, and picks the exit code. */
import {fstatSync, promises as fs, writeFileSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {DEFAULT_MAX_FILE_TIME_MS, fatalResult, type LintResult, type LintTimings, type RuleMeta} from '@fzlint/core'
import {LINTABLE_EXTENSIONS, lintFile, normaliseEncodingName, NOT_A_REPORT_ID, SUPPORTED_ENCODINGS, type Encoding} from '@fzlint/core/io'
import {countNoun, findStreamingFormatter, findStreamingStepSummaryFormatter, fingerprintScope, formatters, prepareResult, type FormatterStream, type PreparedResult} from '@fzlint/formatters'
import {ConfigError, type FileConfig} from '@fzlint/config'
import {builtinRules, ConfigUsageError, createResolverFromFlags} from '@fzlint/builtin'
import {isColorWanted} from './color.js'
import {describeMisplacedFlag, describeUnknownOption, findMisplacedFlag} from './command-flags.js'
import {initConfig, lintOptionsFor, printConfig} from './configuration.js'
import {expandPaths} from './expand-paths.js'
import {isFileWriteError, openOutputFile} from './file-system-errors.js'
import {fixFile} from './fix.js'
import {readRuleDocs} from './rule-docs.js'
import {
  applySuppressions,
  pruneSuppressions,
  readSuppressions,
  resolveSuppressionsPath,
  suppressAll,
  SuppressionsError,
  writeSuppressions,
} from './suppressions.js'
import {printOutline} from './outline.js'
import {findUnprintableFormat, isStreamPath, lintStandardInput, readStandardInput, readStreamPath, STDIN_DISPLAY_NAME, type StandardInputFix} from './standard-input.js'
import {formatTimings, timingRowsFromEnv} from './timing.js'
import {USAGE} from './usage.js'
import packageJson from '../package.json' with {type: 'json'}
import type {CliIo} from './cli-io.js'
import type {LintedFile} from '@fzlint/pool'

export type {CliIo} from './cli-io.js'

/**
 * Standard output. Redirected into a file (`fzlint … > report.sarif`, as CI runs it), each piece goes to the file with
 * writeFileSync, which encodes the string in one pass (and finishes a short write): process.stdout's file stream first
 * copies every string into a Buffer of its own (85 MB of SARIF for 10,000 reports: 0.19 s of this thread against 0.12 s).
 * A terminal or a pipe keeps process.stdout.
 */
function stdoutWriter(): (text: string) => void {
  let isFile = false
  try {
    isFile = fstatSync(1).isFile()
  } catch {
    // No standard output to ask about (closed): process.stdout says what there is to say.
  }
  return isFile ? (text) => writeFileSync(1, text) : (text) => process.stdout.write(text)
}

const defaultIo = (): CliIo => ({
  stdout: stdoutWriter(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
})

const OPTIONS = {
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  quiet: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  encoding: {type: 'string'},
  'max-file-size': {type: 'string'},
  'max-file-time': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  rule: {type: 'string', multiple: true},
  profile: {type: 'string'},
  init: {type: 'boolean'},
  'print-config': {type: 'string'},
  'report-unused-disable-directives': {type: 'boolean'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'suppress-all': {type: 'boolean'},
  'prune-suppressions': {type: 'boolean'},
  'suppressions-location': {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  report: {type: 'string', multiple: true},
  previous: {type: 'string'},
  jobs: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} satisfies ParseArgsConfig['options']

export class UsageError extends Error {}

function parseNonNegativeInteger(value: string, flag: string): number {
  if (!/^\d+$/u.test(value)) throw new UsageError(`${flag} 需要一个非负整数，收到 “${value}” / ${flag} expects a non-negative integer`)
  return Number(value)
}

/** `--max-file-time <seconds>` in milliseconds: 30 s when not given, 0 for no limit. */
function parseMaxFileTime(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_TIME_MS
  if (!/^\d+(?:\.\d+)?$/u.test(value) || !Number.isFinite(Number(value))) {
    throw new UsageError(`--max-file-time 需要非负的秒数（0 表示不限），收到 “${value}” / --max-file-time expects seconds (0: no limit)`)
  }
  return Number(value) * 1000
}

function parseEncoding(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined
  const encoding = normaliseEncodingName(value)
  if (!encoding) throw new UsageError(`不支持的编码 “${value}”，可选 ${SUPPORTED_ENCODINGS.join('、')} / unsupported encoding`)
  return encoding
}

function keepErrorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2)
  return {...result, messages, warningCount: 0, fixableWarningCount: 0}
}

/**
 * The worker pool (@fzlint/pool), batch review (@fzlint/review) and the local page server load only when a run needs
 * them: their Node built-ins (worker_threads, http, child_process) are a measurable part of a one-file run's start-up.
 */
const loadReview = () => import('@fzlint/review')
const loadPool = () => import('@fzlint/pool')

/**
 * The pool's lint worker as the `fzlint` package runs it: bin/pool-worker.js, which serves it from the CLI's own bundle
 * with a code cache. At ../bin/ from this bundle (dist/cli.cjs) and from these sources (src/cli.ts) alike.
 */
function findPoolWorkerLauncher(): string {
  return fileURLToPath(new URL('../bin/pool-worker.js', import.meta.url))
}

/** Text written to stdout or stderr is gathered up to this many characters and written at once (fewer writes). */
const WRITE_CHUNK_CHARS = 64 * 1024

/**
 * Files above which the plain command starts workers without being asked (--jobs). Measured on 2 cores (bench):
 * this thread alone lints 1,000 reports in 1.1 s and 3,000 in 2.45 s, with one worker beside it 1.3 s and 2.45 s.
 * A worker pays to start, compile and warm up on its own, and on 2 cores it competes with this thread's own
 * compiler and garbage-collector threads; so there the pool starts only for very large batches. With more cores
 * a worker has a core to itself and pays back far sooner (not measured here: 200 is the earlier, cautious figure).
 */
const POOL_MIN_FILES = availableParallelism() > 2 ? 200 : 3000

/**
 * Runs of up to this many files have the hard stop in this thread too (runWithHardStop: a file stuck inside one call,
 * such as a backtracking regular expression, where no deadline check is reached, is terminated and the run goes on).
 * It costs a watchdog thread per file: measured on this machine's 2 shared cores, 0.25–0.35 ms a file against
 * 0.55 ms to lint one warm (300 corpus reports: 165 ms → 240–280 ms). A save, a hook or a CI job on a few drafts
 * never notices that; a large batch would, so it relies on the cooperative checks in this thread, and `fzlint
 * review` (workers only, each terminated when stuck) is the run that bounds every file.
 */
const HARD_STOP_MAX_FILES = 100
const loadServeCommand = () => import('./serve-command.js')
const loadIndicatorsCommand = () => import('./indicators.js')
/** The cache (and through it @fzlint/review's store and node:crypto) loads only for --cache. */
const loadLintCache = () => import('./lint-cache.js')

/** Usage errors of this module, of configuration, and of the lazily loaded commands (which mark theirs). */
function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || error instanceof ConfigUsageError || (error as {isUsageError?: unknown} | null)?.isUsageError === true
}

export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await runOrThrow(argv, io)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SuppressionsError || isFileWriteError(error)) {
      io.stderr(`fzlint: ${(error as Error).message}\n`)
      return 2
    }
    if (isUsageError(error) || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`fzlint: ${(error as Error).message}\n运行 fzlint --help 查看用法 / run fzlint --help for usage\n`)
      return 2
    }
    throw error
  }
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    const message = describeUnknownOption(error, Object.keys(OPTIONS))
    throw message === undefined ? error : new UsageError(message)
  }
}

async function runOrThrow(argv: string[], io: CliIo): Promise<number> {
  // `serve` has flags of its own (--port, --host, --no-open) and none of the linting ones.
  if (argv[0] === 'serve') return (await loadServeCommand()).runServeCommand(argv.slice(1), io)
  // `indicators` reads figures only: its own flags (--format json|csv, -o), no rule or formatter.
  if (argv[0] === 'indicators') return (await loadIndicatorsCommand()).runIndicatorsCommand(argv.slice(1), io, packageJson.version)
  const {values, positionals} = parseFlags(argv)
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout(`${packageJson.version}\n`)
    return 0
  }
  const readOptions = {
    encoding: parseEncoding(values.encoding),
    maxBytes: values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']) * 1024 * 1024,
    // Files are read one after another, with nothing to do meanwhile: blocking reads save a round trip per file.
    isBlocking: true,
  }
  if (readOptions.maxBytes !== undefined && !(readOptions.maxBytes > 0)) {
    throw new UsageError(`--max-file-size 需要正数（MB）/ --max-file-size expects a positive number of MB`)
  }

  const maxFileTimeMs = parseMaxFileTime(values['max-file-time'])

  if (positionals[0] === 'outline') {
    if (positionals.length !== 2) throw new UsageError('outline 需要且只需要一个文件 / outline takes exactly one file')
    return printOutline(resolve(io.cwd, positionals[1]!), readOptions, io)
  }

  const misplaced = findMisplacedFlag(positionals[0] === 'review' ? 'review' : 'lint', values)
  if (misplaced) throw new UsageError(describeMisplacedFlag(positionals[0] === 'review' ? 'review' : 'lint', misplaced))
  if (values['cache-location'] !== undefined && !values.cache) {
    throw new UsageError('--cache-location 需与 --cache 一起使用 / --cache-location takes effect only with --cache')
  }

  if (values.init) {
    const {path, profile} = await initConfig(io.cwd, positionals[0], readOptions, packageJson.version)
    io.stdout(`已写入 / wrote ${path}（profile: ${profile}）\n`)
    return 0
  }
  const resolver = createResolverFromFlags(values, io.cwd)
  if (positionals[0] === 'review') {
    const rulesMeta = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta]))
    const {runReviewCommand} = await loadReview()
    const cacheDirectory = values.cache ? (await loadLintCache()).resolveCacheDirectory(io.cwd, values['cache-location']) : undefined
    return runReviewCommand({paths: positionals.slice(1), flags: values, read: readOptions, io, expandPaths, rulesMeta, version: packageJson.version, cacheDirectory, maxFileTimeMs})
  }
  if (values['print-config'] !== undefined) {
    io.stdout(await printConfig(resolve(io.cwd, values['print-config']), resolver, readOptions))
    return 0
  }

  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename 需与 --stdin 一起使用 / --stdin-filename takes effect only with --stdin')
  }
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin 与文件参数只能选一个 / give files or --stdin, not both')
  if (positionals.length === 0 && !values.stdin) throw new UsageError('请给出要检查的文件或目录 / no files or directories given')
  const formatName = values.format ?? 'stylish'
  const formatter = findStreamingFormatter(formatName)
  if (!formatter) throw new UsageError(`未知的输出格式 “${formatName}”，可选 ${Object.keys(formatters).join('、')} / unknown format`)
  const maxWarnings = values['max-warnings'] === undefined ? -1 : parseNonNegativeInteger(values['max-warnings'], '--max-warnings')
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix 与 --fix-dry-run 只能选一个 / use either --fix or --fix-dry-run')
  if (values['suppress-all'] && values['prune-suppressions']) {
    throw new UsageError('--suppress-all 与 --prune-suppressions 只能选一个 / use either --suppress-all or --prune-suppressions')
  }
  const isFixing = Boolean(values.fix || values['fix-dry-run'])
  if (values.stdin && (values['suppress-all'] || values['prune-suppressions'])) {
    throw new UsageError('--stdin 不写任何文件，不能与 --suppress-all、--prune-suppressions 同用 / --stdin writes no file: no --suppress-all or --prune-suppressions')
  }
  const stdinPath = values['stdin-filename'] === undefined ? undefined : resolve(io.cwd, values['stdin-filename'])
  const unprintableFormat = values.stdin && values.fix && stdinPath ? findUnprintableFormat(stdinPath) : undefined
  if (unprintableFormat) {
    throw new UsageError(
      `--stdin --fix 只输出文本（.txt .md）：.${unprintableFormat} 的修复针对提取出的文字，无法还原为原格式 / --stdin --fix prints text only: fixes to a .${unprintableFormat} apply to its extracted text`,
    )
  }
  const suppressionsPath = resolveSuppressionsPath(io.cwd, values['suppressions-location'])
  // Read before linting, so a malformed file stops the run before any file is fixed.
  const suppressions = await readSuppressions(suppressionsPath)

  // Each file's configuration once: paths, the pool, the cache and the loop below all ask for it.
  const fileConfigs = new Map<string, FileConfig>()
  const configFor = (file: string) => {
    let fileConfig = fileConfigs.get(file)
    if (!fileConfig) {
      fileConfig = resolver.resolveForFile(file)
      fileConfigs.set(file, fileConfig)
    }
    return fileConfig
  }
  const isReportFile = (file: string) => configFor(file).matchesFiles !== false
  const {files, missing, unsupported, outsideFiles, unreadable} = values.stdin
    ? {files: [], missing: [], unsupported: [], outsideFiles: [], unreadable: []}
    : await expandPaths(positionals, io.cwd, {isReportFile})
  for (const path of missing) io.stderr(`fzlint: ${path}: 没有匹配的文件 / no such file or no matching files\n`)
  for (const path of unsupported) {
    io.stderr(`fzlint: ${path}: 匹配到的文件都不是 fzlint 能读的类型（${LINTABLE_EXTENSIONS.join(' ')}）/ matched only files of types fzlint does not read\n`)
  }
  for (const path of outsideFiles) {
    io.stderr(`fzlint: ${path}: 匹配到的文件都不在配置的 files 之内 / no matched file is among the configuration's "files"\n`)
  }
  for (const problem of unreadable) io.stderr(`fzlint: ${problem}\n`)
  const hasPathProblems = missing.length + unsupported.length + outsideFiles.length + unreadable.length > 0
  if (files.length === 0 && hasPathProblems) return 2
  // /dev/stdin or `<(…)`: read to the end like standard input; such a stream cannot take fixes back.
  const streamFiles = new Set(positionals.map((path) => resolve(io.cwd, path)).filter(isStreamPath))
  if (streamFiles.size > 0 && isFixing) {
    throw new UsageError(`${[...streamFiles][0]} 不是普通文件，修复无法写回；请用 --stdin --fix 输出修复后的文本 / not a regular file, fixes cannot be written back; use --stdin --fix`)
  }

  const explicitFiles = new Set(positionals.map((path) => resolve(io.cwd, path)))
  /** Files whose fixes could not be written (read-only, no permission): the run fails, exit 2. */
  let hasUnwrittenFixes = false
  // Many files, or --jobs N: @fzlint/pool's workers share them out, and this thread lints from the same queue
  // beside the workers (each worker resolves the same configuration). Without --jobs the pool starts only for a
  // batch big enough to repay starting workers.
  const pool = values.previous || values.jobs !== undefined || (!isFixing && files.length > POOL_MIN_FILES) ? await loadPool() : undefined
  const jobs = pool?.parseJobs(values.jobs, (note) => io.stderr(note))
  const previousReport = values.previous ? await pool!.readPreviousReport(resolve(io.cwd, values.previous), readOptions) : undefined
  // TIMING=1: time per rule and per step, in this thread (so no workers: their time would be missing).
  const timingRows = timingRowsFromEnv(process.env['TIMING'])
  const timings: LintTimings | undefined = timingRows === undefined ? undefined : new Map()
  const reportUnusedDisableDirectives = values['report-unused-disable-directives'] ?? false
  const lintOptionsForFile = (fileConfig: FileConfig) => {
    const ownOptions = {...lintOptionsFor(fileConfig, readOptions, reportUnusedDisableDirectives), timings, maxFileTimeMs, hardStop: files.length <= HARD_STOP_MAX_FILES}
    return pool && previousReport ? pool.withPreviousReport(ownOptions, previousReport) : ownOptions
  }
  // --cache: results of unchanged files are read back. Not while fixing (the fixes need the text) nor under
  // TIMING (a cached file would show no time).
  const lintCache = values.cache && !isFixing && !timings && !values.stdin ? await loadLintCache() : undefined
  const cache = lintCache?.openLintCache({
    directory: lintCache.resolveCacheDirectory(io.cwd, values['cache-location']),
    version: packageJson.version,
    read: readOptions,
    reportUnusedDisableDirectives,
    previousContentHash: values.previous ? lintCache.hashFile(resolve(io.cwd, values.previous)) : undefined,
  })

  // --suppress-all and --prune-suppressions write a baseline from every result before any is reported (it hides
  // them): only these runs hold all results.
  const heldResults: LintResult[] | undefined = values['suppress-all'] || values['prune-suppressions'] ? [] : undefined
  let baseline = suppressions
  let hasBaseline = Object.keys(baseline).length > 0
  const filesToLint = files.filter((file) => !streamFiles.has(file) && isReportFile(file) && !configFor(file).ignored)
  // A batch's V8 flags are the pool package's rules (batch-v8-flags.ts), set before any worker starts, as they hold
  // process-wide; a one-file run does not load the pool for them.
  if (filesToLint.length > 1) (await loadPool()).tuneV8ForBatch(filesToLint.length)
  const cachedResults = new Map<string, LintResult>()
  if (cache) {
    for (const file of filesToLint) {
      const cached = cache.lookUp(file, configFor(file))
      if (cached) cachedResults.set(file, cached)
    }
  }
  const usesPool = !isFixing && !timings && files.length > 1 && (jobs !== undefined ? jobs > 1 : files.length > POOL_MIN_FILES)
  // SARIF's and GitLab's fingerprints read the source and the sections of the report: the thread that lints a file
  // makes them from its lint's own sections when the result is formatted as it comes (no --quiet, no baseline to
  // filter it first); a pool worker then leaves the text out of its reply unless the cache, which stores whole
  // results, or a filtered result's fingerprints need it.
  const isFormattedAsLinted = !values.quiet && !hasBaseline && !heldResults
  const prepareFor = fingerprintScope(formatName) !== undefined && isFormattedAsLinted ? formatName : undefined
  /** A file linted in this thread, with its fingerprints when they are made where the result is (prepareFor). */
  const lintHere = async (file: string, lintOptions = lintOptionsForFile(configFor(file))): Promise<LintedFile> => {
    const linted = await lintFile(file, lintOptions)
    return {result: linted.result, prepared: prepareFor ? prepareResult(linted.result, prepareFor, io.cwd, linted) : undefined}
  }
  // The files the pool lints; every other file (skipped, cached, a stream) is settled in this thread, in order.
  const pooledFiles = usesPool ? filesToLint.filter((file) => !cachedResults.has(file)) : []
  // The workers start here, before the report is opened and SARIF's rule help read, so that they load and compile
  // meanwhile: the batch's second core is idle until a worker takes its first file.
  const lintPool =
    pooledFiles.length > 0
      ? pool!.startLintPool({
          // Workers stop a file at the same limit, and the pool terminates one still running past it.
          config: {...pool!.configInputsFromFlags(values, io.cwd, readOptions), maxFileTimeMs},
          jobs,
          previousPath: values.previous && resolve(io.cwd, values.previous),
          keepSource: cache !== undefined || (fingerprintScope(formatName) !== undefined && prepareFor === undefined),
          prepareFor,
          lintInThisThread: lintHere,
          workerScript: findPoolWorkerLauncher(),
        })
      : undefined

  // The report is written a file at a time, as each file finishes and in the order of `files`, and nothing of a
  // result is kept but what the closing lines need: the counts, and the few messages repeated on stderr.
  // The built-in rules and those of any plugin the configuration loaded, for the formats that describe rules.
  const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(resolver.knownRules().map((rule) => [rule.meta.id, rule.meta]))
  const color = isColorWanted({
    flag: values['no-color'] ? false : values.color ? true : undefined,
    env: process.env,
    isTTY: io.isTTY,
    hasOutputFile: values['output-file'] !== undefined,
  })
  // Only SARIF embeds rule help, and reading every README costs time on each run.
  const ruleDocs = formatName === 'sarif' ? await readRuleDocs(Object.keys(rulesMeta)) : undefined
  const formatterContext = {cwd: io.cwd, color, rulesMeta, ruleDocs, toolVersion: packageJson.version}
  const stepSummary = findStreamingStepSummaryFormatter(formatName)
  const summaryPath = process.env['GITHUB_STEP_SUMMARY']
  const summaryStream = stepSummary && summaryPath ? stepSummary({...formatterContext, color: false}) : undefined
  // A dry run's stdout is the patch (`fzlint --fix-dry-run … > fixes.patch`), and `--stdin --fix`'s the fixed
  // text, so the report goes to stderr, after the notes on the files (a fixing run is never large).
  const isReportOnStderr = Boolean(values['fix-dry-run'] || (values.stdin && values.fix))
  const report = values['output-file'] ? await openReportFile(resolve(io.cwd, values['output-file'])) : openReportStream(isReportOnStderr ? io.stderr : io.stdout, isReportOnStderr)
  const reportStream: FormatterStream = formatter(formatterContext)
  report.write(reportStream.start())
  summaryStream?.start()

  // What the closing lines need, gathered as results go by.
  let resultCount = 0
  let errorCount = 0
  let warningCount = 0
  let unusedSuppressionCount = 0
  const unreadableMessages: string[] = []
  const crashMessages: string[] = []
  const notReportMessages: string[] = []
  // A file that could not be read, or is not a report, was not checked: say so on stderr too (stdout may be JSON).
  const describeUnchecked = (result: LintResult, message: LintResult['messages'][number]) =>
    message.message.includes(result.filePath) ? message.message : `${result.filePath}: ${message.message}`
  /** `prepared`: the format's fingerprints, made by the pool worker that linted the file (valid for the result as it was). */
  const writeResult = (result: LintResult, prepared?: PreparedResult) => {
    resultCount++
    for (const message of result.messages) {
      if (message.fatal && message.ruleId === null) unreadableMessages.push(describeUnchecked(result, message))
      // A rule that threw is a fault of fzlint or a plugin, not a finding in the report: exit 2, and the rule named
      // on stderr. Its result keeps the fatal message with the rule's id (the JSON shape is unchanged).
      else if (message.fatal) crashMessages.push(describeUnchecked(result, message))
      if (message.ruleId === NOT_A_REPORT_ID) notReportMessages.push(describeUnchecked(result, message))
    }
    // Without a baseline (the usual run) every result is reported as it is.
    const suppressed = hasBaseline ? applySuppressions([result], baseline, suppressionsPath) : undefined
    unusedSuppressionCount += suppressed?.unusedCount ?? 0
    const reported = suppressed ? suppressed.results[0]! : result
    errorCount += reported.errorCount
    warningCount += reported.warningCount
    const shown = values.quiet ? keepErrorsOnly(reported) : reported
    report.write(reportStream.add(shown, shown === result ? prepared : undefined))
    summaryStream?.add(shown)
  }
  const finishResult = (result: LintResult, prepared?: PreparedResult) => (heldResults ? heldResults.push(result) : writeResult(result, prepared))

  if (values.stdin) {
    const filePath = stdinPath ?? STDIN_DISPLAY_NAME
    const displayPath = stdinPath === undefined ? STDIN_DISPLAY_NAME : relative(io.cwd, stdinPath).split(sep).join('/') || stdinPath
    // Without --stdin-filename, configuration is looked up from the working folder, as for a file there.
    const fileConfig = resolver.resolveForFile(stdinPath ?? join(io.cwd, STDIN_DISPLAY_NAME))
    const bytes = await (io.readStdin ?? readStandardInput)()
    const writeBytes = io.stdoutBytes ?? ((chunk: Uint8Array) => io.stdout(Buffer.from(chunk).toString('utf8')))
    if (fileConfig.ignored || fileConfig.matchesFiles === false) {
      if (fileConfig.ignored) io.stderr(`fzlint: ${displayPath}: 已按忽略规则跳过 / ignored by configuration\n`)
      // Passed through unchanged, so `--stdin --fix` in an editor never empties an ignored file.
      if (values.fix) writeBytes(bytes)
    } else {
      const fix: StandardInputFix = values.fix ? 'fix' : values['fix-dry-run'] ? 'dry-run' : 'none'
      const linted = await lintStandardInput(bytes, filePath, {lint: lintOptionsForFile(fileConfig), fix, displayPath})
      if (linted.skippedReason) io.stderr(`fzlint: ${displayPath}: ${linted.skippedReason}\n`)
      if (typeof linted.output === 'string') io.stdout(linted.output)
      else if (linted.output) writeBytes(linted.output)
      finishResult(linted.result)
    }
  }

  /** A file's result when it is not the pool's to lint (undefined: skipped, with a note where one is due). */
  const resultOf = async (file: string): Promise<LintedFile | undefined> => {
    const fileConfig = configFor(file)
    // Not a report by the configuration's `files`: skipped without a word (a hook passes README.md too).
    if (fileConfig.matchesFiles === false) return undefined
    if (fileConfig.ignored) {
      if (explicitFiles.has(file)) io.stderr(`fzlint: ${file}: 已按忽略规则跳过 / ignored by configuration\n`)
      return undefined
    }
    const lintOptions = lintOptionsForFile(fileConfig)
    if (streamFiles.has(file)) {
      const bytes = await readStreamPath(file, io.readStdin ?? readStandardInput)
      return {result: 'reason' in bytes ? fatalResult(file, bytes.reason) : (await lintStandardInput(bytes, file, {lint: lintOptions, fix: 'none', displayPath: file})).result}
    }
    if (!isFixing) {
      const cached = cachedResults.get(file)
      if (cached) {
        cachedResults.delete(file)
        return {result: cached}
      }
      const linted = await lintHere(file, lintOptions)
      cache?.store(linted.result)
      return linted
    }
    const displayPath = relative(io.cwd, file).split(sep).join('/') || file
    const fixed = await fixFile(file, {lint: lintOptions, isDryRun: Boolean(values['fix-dry-run']), displayPath})
    if (fixed.notice) io.stderr(`fzlint: ${displayPath}: ${fixed.notice}\n`)
    if (fixed.skippedReason) io.stderr(`fzlint: ${displayPath}: ${fixed.skippedReason}\n`)
    if (fixed.isWriteRefused) hasUnwrittenFixes = true
    if (fixed.patch) io.stdout(fixed.patch)
    return {result: fixed.result}
  }

  if (lintPool) {
    // Every other file (skipped, cached, a stream) is settled first, in order, and written when its turn comes
    // between the pool's results, which come back in the order given.
    const isPooled = new Set(pooledFiles)
    const settled = new Map<string, LintedFile | undefined>()
    for (const file of files) if (!isPooled.has(file)) settled.set(file, await resultOf(file))
    let cursor = 0
    const writeSettledUpTo = (stop: string | undefined) => {
      for (; cursor < files.length && files[cursor] !== stop; cursor++) {
        const file = files[cursor]!
        const linted = settled.get(file)
        settled.delete(file)
        if (linted) finishResult(linted.result, linted.prepared)
      }
      if (stop !== undefined) cursor++
    }
    await lintPool.lintFiles(
      pooledFiles,
      (result, index, prepared) => {
        writeSettledUpTo(pooledFiles[index])
        cache?.store(result)
        finishResult(result, prepared)
      },
    )
    writeSettledUpTo(undefined)
  } else {
    for (const file of files) {
      const linted = await resultOf(file)
      if (linted) finishResult(linted.result, linted.prepared)
    }
  }
  if (timings) io.stderr(`${formatTimings(timings, timingRows!, resultCount + (heldResults?.length ?? 0))}\n`)
  if (heldResults) {
    baseline = values['suppress-all'] ? suppressAll(suppressions, heldResults, suppressionsPath) : pruneSuppressions(suppressions, heldResults, suppressionsPath)
    await writeSuppressions(suppressionsPath, baseline)
    hasBaseline = Object.keys(baseline).length > 0
    io.stderr(`fzlint: 已写入 / wrote ${relative(io.cwd, suppressionsPath) || suppressionsPath}\n`)
    for (const result of heldResults.splice(0)) writeResult(result)
  }
  if (unusedSuppressionCount > 0 && !values['prune-suppressions']) {
    io.stderr(`fzlint: ${unusedSuppressionCount} 条抑制记录已多于现有问题，可用 --prune-suppressions 清理 / ${countNoun(unusedSuppressionCount, 'suppression')} exceed${unusedSuppressionCount === 1 ? 's' : ''} current findings; run --prune-suppressions\n`)
  }
  // Plugins load with the configuration of the files that name them, after the report began: their rules' meta
  // joins the context here, for the formats that describe rules at the end (SARIF).
  for (const rule of resolver.knownRules()) rulesMeta[rule.meta.id] ??= rule.meta
  report.write(reportStream.end())
  const problem = await report.close()
  if (summaryStream && summaryPath) {
    await fs.appendFile(summaryPath, summaryStream.end()).catch((error: NodeJS.ErrnoException) => {
      io.stderr(`fzlint: 无法写入 GITHUB_STEP_SUMMARY (${error.code}) / cannot append the job summary\n`)
    })
  }
  if (problem !== undefined) {
    io.stderr(`fzlint: ${problem}\n`)
    return 2
  }

  // Only the unreadable exits 2; a text that is not a report is a warning like any other (exit 1 only under
  // --max-warnings), so a README swept up by a folder or a hook does not fail the run.
  for (const message of [...unreadableMessages, ...crashMessages, ...notReportMessages]) io.stderr(`fzlint: ${message}\n`)
  if (unreadableMessages.length > 0 || crashMessages.length > 0 || hasPathProblems || hasUnwrittenFixes) return 2
  if (errorCount > 0) return 1
  if (maxWarnings >= 0 && warningCount > maxWarnings) {
    io.stderr(`fzlint: 警告 ${warningCount} 个，超过上限 ${maxWarnings} / too many warnings (${warningCount} > ${maxWarnings})\n`)
    return 1
  }
  return 0
}

/** Where the report goes, a piece at a time; `close` returns the problem that kept it from being written, if any. */
interface ReportOutput {
  write(text: string): void
  close(): Promise<string | undefined>
}

/**
 * The report on stdout (or stderr), in writes of up to WRITE_CHUNK_CHARS; a line break is added at the end if the
 * report does not end with one. `isHeldToEnd` keeps it all until `close` (a fixing run's report on stderr, after
 * the notes on its files).
 */
function openReportStream(write: (text: string) => void, isHeldToEnd: boolean): ReportOutput {
  let pending = ''
  let lastCharacter = ''
  return {
    write(text) {
      if (text === '') return
      pending += text
      lastCharacter = text[text.length - 1]!
      if (!isHeldToEnd && pending.length >= WRITE_CHUNK_CHARS) {
        write(pending)
        pending = ''
      }
    },
    async close() {
      if (lastCharacter !== '' && lastCharacter !== '\n') pending += '\n'
      if (pending !== '') write(pending)
      pending = ''
      return undefined
    },
  }
}

/** `--output-file`: the report written into the file as it comes (a problem opening or writing it is reported at `close`). */
async function openReportFile(target: string): Promise<ReportOutput> {
  const file = await openOutputFile(target)
  if (typeof file === 'string') return {write() {}, close: async () => file}
  let pending = ''
  let problem: string | undefined
  const flush = () => {
    if (pending === '' || problem !== undefined) return
    problem = file.write(pending)
    pending = ''
  }
  return {
    write(text) {
      pending += text
      if (pending.length >= WRITE_CHUNK_CHARS) flush()
    },
    async close() {
      flush()
      const closing = file.close()
      return problem ?? closing
    },
  }
}
