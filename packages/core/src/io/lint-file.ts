/** One file from disk to a result: read (by extension), decode, lint. A bad file becomes a fatal result, never a throw. */
import {addTime, fatalResult, lintText, type LintTextOptions} from '../engine/lint.js'
import type {LintResult} from '../engine/types.js'
import type {ReportDocument} from '../model/report-model.js'
import {InputError} from './errors.js'
import {readInputFile, type ReadInput, type ReadOptions} from './read-input.js'

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
