// What two cores give this machine for linting, whatever the pool does: the in-process lint loop of bench/run.mjs
// run alone, then as two independent processes at once. Their combined rate over the lone one is the most any
// two-thread design (the review's worker pool) can reach here; it puts review's "×N from 2 workers" in context.
// Needs the in-process bundle that bench/run.mjs builds first (node_modules/.cache/fzlint/bench-in-process.mjs).
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'node_modules', '.cache', 'fzlint', 'bench-in-process.mjs')
const SECONDS = 4

// One process: the five corpus reports linted over and over for SECONDS after a warm-up; prints files/s.
const loop = `
import {readdirSync, readFileSync} from 'node:fs'
const {lintAll} = await import(${JSON.stringify(bundle)})
const corpus = ${JSON.stringify(join(root, 'fixtures', 'corpus'))}
const texts = readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(corpus + '/' + name, 'utf8'))
for (let round = 0; round < 100; round++) lintAll(texts)
let files = 0
const start = performance.now()
while (performance.now() - start < ${SECONDS * 1000}) files += (lintAll(texts), texts.length)
process.stdout.write(String(files / ((performance.now() - start) / 1000)))
`

function runLoop() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', loop], {stdio: ['ignore', 'pipe', 'inherit']})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => (code === 0 ? resolve(Number(output)) : reject(new Error(`lint loop exited ${code}`))))
  })
}

/** The lint loop's files/s alone and, as two processes at once, combined: what the engine can do on two cores. */
export async function measureCeiling() {
  if (!existsSync(bundle)) throw new Error('run `pnpm bench` (bench/run.mjs builds the in-process bundle first)')
  const alone = await runLoop()
  const pair = await Promise.all([runLoop(), runLoop()])
  return {alone, combined: pair[0] + pair[1]}
}

export async function runBenchmark({row}) {
  const {alone, combined} = await measureCeiling()
  row('one lint process alone', `${alone.toFixed(0)} files/s`)
  row('two lint processes at once, combined', `${combined.toFixed(0)} files/s`)
  row('  two cores give this machine', `×${(combined / alone).toFixed(2)}`, 'ceiling for review’s 2-worker speed-up')
}
