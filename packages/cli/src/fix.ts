/**
 * `--fix` and `--fix-dry-run`: apply the rules' non-overlapping fixes, re-lint until nothing changes (at most
 * ten passes), then write the file back atomically in the encoding it was read with — or print a unified diff.
 */
import {createRequire} from 'node:module'
import {promises as fs} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {createTwoFilesPatch} from 'diff'
import {fixText, hasParseFailure, lintText, type FixedText, type LintResult} from '@fzlint/core'
import {decodeBytes, lintFile, type Encoding, type LintFileOptions, type ReadInput} from '@fzlint/core/io'

// The fix loop lives in core, shared with the language server's fix-all; tests and callers reach it here too.
export {applyFixes, MAX_FIX_PASSES, type AppliedFixes} from '@fzlint/core'

/**
 * Text → bytes in the file's own encoding; TextEncoder only writes UTF-8, so GB18030 and UTF-16 go through
 * iconv-lite, loaded only then (it is a third of the CLI's code, and most files are UTF-8).
 */
export async function encodeText(text: string, encoding: Encoding, hasBom: boolean): Promise<Uint8Array> {
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8')
    return hasBom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
  }
  // Required rather than imported: the bundle (dist/cli.cjs) keeps iconv-lite outside and runs as a script.
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite')
  return iconv.encode(text, encoding, {addBOM: hasBom})
}

export interface FixFileOptions {
  lint: LintFileOptions
  /** Print what would change instead of writing. */
  isDryRun: boolean
  /** Path shown in the diff headers (relative to the working directory). */
  displayPath: string
}

export interface FixFileOutput {
  /** The result of linting the fixed text (the original text when nothing was written or would be). */
  result: LintResult
  /** True when the fixed text differs from the file (written, or shown in `patch` for a dry run). */
  isChanged: boolean
  /** Unified diff of the fixes, for a dry run. */
  patch?: string
  /** Why fixable problems were left in the file. */
  skippedReason?: string
}

async function writeFileAtomically(filePath: string, bytes: Uint8Array, mode: number): Promise<void> {
  // Same folder, so the rename never crosses file systems and readers see the old or the new file, never half.
  // node:crypto is required here, not imported: loading it cost every run 1.5 ms, and only --fix writes files.
  const {randomBytes} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  const temporary = join(dirname(filePath), `.${basename(filePath)}.fzlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await fs.writeFile(temporary, bytes, {flag: 'wx', mode})
    await fs.chmod(temporary, mode)
    await fs.rename(temporary, filePath)
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined)
    throw error
  }
}

function lintFixedText(text: string, filePath: string, input: ReadInput, options: LintFileOptions): LintResult {
  return lintText(text, {...options, path: filePath, syntax: input.syntax, encoding: input.encoding, format: input.format}).result
}

/**
 * The fixed text of a read input and its result (the input's own text when nothing applies), with the reason
 * when fixes had to be left out. Shared by files and standard input (`--stdin --fix`), which differ only in
 * where the text goes.
 */
export function fixInputText(input: ReadInput, original: LintResult, filePath: string, options: LintFileOptions): FixedText {
  const hasFixes = original.fixableErrorCount + original.fixableWarningCount > 0
  if (!hasFixes || hasParseFailure(original)) return {text: input.text, result: original}
  // Fix offsets refer to the linted text; for .docx/.html that is extracted text, not the file's bytes.
  if (input.unfixableReason !== undefined) return {text: input.text, result: original, skippedReason: input.unfixableReason}
  return fixText(input.text, original, (fixedText) => lintFixedText(fixedText, filePath, input, options))
}

/** Lints one file and fixes what its rules can fix. Never throws for a bad file: its result carries the problem. */
export async function fixFile(filePath: string, options: FixFileOptions): Promise<FixFileOutput> {
  const linted = await lintFile(filePath, options.lint)
  const {input} = linted
  const original = linted.result
  if (!input) return {result: original, isChanged: false}
  const fixed = fixInputText(input, original, filePath, options.lint)
  if (fixed.skippedReason !== undefined) return {result: original, isChanged: false, skippedReason: fixed.skippedReason}
  const {text, result} = fixed
  if (text === input.text) return {result: original, isChanged: false}

  const bytes = await fs.readFile(filePath)
  const encoding = input.encoding as Encoding
  const decoded = decodeBytes(bytes, filePath, encoding)
  if (decoded.text !== input.text) {
    return {result: original, isChanged: false, skippedReason: '文件在检查期间被修改，未写入修复 / file changed while being linted; fixes not written'}
  }
  const encoded = await encodeText(text, encoding, decoded.hasBom)
  if (decodeBytes(encoded, filePath, encoding).text !== text) {
    return {result: original, isChanged: false, skippedReason: `修复后的文本无法按 ${encoding} 编码保存，文件未修改 / fixed text cannot be saved as ${encoding}`}
  }
  if (options.isDryRun) {
    const patch = createTwoFilesPatch(`a/${options.displayPath}`, `b/${options.displayPath}`, input.text, text, undefined, undefined, {context: 3})
    return {result, isChanged: true, patch}
  }
  try {
    const {mode} = await fs.stat(filePath)
    await writeFileAtomically(filePath, encoded, mode & 0o7777)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return {result: original, isChanged: false, skippedReason: `无法写入修复（${code}），文件未修改 / cannot write the fixes (${code}); file left unchanged`}
  }
  return {result, isChanged: true}
}
