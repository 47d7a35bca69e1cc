// `pnpm fuzz`: 100,000 generated inputs (plain text, Markdown, HTML, .docx; see fuzz/arbitraries.ts) through the
// readers and every built-in rule, shared out to one process per core (at most FZLINT_FUZZ_JOBS, default 2). Prints
// the counts — inputs, linted, declined with a reason, crashes, hangs — and exits 1 when anything crashed or hung.
// A process silent for WATCHDOG_MS is stopped and its batch counted as a hang. FZLINT_FUZZ_INPUTS scales the run,
// FZLINT_FUZZ_SEED changes the inputs (the default seed makes runs repeatable). Failing inputs are saved for replay.
import {spawn} from 'node:child_process'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {bundleForNode} from '../scripts/bundle-for-node.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const TOTAL = Number(process.env.FZLINT_FUZZ_INPUTS ?? 100_000)
const SEED = Number(process.env.FZLINT_FUZZ_SEED ?? 20_181)
const JOBS = Math.max(1, Math.min(Number(process.env.FZLINT_FUZZ_JOBS ?? 2), availableParallelism()))
/** A batch of 250 small inputs takes seconds; this long without a word means an input hangs. */
const WATCHDOG_MS = 60_000
/** Shares of the inputs by format: text is cheapest and where the rules are reached most directly. */
const SHARES = {txt: 0.45, html: 0.25, md: 0.15, docx: 0.15}

const failureDirectory = join(root, 'node_modules', '.cache', 'fzlint', 'fuzz-failures')
const bundle = await bundleForNode(root, 'fuzz/worker.ts', 'fuzz-worker')

/** One process per share: each format split into JOBS parts with seeds of their own. */
const tasks = Object.entries(SHARES).flatMap(([format, share], formatIndex) =>
  Array.from({length: JOBS}, (_, part) => ({format, count: Math.round((TOTAL * share) / JOBS), seed: SEED + formatIndex * 1_000_000 + part * 100_000, failureDirectory})),
)

const latest = new Map()
const hangs = []

function runTask(task) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, JSON.stringify(task)], {stdio: ['ignore', 'pipe', 'inherit']})
    let buffered = ''
    let watchdog
    const arm = () => {
      clearTimeout(watchdog)
      watchdog = setTimeout(() => {
        hangs.push(`${task.format} (seed ${task.seed}): no progress for ${WATCHDOG_MS / 1000} s, stopped`)
        child.kill('SIGKILL')
      }, WATCHDOG_MS)
    }
    arm()
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        latest.set(task, JSON.parse(buffered.slice(0, newline)))
        buffered = buffered.slice(newline + 1)
        arm()
      }
    })
    child.on('exit', () => {
      clearTimeout(watchdog)
      resolve()
    })
  })
}

const start = performance.now()
const queue = [...tasks]
const progress = setInterval(() => {
  const inputs = [...latest.values()].reduce((sum, counts) => sum + counts.inputs, 0)
  process.stderr.write(`  ${inputs} / ${TOTAL} inputs, ${((performance.now() - start) / 1000).toFixed(0)} s\n`)
}, 15_000)
await Promise.all(
  Array.from({length: JOBS}, async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await runTask(task)
  }),
)
clearInterval(progress)

const byFormat = new Map()
for (const [task, counts] of latest) {
  const total = byFormat.get(task.format) ?? {inputs: 0, linted: 0, declined: 0, crashes: 0, hangs: 0, slowestMs: 0, failures: []}
  for (const key of ['inputs', 'linted', 'declined', 'crashes', 'hangs']) total[key] += counts[key]
  total.slowestMs = Math.max(total.slowestMs, counts.slowestMs)
  total.failures.push(...counts.failures)
  byFormat.set(task.format, total)
}
const seconds = (performance.now() - start) / 1000
console.log(`fzlint fuzz — seed ${SEED}, ${JOBS} processes, ${seconds.toFixed(0)} s\n`)
console.log(`${'format'.padEnd(8)}${'inputs'.padStart(9)}${'linted'.padStart(9)}${'declined'.padStart(10)}${'crashes'.padStart(9)}${'hangs'.padStart(7)}${'slowest'.padStart(10)}`)
const sum = {inputs: 0, linted: 0, declined: 0, crashes: 0, hangs: hangs.length}
for (const [format, total] of byFormat) {
  console.log(`${format.padEnd(8)}${String(total.inputs).padStart(9)}${String(total.linted).padStart(9)}${String(total.declined).padStart(10)}${String(total.crashes).padStart(9)}${String(total.hangs).padStart(7)}${`${total.slowestMs.toFixed(0)} ms`.padStart(10)}`)
  for (const key of ['inputs', 'linted', 'declined', 'crashes', 'hangs']) sum[key] += total[key]
}
console.log(`${'all'.padEnd(8)}${String(sum.inputs).padStart(9)}${String(sum.linted).padStart(9)}${String(sum.declined).padStart(10)}${String(sum.crashes).padStart(9)}${String(sum.hangs).padStart(7)}`)
const failures = [...[...byFormat.values()].flatMap((total) => total.failures), ...hangs]
if (failures.length > 0) console.log(`\n${failures.join('\n')}`)
process.exitCode = sum.crashes > 0 || sum.hangs > 0 || sum.inputs < TOTAL * 0.99 ? 1 : 0
