/** @fzlint/formatters: pure functions from results to text. None knows a rule by name. */
import type {Formatter, StreamingFormatter} from './types.js'
import {github, githubStepSummary, githubStepSummaryStream, githubStream} from './github.js'
import {gitlab, gitlabStream} from './gitlab.js'
import {json, jsonStream} from './json.js'
import {junit, junitStream} from './junit.js'
import {sarif, sarifStream} from './sarif.js'
import {stylish, stylishStream} from './stylish.js'

export type {Formatter, FormatterContext, FormatterStream, PreparedResult, StreamingFormatter} from './types.js'
export {wholeOutput} from './types.js'
export {toJsonResults} from './json.js'
export {escapeCommandData, escapeCommandProperty} from './github.js'
export {computeFingerprints, fingerprintScope, prepareResult, toRelativePath} from './locations.js'
export {displayWidth} from './stylish.js'
export {countNoun, describeProblemCounts} from './english-count.js'

export const formatters: Record<string, Formatter> = {stylish, json, sarif, github, junit, gitlab}

/** The same formats written a file at a time (the CLI's way: each file's part as it finishes, nothing kept). */
export const streamingFormatters: Record<string, StreamingFormatter> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  junit: junitStream,
  gitlab: gitlabStream,
}

/**
 * Second outputs some formats have besides the main one, by format name: the markdown job summary of `github`,
 * which the CLI appends to `$GITHUB_STEP_SUMMARY` (formatters stay pure and write no file).
 */
export const stepSummaryFormatters: Record<string, Formatter> = {github: githubStepSummary}
export const streamingStepSummaryFormatters: Record<string, StreamingFormatter> = {github: githubStepSummaryStream}

export function findFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined
}

export function findStepSummaryFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(stepSummaryFormatters, name) ? stepSummaryFormatters[name] : undefined
}

export function findStreamingFormatter(name: string): StreamingFormatter | undefined {
  return Object.hasOwn(streamingFormatters, name) ? streamingFormatters[name] : undefined
}

export function findStreamingStepSummaryFormatter(name: string): StreamingFormatter | undefined {
  return Object.hasOwn(streamingStepSummaryFormatters, name) ? streamingStepSummaryFormatters[name] : undefined
}
