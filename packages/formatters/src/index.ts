/** @fzlint/formatters: pure functions from results to text. None knows a rule by name. */
import {wholeOutput, type Formatter, type StreamingFormatter} from './types.js'
import {githubStepSummaryStream, githubStream} from './github.js'
import {gitlabStream} from './gitlab.js'
import {jsonStream} from './json.js'
import {junitStream} from './junit.js'
import {sarifStream} from './sarif.js'
import {stylishStream} from './stylish.js'

export type {Formatter, FormatterContext, FormatterStream, PreparedResult, StreamingFormatter} from './types.js'
export {wholeOutput} from './types.js'
export {toJsonResults} from './json.js'
export {escapeCommandData, escapeCommandProperty} from './github.js'
export {computeFingerprints, fingerprintScope, prepareResult, toRelativePath, type LintedReport} from './locations.js'
export {displayWidth} from './stylish.js'
export {countNoun, describeProblemCounts} from './english-count.js'

/** The formats written a file at a time (the CLI's way: each file's part as it finishes, nothing kept). */
export const streamingFormatters: Record<string, StreamingFormatter> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  junit: junitStream,
  gitlab: gitlabStream,
}

/** The same formats from all results at once. */
export const formatters: Record<string, Formatter> = wholeOutputs(streamingFormatters)

function wholeOutputs(streams: Record<string, StreamingFormatter>): Record<string, Formatter> {
  return Object.fromEntries(Object.entries(streams).map(([name, stream]) => [name, wholeOutput(stream)]))
}

/**
 * Second outputs some formats have besides the main one, by format name: the markdown job summary of `github`,
 * which the CLI appends to `$GITHUB_STEP_SUMMARY` (formatters stay pure and write no file).
 */
export const streamingStepSummaryFormatters: Record<string, StreamingFormatter> = {github: githubStepSummaryStream}
export const stepSummaryFormatters: Record<string, Formatter> = wholeOutputs(streamingStepSummaryFormatters)

/** A table's own entry by name (never an inherited property such as `toString`). */
const own = <T>(table: Record<string, T>, name: string): T | undefined => (Object.hasOwn(table, name) ? table[name] : undefined)

export const findFormatter = (name: string): Formatter | undefined => own(formatters, name)
export const findStepSummaryFormatter = (name: string): Formatter | undefined => own(stepSummaryFormatters, name)
export const findStreamingFormatter = (name: string): StreamingFormatter | undefined => own(streamingFormatters, name)
export const findStreamingStepSummaryFormatter = (name: string): StreamingFormatter | undefined => own(streamingStepSummaryFormatters, name)
