/**
 * `--fix` and `--fix-dry-run`: apply the rules' non-overlapping fixes, re-lint until nothing changes (at most
 * ten passes), then write the file back in place (write-in-place.ts: same inode, through a journal) in the
 * encoding it was read with — or print a unified diff.
 */
import {createRequire} from 'node:module'
import {promises as fs} from 'node:fs'
import {createTwoFilesPatch} from 'diff'
import {fixText, hasParseFailure, lintInput, withFixedText, type FixedText, type LintResult} from '@fzlint/core'
import {decodeBytes, lintFile, type Encoding, type LintFileOptions, type ReadInput} from '@fzlint/core/io'
import {recoverInterruptedFix, writeFileInPlace, type Recovery} from './write-in-place.js'

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
  /**
   * The fixes were not written because the file may not be written (read-only, no permission) or the write
   * failed: unlike a skip, this fails the run (exit 2).
   */
  isWriteRefused?: boolean
  /** Something done to the file besides the fixes (an interrupted fix finished from its journal), for stderr. */
  notice?: string
}

function lintFixedText(text: string, filePath: string, input: ReadInput, options: LintFileOptions): LintResult {
  const {read: _read, hardStop: _hardStop, ...setup} = options
  return lintInput(withFixedText(input, text), {...setup, path: filePath}).result
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
  // A dry run writes nothing, so it leaves an interrupted fix's journal for a real --fix to apply.
  const recovery: Recovery = options.isDryRun
    ? {}
    : await recoverInterruptedFix(filePath).catch((error: NodeJS.ErrnoException) => ({
        problem: {reason: `无法检查上次中断的修复（${error.code ?? String(error)}）/ cannot check for an interrupted fix`},
      }))
  const output = recovery.problem
    ? {result: (await lintFile(filePath, options.lint)).result, isChanged: false, skippedReason: recovery.problem.reason, isWriteRefused: true}
    : await fixFileContents(filePath, options)
  return recovery.notice === undefined ? output : {...output, notice: recovery.notice}
}

async function fixFileContents(filePath: string, options: FixFileOptions): Promise<FixFileOutput> {
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
    const problem = await writeFileInPlace(filePath, bytes, encoded)
    if (problem) return {result: original, isChanged: false, skippedReason: problem.reason, isWriteRefused: true}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return {result: original, isChanged: false, skippedReason: `无法写入修复（${code}），文件未修改 / cannot write the fixes (${code}); file left unchanged`, isWriteRefused: true}
  }
  return {result, isChanged: true}
}
