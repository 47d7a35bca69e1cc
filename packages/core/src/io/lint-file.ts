/**
 * One file from disk (or its bytes) to a result: read (by extension) and decode, then lintInput, the pipeline every
 * entry point shares. A bad file becomes a fatal result, never a throw.
 */
import {createDeadline, FileTimeLimitError, type Deadline} from '../engine/deadline.js'
import {lintInput, singleMessageOutput, type LintOutput, type LintSetup} from '../engine/lint-input.js'
import {fatalResult, overTimeResult} from '../engine/shape-results.js'
import {addTime} from '../engine/timings.js'
import type {LintResult} from '../engine/types.js'
import type {ReportDocument} from '../model/report-model.js'
import {InputError} from './errors.js'
import {HARD_STOP_GRACE_MS, runWithHardStop} from './hard-stop.js'
import {READERS, readInputFile, type ReadInput, type ReadOptions} from './read-input.js'
import {checkInputSize, readInputBytes} from './readers.js'

export interface LintFileOptions extends Omit<LintSetup, 'path'> {
  read?: ReadOptions
  /**
   * With a time budget, also terminate the lint if it is still running HARD_STOP_GRACE_MS past it, where the
   * cooperative checks cannot fire (runWithHardStop). For the plain CLI's own thread; pool workers have the pool's
   * hard stop instead, which terminates the worker.
   */
  hardStop?: boolean
}

/** lintInput's output (result, document, each finding's text range) and what the reader returned (null when unread). */
export interface LintFileOutput extends LintOutput {
  input: ReadInput | null
}

/** The output of a file that could not be read or linted to the end: its one fatal message stands at the start. */
function failedOutput(result: LintResult, input: ReadInput | null): LintFileOutput {
  return {...singleMessageOutput(result, null), input}
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A file's deadline, started before it is read: reading a large .docx counts towards its time too. */
function startDeadline(options: LintFileOptions): Deadline | undefined {
  return options.deadline ?? createDeadline(options.maxFileTimeMs)
}

export async function lintFile(filePath: string, options: LintFileOptions): Promise<LintFileOutput> {
  return readThenLint(filePath, options, async (deadline) => {
    const start = options.timings ? performance.now() : 0
    const input = await readInputFile(filePath, deadline ? {...options.read, deadline} : options.read)
    if (options.timings) addTime(options.timings, '(read, decode)', start)
    return input
  })
}

/**
 * Bytes that come from no file on disk (standard input, a pipe) linted as if they were the file `filePath`: its
 * extension picks the reader and its path is the result's. The same limits and failures as for a file.
 */
export async function lintBytes(bytes: Uint8Array, filePath: string, options: LintFileOptions): Promise<LintFileOutput> {
  return readThenLint(filePath, options, async (deadline) => {
    checkInputSize(bytes.byteLength, filePath, options.read?.maxBytes)
    return readInputBytes(bytes, filePath, {...options.read, deadline}, READERS)
  })
}

/** Reads under the file's deadline (started first), then lints; a read that fails or runs out of time is the file's fatal result. */
async function readThenLint(filePath: string, options: LintFileOptions, read: (deadline: Deadline | undefined) => Promise<ReadInput>): Promise<LintFileOutput> {
  let input: ReadInput
  const deadline = startDeadline(options)
  try {
    input = await read(deadline)
    deadline?.check()
  } catch (error) {
    if (error instanceof FileTimeLimitError) return failedOutput(overTimeResult(filePath, error.limitMs), null)
    const reason = error instanceof InputError ? error.message : `${filePath}: 无法处理文件 / cannot process: ${describeError(error)}`
    return failedOutput(fatalResult(filePath, reason), null)
  }
  return lintReadInput(input, filePath, {...options, deadline})
}

function lintReadInput(input: ReadInput, filePath: string, options: LintFileOptions): LintFileOutput {
  const {deadline} = options
  if (options.hardStop && deadline) {
    try {
      return runWithHardStop(() => lintReadText(input, filePath, options), deadline.remainingMs() + HARD_STOP_GRACE_MS, deadline.limitMs)
    } catch (error) {
      if (!(error instanceof FileTimeLimitError)) throw error
      return failedOutput(overTimeResult(filePath, error.limitMs, {encoding: input.encoding, format: input.format, source: input.text}), input)
    }
  }
  return lintReadText(input, filePath, options)
}

function lintReadText(input: ReadInput, filePath: string, options: LintFileOptions): LintFileOutput {
  const {read: _read, hardStop: _hardStop, ...setup} = options
  return {...lintInput(input, {...setup, path: filePath}), input}
}
