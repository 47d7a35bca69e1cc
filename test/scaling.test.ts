/**
 * Issue 18: reading, parsing, the model and every rule take time linear in the input (n log n at worst). Each shape of
 * bench/pathological-inputs.ts that once took quadratic time is linted at n and 4n; the time may grow at most 6×
 * (quadratic is 16×). Ratios only, never absolute times: the machine is shared. `pnpm bench` prints every shape.
 */
import {describe, expect, it} from 'vitest'
import {measureScaling, PATHOLOGICAL_SHAPES, type StepScaling} from '../bench/scaling.js'

/** 4× the input may take at most this many times as long. */
const MAX_RATIO = 6
/** Steps below this (ms, at 4n) are too short to time on a busy machine; they count through the total only. */
const MEASURABLE_MS = 30
/** Shorter times count as this much (ms): noise on a step that takes nothing must not read as growth. */
const FLOOR_MS = 10

// The shapes of the issue: 一、 lines, 一、甲。 lines (the model and empty-section), the same as .docx and .html, a long
// sentence of figures (the numeric rules), 一是……二是…… in one paragraph (numbering-sequence), Markdown lists.
// Each at a size whose smaller run takes some tens of milliseconds: measurable, and the file stays within seconds.
const SHAPES: [name: string, n: number][] = [
  ['bare ordinals 一、 (one heading a line)', 400],
  ['run-in headings 一、甲。', 2000],
  ['figures in one sentence without a full stop', 400],
  ['inline ordinals 一是……二是…… in one paragraph', 2000],
  ['shortcomings with causes, one a line', 300],
  ['ordinal lines in markdown', 100],
  ['numbered Word paragraphs 一、甲。', 300],
  ['plain <p> blocks', 400],
]

function findSlowSteps(steps: StepScaling[]): string[] {
  const total = steps.reduce((sum, step) => ({small: sum.small + step.small, large: sum.large + step.large}), {small: 0, large: 0})
  const slow = steps.filter((step) => step.large >= MEASURABLE_MS && step.ratio > MAX_RATIO)
  const totalRatio = total.large / Math.max(total.small, FLOOR_MS)
  if (totalRatio > MAX_RATIO) slow.push({step: '(all steps)', small: total.small, large: total.large, ratio: totalRatio})
  return slow.map((step) => `${step.step}: ${step.small.toFixed(1)} → ${step.large.toFixed(1)} ms (${step.ratio.toFixed(1)}×)`)
}

describe('time grows linearly with the input', () => {
  for (const [name, n] of SHAPES) {
    const shape = PATHOLOGICAL_SHAPES.find((candidate) => candidate.name === name)!
    it(`${shape.format}: ${name}`, async () => {
      // A load spike on the shared machine can slow one measurement: a step fails only when it is slow twice.
      let slow = findSlowSteps(await measureScaling(shape, n, {runs: 2, floorMs: FLOOR_MS}))
      if (slow.length > 0) slow = findSlowSteps(await measureScaling(shape, n, {runs: 2, floorMs: FLOOR_MS}))
      expect(slow).toEqual([])
    })
  }
})
