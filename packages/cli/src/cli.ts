/** fzlint command line: parses flags, expands paths, lints, formats, and picks the exit code. */
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {LintResult, RuleMeta} from '@fzlint/core'
import {lintFile, normaliseEncodingName, SUPPORTED_ENCODINGS, type Encoding} from '@fzlint/core/io'
import {findFormatter, formatters} from '@fzlint/formatters'
import {ConfigError} from '@fzlint/config'
import {builtinRules} from './builtin-rules.js'
import {ConfigUsageError, createResolverFromFlags, initConfig, lintOptionsFor, printConfig} from './configuration.js'
import {expandPaths} from './expand-paths.js'
import {printOutline} from './outline.js'
import {USAGE} from './usage.js'
import packageJson from '../package.json' with {type: 'json'}

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY: boolean
}

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
})

const OPTIONS = {
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  quiet: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  encoding: {type: 'string'},
  'max-file-size': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  rule: {type: 'string', multiple: true},
  profile: {type: 'string'},
  init: {type: 'boolean'},
  'print-config': {type: 'string'},
  'report-unused-disable-directives': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} satisfies ParseArgsConfig['options']

export class UsageError extends Error {}

function parseNonNegativeInteger(value: string, flag: string): number {
  if (!/^\d+$/u.test(value)) throw new UsageError(`${flag} 需要一个非负整数，收到 “${value}” / ${flag} expects a non-negative integer`)
  return Number(value)
}

function parseEncoding(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined
  const encoding = normaliseEncodingName(value)
  if (!encoding) throw new UsageError(`不支持的编码 “${value}”，可选 ${SUPPORTED_ENCODINGS.join('、')} / unsupported encoding`)
  return encoding
}

function keepErrorsOnly(results: LintResult[]): LintResult[] {
  return results.map((result) => {
    const messages = result.messages.filter((message) => message.severity === 2)
    return {...result, messages, warningCount: 0, fixableWarningCount: 0}
  })
}

export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await runOrThrow(argv, io)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`fzlint: ${error.message}\n`)
      return 2
    }
    if (error instanceof UsageError || error instanceof ConfigUsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`fzlint: ${(error as Error).message}\n运行 fzlint --help 查看用法 / run fzlint --help for usage\n`)
      return 2
    }
    throw error
  }
}

async function runOrThrow(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true})
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
  }
  if (readOptions.maxBytes !== undefined && !(readOptions.maxBytes > 0)) {
    throw new UsageError(`--max-file-size 需要正数（MB）/ --max-file-size expects a positive number of MB`)
  }

  if (positionals[0] === 'outline') {
    if (positionals.length !== 2) throw new UsageError('outline 需要且只需要一个文件 / outline takes exactly one file')
    return printOutline(resolve(io.cwd, positionals[1]!), readOptions, io)
  }

  if (values.init) {
    const {path, profile} = await initConfig(io.cwd, positionals[0], readOptions)
    io.stdout(`已写入 / wrote ${path}（profile: ${profile}）\n`)
    return 0
  }
  const resolver = createResolverFromFlags(values, io.cwd)
  if (values['print-config'] !== undefined) {
    io.stdout(await printConfig(resolve(io.cwd, values['print-config']), resolver, readOptions))
    return 0
  }

  if (positionals.length === 0) throw new UsageError('请给出要检查的文件或目录 / no files or directories given')
  const formatName = values.format ?? 'stylish'
  const formatter = findFormatter(formatName)
  if (!formatter) throw new UsageError(`未知的输出格式 “${formatName}”，可选 ${Object.keys(formatters).join('、')} / unknown format`)
  const maxWarnings = values['max-warnings'] === undefined ? -1 : parseNonNegativeInteger(values['max-warnings'], '--max-warnings')

  const {files, missing} = await expandPaths(positionals, io.cwd)
  for (const path of missing) io.stderr(`fzlint: ${path}: 没有匹配的文件 / no such file or no matching files\n`)
  if (files.length === 0 && missing.length > 0) return 2

  const explicitFiles = new Set(positionals.map((path) => resolve(io.cwd, path)))
  const results: LintResult[] = []
  for (const file of files) {
    const fileConfig = resolver.resolveForFile(file)
    if (fileConfig.ignored) {
      if (explicitFiles.has(file)) io.stderr(`fzlint: ${file}: 已按忽略规则跳过 / ignored by configuration\n`)
      continue
    }
    const {result} = await lintFile(file, lintOptionsFor(fileConfig, readOptions, values['report-unused-disable-directives'] ?? false))
    results.push(result)
  }
  const shown = values.quiet ? keepErrorsOnly(results) : results
  const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta]))
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !values['output-file']
  const output = formatter(shown, {cwd: io.cwd, color, rulesMeta})
  if (values['output-file']) {
    const target = resolve(io.cwd, values['output-file'])
    await mkdir(dirname(target), {recursive: true})
    await writeFile(target, output)
  } else if (output !== '') {
    io.stdout(output.endsWith('\n') ? output : `${output}\n`)
  }

  const hasFatal = results.some((result) => result.fatalErrorCount > 0 && result.messages.some((m) => m.fatal && m.ruleId === null))
  if (hasFatal || missing.length > 0) return 2
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errorCount > 0) return 1
  if (maxWarnings >= 0 && warningCount > maxWarnings) {
    io.stderr(`fzlint: 警告 ${warningCount} 个，超过上限 ${maxWarnings} / too many warnings (${warningCount} > ${maxWarnings})\n`)
    return 1
  }
  return 0
}
