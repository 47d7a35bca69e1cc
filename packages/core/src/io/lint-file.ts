/** One file from disk to a result: read (by extension), decode, lint. A bad file becomes a fatal result, never a throw. */
import {addTime, fatalResult, lintText, type LintTextOptions} from '../engine/lint.js'
import type {LintResult} from '../engine/types.js'
import type {ReportDocument} from '../model/report-model.js'
import {InputError} from './errors.js'
import {READERS, readInputFile, type ReadInput, type ReadOptions} from './read-input.js'
import {checkInputSize, readInputBytes} from './readers.js'

export interface LintFileOptions extends Omit<LintTextOptions, 'path' | 'syntax' | 'positionMap' | 'headingHints' | 'encoding' | 'format'> {
  read?: ReadOptions
}

export interface LintFileOutput {
  result: LintResult
  input: ReadInput | null
  document: ReportDocument | null
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function lintFile(filePath: string, options: LintFileOptions): Promise<LintFileOutput> {
  let input: ReadInput
  const start = options.timings ? performance.now() : 0
  try {
    input = await readInputFile(filePath, options.read)
    if (options.timings) addTime(options.timings, '(read, decode)', start)
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `${filePath}: 无法处理文件 / cannot process: ${describeError(error)}`
    return {result: fatalResult(filePath, reason), input: null, document: null}
  }
  return lintReadInput(input, filePath, options)
}

/**
 * Bytes that come from no file on disk (standard input, a pipe) linted as if they were the file `filePath`: its
 * extension picks the reader and its path is the result's. The same limits and failures as for a file.
 */
export async function lintBytes(bytes: Uint8Array, filePath: string, options: LintFileOptions): Promise<LintFileOutput> {
  let input: ReadInput
  try {
    checkInputSize(bytes.byteLength, filePath, options.read?.maxBytes)
    input = await readInputBytes(bytes, filePath, options.read ?? {}, READERS)
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `${filePath}: 无法处理文件 / cannot process: ${describeError(error)}`
    return {result: fatalResult(filePath, reason), input: null, document: null}
  }
  return lintReadInput(input, filePath, options)
}

function lintReadInput(input: ReadInput, filePath: string, options: LintFileOptions): LintFileOutput {
  const output = lintText(input.text, {
    ...options,
    path: filePath,
    syntax: input.syntax,
    positionMap: input.positionMap,
    headingHints: input.headingHints,
    encoding: input.encoding,
    format: input.format,
    detectNonReports: options.detectNonReports ?? true,
  })
  return {result: output.result, input, document: output.document}
}
