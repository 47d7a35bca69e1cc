/**
 * Times each step of linting a file — its reader, parsing, the model, every built-in rule — so that a shape of
 * input measured at n and 4n shows which step grows faster than its input. Used by `pnpm bench` (scaling.mjs)
 * and test/scaling.test.ts.
 */
import {lintInput, parseInput, type LintTimings} from '@fzlint/core'
import {READERS, type ReadInput} from '@fzlint/core/io'
import {builtinRules} from '@fzlint/builtin'
import type {ConfiguredRule} from '@fzlint/core'
import {PATHOLOGICAL_SHAPES, type PathologicalShape} from './pathological-inputs.js'

export {PATHOLOGICAL_SHAPES, type PathologicalShape}

/** Every built-in rule on, at its default options: a pathological input must be linear for each of them. */
export const ALL_RULES: ConfiguredRule[] = builtinRules.map((rule) => ({rule, severity: 2, options: undefined}))

async function readBytes(bytes: Uint8Array, format: PathologicalShape['format']): Promise<ReadInput> {
  const extension = `.${format}`
  const reader = READERS.find((candidate) => candidate.extensions.includes(extension))!
  return reader.read(bytes, `scaling${extension}`, {})
}

/** Milliseconds of each step on one input: `(read)`, `(parse)`, `(model)`, then each rule by id. */
export async function timeSteps(bytes: Uint8Array, format: PathologicalShape['format'], rules: ConfiguredRule[] = ALL_RULES): Promise<Map<string, number>> {
  const timings: LintTimings = new Map()
  const start = performance.now()
  const input = await readBytes(bytes, format)
  timings.set('(read)', performance.now() - start)
  // Cross-year rules compare with last year's report: the same text stands in for it.
  const previous = parseInput(input)
  // As lintText did: every step timed, with no not-a-report check cutting the rules short.
  lintInput(input, {rules, settings: {related: {previous}}, timings, detectNonReports: false})
  return timings
}

export interface StepScaling {
  step: string
  small: number
  large: number
  /** large ÷ small, with the small time floored at `floorMs` so that noise on a step of nothing reads as 1. */
  ratio: number
}

/**
 * Times `shape` at n and 4n (best of `runs` for each) and gives each step's growth. A linear step's ratio is near
 * 4, a quadratic one's near 16.
 */
export async function measureScaling(shape: PathologicalShape, n: number, {runs = 2, floorMs = 5} = {}): Promise<StepScaling[]> {
  const best = async (size: number) => {
    const bytes = await shape.build(size)
    let fastest: Map<string, number> | undefined
    for (let run = 0; run < runs; run++) {
      const timings = await timeSteps(bytes, shape.format)
      if (!fastest) fastest = timings
      else for (const [step, ms] of timings) fastest.set(step, Math.min(fastest.get(step) ?? Infinity, ms))
    }
    return fastest!
  }
  const small = await best(n)
  const large = await best(4 * n)
  return [...large].map(([step, largeMs]) => {
    const smallMs = small.get(step) ?? 0
    return {step, small: smallMs, large: largeMs, ratio: Math.max(largeMs, floorMs) / Math.max(smallMs, floorMs)}
  })
}
