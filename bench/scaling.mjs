// Scaling on pathological inputs (issue 18): every shape of bench/pathological-inputs.ts — one reader each for .txt,
// .md, .docx and .html, and the line shapes that once made the parser, the model or a rule quadratic — linted with
// every built-in rule at n and 4n. Prints the whole run's ratio per shape and the step (reader, parse, model or rule)
// that grew most; a linear step is near 4×, a quadratic one near 16×. Over 6× is marked.
// FZLINT_BENCH_SCALING_N sets n (default 3000).
import {importBundled} from '../scripts/bundle-for-node.mjs'

const N = Number(process.env.FZLINT_BENCH_SCALING_N ?? 3000)
const MAX_RATIO = 6
/** Steps under this many ms at 4n are not named as the one that grew most: their ratios are noise. */
const MEASURABLE_MS = 30

export async function runBenchmark({root, row}) {
  const {PATHOLOGICAL_SHAPES, measureScaling} = await importBundled(root, 'bench/scaling.ts', 'bench-scaling')
  console.log(`each shape at n = ${N} and 4n units, every built-in rule; time at 4n ÷ time at n (linear ≈ 4×, quadratic ≈ 16×)`)
  // Each step's largest measurable growth over all shapes, and the shape that caused it: one line per reader and rule.
  const worstByStep = new Map()
  for (const shape of PATHOLOGICAL_SHAPES) {
    const steps = await measureScaling(shape, N, {runs: 2, floorMs: 10})
    for (const step of steps) {
      const known = worstByStep.get(step.step)
      const ratio = step.large >= MEASURABLE_MS ? step.ratio : 0
      if (!known || ratio > known.ratio) worstByStep.set(step.step, {...step, ratio, shape})
    }
    const small = steps.reduce((sum, step) => sum + step.small, 0)
    const large = steps.reduce((sum, step) => sum + step.large, 0)
    const ratio = large / Math.max(small, 10)
    const worst = steps.filter((step) => step.large >= MEASURABLE_MS).sort((a, b) => b.ratio - a.ratio)[0]
    const note = worst ? `${worst.step} ${worst.small.toFixed(0)} → ${worst.large.toFixed(0)} ms (${worst.ratio.toFixed(1)}×)` : ''
    row(`  .${shape.format} ${shape.name}`, `${ratio.toFixed(1)}×`, `${small.toFixed(0)} → ${large.toFixed(0)} ms${ratio > MAX_RATIO || (worst && worst.ratio > MAX_RATIO) ? '  OVER 6×' : ''}  ${note}`)
  }
  console.log(`\neach step at its largest growth over the shapes (\u2013 when no shape made it take ${MEASURABLE_MS} ms)`)
  for (const [step, worst] of [...worstByStep].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const measured = worst.ratio > 0
    row(`  ${step}`, measured ? `${worst.ratio.toFixed(1)}×` : '\u2013', measured ? `${worst.small.toFixed(0)} → ${worst.large.toFixed(0)} ms on .${worst.shape.format} ${worst.shape.name}${worst.ratio > MAX_RATIO ? '  OVER 6×' : ''}` : '')
  }
}
