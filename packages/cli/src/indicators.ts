/**
 * `fzlint indicators FILE...`: every indicator of the catalogue each report states (rates with their counts, counts
 * stated alone), at its line and column in the file, as JSON (schemas/indicators-output.schema.json) or CSV.
 */
import {relative, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import {parseInput} from '@fzlint/core'
import {InputError, normaliseEncodingName, readInputFile, SUPPORTED_ENCODINGS, type ReadOptions} from '@fzlint/core/io'
import {countWordsData, createResolverFromFlags, findIndicators, indicatorsData, type IndicatorFinding} from '@fzlint/builtin'
import type {CliIo} from './cli-io.js'
import {describeUnknownOption} from './command-flags.js'
import {expandPaths} from './expand-paths.js'
import {FileWriteError, writeOutputFile} from './file-system-errors.js'
import type {IndicatorRow, IndicatorsOutput} from './indicators-schema.js'
// The CSV writer alone (not the review package's index), as `fzlint review --report x.csv` writes it.
import {formatCsv, type CsvValue} from '@fzlint/review/csv'
import {USAGE} from './usage.js'

export class IndicatorsUsageError extends Error {
  /** How the CLI, which loads this module lazily, tells a usage error (exit 2, with a pointer to --help). */
  readonly isUsageError = true
}

const OPTIONS = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  'output-file': {type: 'string'},
  config: {type: 'string', short: 'c'},
  encoding: {type: 'string'},
  'max-file-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const

const FORMATS = ['json', 'csv'] as const
type IndicatorsFormat = (typeof FORMATS)[number]

const CSV_COLUMNS = ['file', 'id', 'label', 'kind', 'value', 'unit', 'numerator', 'denominator', 'line', 'column', 'sentence'] as const

export async function runIndicatorsCommand(argv: string[], io: CliIo, version: string): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    const unknown = describeUnknownOption(error, Object.keys(OPTIONS))
    throw new IndicatorsUsageError(
      `${unknown ?? `indicators：${(error as Error).message}`}；indicators 的选项为 --format json|csv、-o/--output、-c/--config、--encoding、--max-file-size / indicators takes --format, -o, -c, --encoding, --max-file-size`,
    )
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  const format = (values.format ?? 'json') as IndicatorsFormat
  if (!FORMATS.includes(format)) throw new IndicatorsUsageError(`indicators 的输出格式只有 json、csv，收到 “${values.format}” / indicators prints json or csv`)
  if (positionals.length === 0) throw new IndicatorsUsageError('indicators 需要至少一个文件、目录或 glob / indicators takes one or more files, folders or globs')
  const readOptions: ReadOptions = {encoding: parseEncoding(values.encoding), maxBytes: parseMaxBytes(values['max-file-size']), isBlocking: true}
  const resolver = createResolverFromFlags({config: values.config}, io.cwd)

  let exitCode = 0
  const {files, missing, unsupported, outsideFiles, unreadable} = await expandPaths(positionals, io.cwd)
  for (const path of missing) io.stderr(`fzlint: ${path}: 没有匹配的文件 / no such file or no matching files\n`)
  for (const path of unsupported) io.stderr(`fzlint: ${path}: 匹配到的文件都不是 fzlint 能读的类型 / matched only files of types fzlint does not read\n`)
  for (const path of outsideFiles) io.stderr(`fzlint: ${path}: 没有可读的报告 / holds no report fzlint reads\n`)
  for (const path of unreadable) io.stderr(`fzlint: ${path}: 无法读取 / cannot be read\n`)
  if (missing.length + unsupported.length + outsideFiles.length + unreadable.length > 0) exitCode = 2

  const output: IndicatorsOutput = {version, files: []}
  for (const file of files) {
    const filePath = relative(io.cwd, file).split(sep).join('/') || file
    try {
      output.files.push({filePath, indicators: await readIndicators(file, readOptions, resolver)})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      io.stderr(`fzlint: ${error.message}\n`)
      output.files.push({filePath, indicators: [], error: error.message})
      exitCode = 2
    }
  }

  const text = format === 'csv' ? formatIndicatorsCsv(output) : `${JSON.stringify(output, null, 2)}\n`
  const target = values.output ?? values['output-file']
  if (target === undefined) io.stdout(text)
  else {
    const problem = await writeOutputFile(resolve(io.cwd, target), text)
    if (problem) throw new FileWriteError(problem)
  }
  return exitCode
}

async function readIndicators(file: string, readOptions: ReadOptions, resolver: ReturnType<typeof createResolverFromFlags>): Promise<IndicatorRow[]> {
  const input = await readInputFile(file, readOptions)
  const document = parseInput(input)
  // The configuration's data.indicators and data.count-words extend the catalogue, as they do for the rules. load
  // returns the same arrays for the same extensions, so findIndicators compiles the catalogue once per run, not per file.
  const data = resolver.resolveForFile(file).baseSettings.data ?? {}
  const findings = findIndicators(document, {indicators: indicatorsData.load(data[indicatorsData.name]), countWords: countWordsData.load(data[countWordsData.name])})
  const map = input.positionMap
  const place = (offset: number) => (map ? map.toOriginal(offset) : document.locator.toPoint(offset))
  return findings.map((finding) => toRow(finding, place(finding.offset)))
}

function toRow(finding: IndicatorFinding, place: {line: number; column: number}): IndicatorRow {
  return {
    id: finding.id,
    label: finding.label,
    kind: finding.kind,
    value: finding.value,
    unit: finding.unit,
    text: finding.text,
    ...(finding.name === undefined ? {} : {name: finding.name}),
    ...(finding.numerator ? {numerator: finding.numerator} : {}),
    ...(finding.denominator ? {denominator: finding.denominator} : {}),
    ...(finding.agrees === undefined ? {} : {agrees: finding.agrees}),
    line: place.line,
    column: place.column,
    sentence: finding.sentence,
  }
}

/** One row per indicator, UTF-8 with BOM and CRLF (RFC 4180), so Excel and WPS open the Chinese as Chinese. */
export function formatIndicatorsCsv(output: IndicatorsOutput): string {
  const lines: CsvValue[][] = [[...CSV_COLUMNS]]
  for (const file of output.files) {
    for (const row of file.indicators) {
      const cells: Record<(typeof CSV_COLUMNS)[number], string | number> = {
        file: file.filePath,
        id: row.id,
        label: row.label,
        kind: row.kind,
        value: row.value,
        unit: row.unit,
        numerator: row.numerator?.value ?? '',
        denominator: row.denominator?.value ?? '',
        line: row.line,
        column: row.column,
        sentence: row.sentence,
      }
      lines.push(CSV_COLUMNS.map((column) => cells[column]))
    }
  }
  return formatCsv(lines)
}

function parseEncoding(value: string | undefined) {
  if (value === undefined) return undefined
  const encoding = normaliseEncodingName(value)
  if (!encoding) throw new IndicatorsUsageError(`未知的编码 “${value}”，可选 ${SUPPORTED_ENCODINGS.join('、')} / unknown encoding`)
  return encoding
}

function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const megabytes = Number(value)
  if (!(megabytes > 0)) throw new IndicatorsUsageError('--max-file-size 需要正数（MB）/ --max-file-size expects a positive number of MB')
  return megabytes * 1024 * 1024
}
