/** @fzlint/formatters: pure functions from results to text. None knows a rule by name. */
import type {Formatter} from './types.js'
import {github, githubStepSummary} from './github.js'
import {gitlab} from './gitlab.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export type {Formatter, FormatterContext} from './types.js'
export {toJsonResults} from './json.js'
export {escapeCommandData, escapeCommandProperty} from './github.js'
export {computeFingerprints, toRelativePath} from './locations.js'
export {displayWidth} from './stylish.js'
export {countNoun, describeProblemCounts} from './english-count.js'

export const formatters: Record<string, Formatter> = {stylish, json, sarif, github, junit, gitlab}

/**
 * Second outputs some formats have besides the main one, by format name: the markdown job summary of `github`,
 * which the CLI appends to `$GITHUB_STEP_SUMMARY` (formatters stay pure and write no file).
 */
export const stepSummaryFormatters: Record<string, Formatter> = {github: githubStepSummary}

export function findFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined
}

export function findStepSummaryFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(stepSummaryFormatters, name) ? stepSummaryFormatters[name] : undefined
}
