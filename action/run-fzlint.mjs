#!/usr/bin/env node
/**
 * The fzlint GitHub Action's step: installs the fzlint package into a private folder, runs it on the paths of
 * the `paths` input, and writes the step outputs (exit code, error and warning counts, the results file).
 *
 * It runs on the runner's own `node` and `npm` and installs nothing global, so the caller's Node version and
 * package manager stay as they were. Inputs arrive as environment variables (action.yml maps them): an input
 * pasted into a shell script could inject code, and a shell would split and expand the paths itself.
 *
 *   FZLINT_PATHS        one file, folder or glob per line; passed to fzlint as they are (fzlint expands globs)
 *   FZLINT_FORMAT       stylish | json | sarif | github | junit | gitlab
 *   FZLINT_ARGS         further flags, split at spaces; quotes ('…' or "…") keep spaces; nothing is expanded
 *   FZLINT_OUTPUT_FILE  where the results go; empty: fzlint.sarif for sarif, otherwise the log
 *   FZLINT_PACKAGE      what `npm install` installs: an npm spec or a tarball; empty: fzlint@<this action's version>
 *
 * Written for any Node the runner has (no dependencies, nothing newer than Node 18), so a too old Node
 * gets fzlint's own clear message rather than a syntax error from this file.
 */
import {spawnSync} from 'node:child_process'
import {createHash, randomBytes} from 'node:crypto'
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const ACTION_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']
/** Flags the action sets itself from its inputs; given again in `args` they would fight over the output. */
const FLAGS_OWNED_BY_INPUTS = ['--format', '-f', '--output-file', '-o']

class ActionInputError extends Error {}

function log(text) {
  process.stdout.write(`${text}\n`)
}

/** fzlint's subcommands: a first path spelled like one would start that command instead of linting a folder. */
const SUBCOMMANDS = ['outline', 'review', 'serve']

/** `paths`: one path or glob per line, so that spaces inside a path and `**` reach fzlint untouched. */
function splitPathLines(text) {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (SUBCOMMANDS.includes(line) ? `./${line}` : line))
}

/**
 * `args`: split at whitespace like a shell would, with '…' and "…" keeping spaces, and nothing else: no
 * variables, globs or escapes, so an input cannot run or expand anything.
 */
function splitArguments(text) {
  const words = []
  let word = ''
  let hasWord = false
  let quote = ''
  for (const character of text) {
    if (quote) {
      if (character === quote) quote = ''
      else word += character
    } else if (character === '"' || character === "'") {
      quote = character
      hasWord = true
    } else if (/\s/u.test(character)) {
      if (hasWord) words.push(word)
      word = ''
      hasWord = false
    } else {
      word += character
      hasWord = true
    }
  }
  if (quote) throw new ActionInputError(`args 中的引号没有闭合 / unclosed ${quote} in args: ${text}`)
  if (hasWord) words.push(word)
  for (const flag of words) {
    const name = flag.split('=')[0]
    if (FLAGS_OWNED_BY_INPUTS.includes(name) || /^-[fo]./u.test(flag)) {
      throw new ActionInputError(`args 不能包含 ${name}：请用输入 format 和 output-file / ${name} belongs in the format or output-file input, not args`)
    }
  }
  return words
}

/** The version of this checkout of the action: the root package.json's, or else that of the package named fzlint. */
function readActionVersion(root = ACTION_ROOT) {
  const readManifest = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'))
    } catch {
      return undefined
    }
  }
  const rootVersion = readManifest(join(root, 'package.json'))?.version
  if (rootVersion) return rootVersion
  const packagesFolder = join(root, 'packages')
  const folders = existsSync(packagesFolder) ? readdirSync(packagesFolder) : []
  for (const folder of folders) {
    const manifest = readManifest(join(packagesFolder, folder, 'package.json'))
    if (manifest?.name === 'fzlint' && manifest.version) return manifest.version
  }
  return undefined
}

/** npm as the runner has it; on Windows npm is a .cmd file, which Node no longer spawns without a shell. */
function runNpm(args) {
  if (process.platform === 'win32') {
    const npmCli = join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')
    if (existsSync(npmCli)) return spawnSync(process.execPath, [npmCli, ...args], {stdio: ['ignore', 'inherit', 'inherit']})
  }
  return spawnSync('npm', args, {stdio: ['ignore', 'inherit', 'inherit']})
}

/**
 * Installs the package into a folder of its own under RUNNER_TEMP (npm --prefix, nothing saved) and returns the
 * path of its CLI. A second use of the action in the same job finds the folder and installs nothing.
 */
function installFzlint(packageSpec, temporaryRoot) {
  const key = createHash('sha256').update(packageSpec).digest('hex').slice(0, 12)
  const prefix = join(temporaryRoot, `fzlint-${key}`)
  const manifestPath = join(prefix, 'node_modules', 'fzlint', 'package.json')
  if (!existsSync(manifestPath)) {
    mkdirSync(prefix, {recursive: true})
    log(`::group::npm install ${packageSpec}`)
    const install = runNpm(['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-update-notifier', packageSpec])
    log('::endgroup::')
    if (install.error || install.status !== 0 || !existsSync(manifestPath)) {
      const reason = install.error ? install.error.message : `npm exit ${install.status}`
      throw new Error(`无法安装 ${packageSpec} / could not install ${packageSpec} (${reason})`)
    }
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.fzlint
  if (!bin) throw new Error(`${packageSpec} 没有 fzlint 命令 / has no fzlint command (package.json bin)`)
  return {cliPath: join(dirname(manifestPath), bin), version: manifest.version}
}

/** Appends `name=value` to GITHUB_OUTPUT, in the delimiter form, so that no value can add an output of its own. */
function writeOutputs(outputs) {
  const outputPath = process.env.GITHUB_OUTPUT
  if (!outputPath) return
  let text = ''
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `fzlint_${randomBytes(8).toString('hex')}`
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  }
  appendFileSync(outputPath, text)
}

/** Error and warning counts of a `--format json` results file; undefined when fzlint wrote none (a usage error). */
function countFindings(jsonPath) {
  let results
  try {
    results = JSON.parse(readFileSync(jsonPath, 'utf8'))
  } catch {
    return undefined
  }
  if (!Array.isArray(results)) return undefined
  let errors = 0
  let warnings = 0
  for (const result of results) {
    errors += result.errorCount ?? 0
    warnings += result.warningCount ?? 0
  }
  return {errors, warnings, files: results.length}
}

function runFzlint(cliPath, args, options) {
  return spawnSync(process.execPath, [cliPath, ...args], {cwd: options.cwd, env: options.env, stdio: options.stdio, maxBuffer: 1024 ** 3})
}

function main() {
  const env = process.env
  const cwd = env.GITHUB_WORKSPACE || process.cwd()
  const format = (env.FZLINT_FORMAT || 'sarif').trim()
  if (!FORMATS.includes(format)) throw new ActionInputError(`未知的格式 “${format}”，可选 ${FORMATS.join('、')} / unknown format`)
  const paths = splitPathLines(env.FZLINT_PATHS ?? '.')
  if (paths.length === 0) throw new ActionInputError('paths 为空 / the paths input names no file, folder or glob')
  const extraArgs = splitArguments(env.FZLINT_ARGS ?? '')
  // Annotations are workflow commands, which the runner reads from the log only: `github` always prints there.
  const outputFile = format === 'github' ? '' : (env.FZLINT_OUTPUT_FILE ?? '').trim() || (format === 'sarif' ? 'fzlint.sarif' : '')
  if (format === 'github' && (env.FZLINT_OUTPUT_FILE ?? '').trim()) {
    log('fzlint: format github 的注释只能写到日志，忽略 output-file / github annotations go to the log; output-file is not used')
  }

  const version = readActionVersion()
  const packageSpec = (env.FZLINT_PACKAGE ?? '').trim() || (version ? `fzlint@${version}` : 'fzlint')
  const temporaryRoot = env.RUNNER_TEMP || tmpdir()
  const {cliPath, version: installedVersion} = installFzlint(packageSpec, temporaryRoot)
  log(`fzlint ${installedVersion}: ${paths.join(', ')}`)

  // `--` ends the flags: a path that starts with a dash is still a path.
  const pathArgs = ['--', ...paths]
  const outputArgs = outputFile ? ['--output-file', outputFile] : []
  // A results file left by an earlier step is not this run's: only one fzlint (re)wrote is named in the outputs.
  const modifiedBefore = outputFile ? statSync(resolve(cwd, outputFile), {throwIfNoEntry: false})?.mtimeMs : undefined
  const run = runFzlint(cliPath, ['--format', format, ...outputArgs, ...extraArgs, ...pathArgs], {cwd, env, stdio: ['ignore', 'inherit', 'inherit']})
  if (run.error) throw run.error
  const exitCode = run.status ?? 2

  // The counts come from a second run with --format json: every format then gives the same numbers, read from
  // the results themselves rather than from text meant for people or other tools. Linting again costs little
  // beside installing; the job summary is left out of it, so it is written once.
  const countsFolder = mkdtempSync(join(temporaryRoot, 'fzlint-counts-'))
  const countsPath = join(countsFolder, 'results.json')
  const {GITHUB_STEP_SUMMARY: _summary, ...countingEnv} = env
  runFzlint(cliPath, ['--format', 'json', '--output-file', countsPath, ...extraArgs, ...pathArgs], {cwd, env: countingEnv, stdio: 'ignore'})
  const counts = countFindings(countsPath)
  rmSync(countsFolder, {recursive: true, force: true})

  const modifiedAfter = outputFile ? statSync(resolve(cwd, outputFile), {throwIfNoEntry: false})?.mtimeMs : undefined
  const writtenFile = modifiedAfter !== undefined && modifiedAfter !== modifiedBefore ? outputFile : ''
  writeOutputs({
    'exit-code': exitCode,
    errors: counts ? counts.errors : '',
    warnings: counts ? counts.warnings : '',
    'output-file': writtenFile,
  })
  // fzlint writes the github format's own summary (a table of every finding); the other formats get the counts.
  if (format !== 'github' && env.GITHUB_STEP_SUMMARY && counts) {
    const where = writtenFile ? `，结果见 / results in \`${writtenFile}\`` : ''
    appendFileSync(
      env.GITHUB_STEP_SUMMARY,
      `### fzlint\n\n${counts.errors} 个错误，${counts.warnings} 个警告，共 ${counts.files} 个文件${where} / ${counts.errors} errors, ${counts.warnings} warnings in ${counts.files} files (exit code ${exitCode})\n`,
    )
  }
  if (counts) log(`fzlint: ${counts.errors} errors, ${counts.warnings} warnings, exit code ${exitCode}`)
}

try {
  main()
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  // An annotation as well as a log line, so the reason is seen on the run's page.
  process.stdout.write(`::error title=fzlint action::${message.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')}\n`)
  writeOutputs({'exit-code': 2, errors: '', warnings: '', 'output-file': ''})
  process.exitCode = 2
}
