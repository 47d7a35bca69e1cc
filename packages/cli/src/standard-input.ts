/**
 * `--stdin`: a report read from standard input (or a pipe named as a file, /dev/stdin), linted as if it were the
 * file `--stdin-filename` names — its extension picks the reader, its folder the configuration. Nothing is written:
 * `--fix` prints the whole text to stdout, fixed where the rules can fix it, and `--fix-dry-run` prints the diff.
 */
import {readFileSync, statSync} from 'node:fs'
import {createTwoFilesPatch} from 'diff'
import type {LintResult} from '@fzlint/core'
import {decodeBytes, findReader, lintBytes, READERS, type Encoding, type LintFileOptions, type ReadInput} from '@fzlint/core/io'
import {encodeText, fixInputText} from './fix.js'

/** The path results show for standard input without --stdin-filename (ESLint shows `<text>`). */
export const STDIN_DISPLAY_NAME = '<stdin>'

/** Reads standard input to its end, as bytes: a .docx arrives as a zip archive, and decoding is the reader's job. */
export async function readStandardInput(stream: AsyncIterable<Buffer | string> = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/**
 * True for a path that names a pipe, a terminal or a socket rather than a file: /dev/stdin, `<(…)`. Its size
 * is not its length (stat says 0), so it is read to its end like standard input instead of as a file.
 */
export function isStreamPath(filePath: string): boolean {
  try {
    const info = statSync(filePath)
    return info.isFIFO() || info.isCharacterDevice() || info.isSocket()
  } catch {
    return false
  }
}

/** Names of this process's standard input: opened as files they fail when it is a socket (ENXIO), so they are read as it. */
const STANDARD_INPUT_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'])

/**
 * The bytes of a stream path (isStreamPath): standard input through `readStdin`, any other pipe read to its end.
 * A failure is returned as the bilingual reason, for the file's result.
 */
export async function readStreamPath(filePath: string, readStdin: () => Promise<Uint8Array>): Promise<Uint8Array | {reason: string}> {
  if (STANDARD_INPUT_PATHS.has(filePath)) return readStdin()
  try {
    return readFileSync(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return {reason: `${filePath}: 无法读取 (${code}) / cannot read`}
  }
}

/** What --fix cannot print as text: the formats whose fixes apply to extracted text, not to the bytes read. */
export function findUnprintableFormat(filePath: string): Exclude<ReadInput['format'], 'text' | 'markdown'> | undefined {
  const format = findReader(filePath, READERS)?.format
  return format === undefined || format === 'text' || format === 'markdown' ? undefined : format
}

export type StandardInputFix = 'none' | 'fix' | 'dry-run'

export interface StandardInputOutput {
  result: LintResult
  /** For `fix`: the bytes to print, the fixed text or the input unchanged. For `dry-run`: the diff, when any. */
  output?: Uint8Array | string
  /** Why fixable problems were left in the text. */
  skippedReason?: string
}

/** Lints (and with `fix`, fixes) bytes as the file `filePath`; `displayPath` names it in the diff headers. */
export async function lintStandardInput(
  bytes: Uint8Array,
  filePath: string,
  options: {lint: LintFileOptions; fix: StandardInputFix; displayPath: string},
): Promise<StandardInputOutput> {
  const linted = await lintBytes(bytes, filePath, options.lint)
  // A pipeline such as `fzlint --stdin --fix < a.txt > b.txt` must never end with b.txt empty or cut short:
  // whatever cannot be fixed (or read) is printed as it came.
  const unchanged: StandardInputOutput = {result: linted.result, ...(options.fix === 'fix' ? {output: bytes} : {})}
  const {input} = linted
  if (options.fix === 'none' || !input) return unchanged
  const fixed = fixInputText(input, linted.result, filePath, options.lint)
  if (fixed.skippedReason !== undefined) return {...unchanged, skippedReason: fixed.skippedReason}
  if (fixed.text === input.text) return unchanged
  const encoding = input.encoding as Encoding
  const encoded = await encodeText(fixed.text, encoding, decodeBytes(bytes, filePath, encoding).hasBom)
  if (decodeBytes(encoded, filePath, encoding).text !== fixed.text) {
    return {...unchanged, skippedReason: `修复后的文本无法按 ${encoding} 编码输出，原样输出 / the fixed text cannot be written as ${encoding}; printed unchanged`}
  }
  if (options.fix === 'fix') return {result: fixed.result, output: encoded}
  const patch = createTwoFilesPatch(`a/${options.displayPath}`, `b/${options.displayPath}`, input.text, fixed.text, undefined, undefined, {context: 3})
  return {result: fixed.result, output: patch}
}
