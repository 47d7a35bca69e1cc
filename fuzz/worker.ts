/**
 * One fuzzing process: generates the inputs of its share (format, count, seed) in batches, checks each, and writes a
 * JSON line per batch to stdout — counts so far, and the first failures with what reproduces them. fuzz/run.mjs
 * starts these and watches them.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {buildDocxFromPlan, buildOfficeFromPlan, docxPlan, officePlan, TEXT_INPUTS, type FuzzFormat, type FuzzInput} from './arbitraries.js'
import {checkInput} from './check-input.js'

const BATCH = 250

interface Share {
  format: FuzzFormat
  count: number
  seed: number
  failureDirectory: string
}

async function generate(format: FuzzFormat, count: number, seed: number): Promise<FuzzInput[]> {
  if (format === 'docx') return Promise.all(fc.sample(docxPlan, {numRuns: count, seed}).map(async (plan) => ({format, bytes: await buildDocxFromPlan(plan)})))
  if (format === 'doc' || format === 'ofd') return Promise.all(fc.sample(officePlan, {numRuns: count, seed}).map(async (plan) => ({format, bytes: await buildOfficeFromPlan(format, plan)})))
  return fc.sample(TEXT_INPUTS[format], {numRuns: count, seed})
}

async function main(): Promise<void> {
  const share = JSON.parse(process.argv[2]!) as Share
  const counts = {inputs: 0, linted: 0, declined: 0, crashes: 0, hangs: 0, slowestMs: 0}
  const failures: string[] = []
  for (let done = 0, batch = 0; done < share.count; batch++) {
    const size = Math.min(BATCH, share.count - done)
    const seed = share.seed + batch
    const inputs = await generate(share.format, size, seed)
    for (const [index, input] of inputs.entries()) {
      const outcome = await checkInput(input)
      counts.inputs++
      counts.slowestMs = Math.max(counts.slowestMs, outcome.ms)
      if (outcome.kind === 'linted') counts.linted++
      else if (outcome.kind === 'declined') counts.declined++
      else {
        if (outcome.kind === 'crash') counts.crashes++
        else counts.hangs++
        if (failures.length < 5) {
          mkdirSync(share.failureDirectory, {recursive: true})
          const file = join(share.failureDirectory, `${share.format}-${seed}-${index}.${share.format}`)
          writeFileSync(file, input.bytes)
          failures.push(`${outcome.kind}: ${outcome.detail.split('\n').slice(0, 4).join(' | ')} (input saved as ${file})`)
        }
      }
    }
    done += size
    process.stdout.write(`${JSON.stringify({format: share.format, ...counts, failures})}\n`)
  }
}

await main()
