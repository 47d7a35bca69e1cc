/**
 * A slice of `pnpm fuzz` in the suite: generated plain text, Markdown, HTML, .docx, .doc and .ofd through the readers and every
 * built-in rule — read or declined, no crash, every message inside the text, within the time bound. fast-check
 * shrinks a failing input to a small one and prints it with its seed.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildDocxFromPlan, buildOfficeFromPlan, docxPlan, officePlan, TEXT_INPUTS, type FuzzInput} from '../fuzz/arbitraries.js'
import {checkInput} from '../fuzz/check-input.js'

const RUNS = 120

async function expectSound(input: FuzzInput): Promise<void> {
  const outcome = await checkInput(input)
  expect(outcome.kind === 'crash' || outcome.kind === 'hang' ? outcome.detail : 'ok').toBe('ok')
}

describe('generated inputs are read or declined, and linted without crash', () => {
  for (const [format, arbitrary] of Object.entries(TEXT_INPUTS)) {
    it(format, async () => {
      await fc.assert(fc.asyncProperty(arbitrary, expectSound), {numRuns: RUNS})
    })
  }

  // Word 97-2003 .doc (the committed fixtures, damaged) and OFD (random text on GB/T 9704 pages, or a fixture, damaged).
  for (const format of ['doc', 'ofd'] as const) {
    it(format, async () => {
      await fc.assert(fc.asyncProperty(officePlan, async (plan) => expectSound({format, bytes: await buildOfficeFromPlan(format, plan)})), {numRuns: RUNS})
    })
  }

  it('docx', async () => {
    await fc.assert(
      fc.asyncProperty(docxPlan, async (plan) => expectSound({format: 'docx', bytes: await buildDocxFromPlan(plan)})),
      {numRuns: RUNS},
    )
  })
})
