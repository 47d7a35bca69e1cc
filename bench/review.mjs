// Batch throughput of `fzlint review`: the corpus and the cross-year fixtures replicated to N files (10,000 by
// default, FZLINT_BENCH_REVIEW_FILES to change), reviewed with 1 worker and with every core (the best of
// FZLINT_BENCH_REVIEW_ROUNDS runs of each, 2 by default, each review in a process of its own), plus the highest
// peak RSS of those processes (worker threads included). Needs `pnpm build`. Run alone or call benchReview().
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = Number(process.env.FZLINT_BENCH_REVIEW_ROUNDS ?? 2)

function replicateFixtures(count) {
  const sources = [
    ...readdirSync(join(root, 'fixtures/corpus')).filter((name) => name.endsWith('.txt')).map((name) => join(root, 'fixtures/corpus', name)),
    ...readdirSync(join(root, 'fixtures/cross-year')).filter((name) => name.endsWith('.txt')).map((name) => join(root, 'fixtures/cross-year', name)),
  ]
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-bench-review-'))
  for (let index = 0; index < count; index++) {
    // 100 files a folder, as a province's submissions would be filed by district.
    const directory = join(folder, `d${Math.floor(index / 100)}`)
    if (index % 100 === 0) mkdirSync(directory)
    copyFileSync(sources[index % sources.length], join(directory, `${index}.txt`))
  }
  return folder
}

/**
 * One review of `folder` with `jobs` workers, in a process of its own: wall seconds, the cores the process kept
 * busy meanwhile (CPU time of every thread / wall time), and its peak RSS. Each run gets a fresh process because
 * peak RSS is a high-water mark: a second review in the same process would report the first one's heap too.
 */
function reviewInChild(folder, jobs) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--review-once', folder, String(jobs)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  if (child.status !== 0) throw new Error(`review with ${jobs} worker(s) exited ${child.status}`)
  return JSON.parse(child.stdout)
}

async function reviewOnce(folder, jobs) {
  const {loadCliBundle} = await import(pathToFileURL(join(root, 'packages/cli/bin/load-cli-bundle.js')).href)
  const {run} = loadCliBundle().exports
  const io = {stdout: () => {}, stderr: () => {}, cwd: folder, isTTY: false}
  const started = process.hrtime.bigint()
  const cpuBefore = process.cpuUsage()
  const code = await run(['review', '.', '--jobs', String(jobs)], io)
  const cpu = process.cpuUsage(cpuBefore)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (code === 2) throw new Error(`review exited 2 with ${jobs} worker(s)`)
  return {seconds, coresBusy: (cpu.user + cpu.system) / 1e6 / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024}
}

/**
 * Returns {files, cores, oneWorker, allCores (files/s), speedup, peakRssMb, oneWorkerCores, allCoresCores,
 * speedupBound, oneWorkerCpuSeconds, allCoresCpuSeconds}. One worker keeps more than one core busy: the main thread
 * collects and spools records, and V8 compiles and collects garbage on threads of its own. The all-cores run has at
 * least that work to do (each worker compiles the same code), so `cores / oneWorkerCores` bounds its speed-up
 * whatever the pool does. The CPU seconds (every thread of the process) are what to compare on a machine others
 * share: their work stretches this one's wall time far more than its CPU time.
 */
export async function benchReview({files = Number(process.env.FZLINT_BENCH_REVIEW_FILES ?? 10_000)} = {}) {
  const folder = replicateFixtures(files)
  const cores = availableParallelism()
  try {
    // Best of ROUNDS runs each, alternating, as the in-process benchmark keeps its best round: this VM's neighbours
    // slow single runs by up to a fifth, and a ratio of two single runs doubles that noise. Peak RSS is the
    // highest of all runs.
    let one = null
    let all = null
    let peakRssMb = 0
    for (let round = 0; round < ROUNDS; round++) {
      const oneRun = reviewInChild(folder, 1)
      const allRun = reviewInChild(folder, cores)
      if (!one || oneRun.seconds < one.seconds) one = oneRun
      if (!all || allRun.seconds < all.seconds) all = allRun
      peakRssMb = Math.max(peakRssMb, oneRun.peakRssMb, allRun.peakRssMb)
    }
    return {
      files,
      cores,
      oneWorker: files / one.seconds,
      allCores: files / all.seconds,
      speedup: one.seconds / all.seconds,
      peakRssMb,
      oneWorkerCores: one.coresBusy,
      allCoresCores: all.coresBusy,
      speedupBound: cores / one.coresBusy,
      oneWorkerCpuSeconds: one.coresBusy * one.seconds,
      allCoresCpuSeconds: all.coresBusy * all.seconds,
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

export function formatReviewBench(result) {
  return [
    `review: ${result.files} files`,
    `  1 worker:        ${result.oneWorker.toFixed(0)} files/s, ${result.oneWorkerCores.toFixed(2)} cores busy (worker, main thread, V8's compiler and GC threads), ${result.oneWorkerCpuSeconds.toFixed(1)} CPU s`,
    `  ${result.cores} workers (all cores): ${result.allCores.toFixed(0)} files/s, ${result.allCoresCores.toFixed(2)} cores busy, ${result.allCoresCpuSeconds.toFixed(1)} CPU s  (×${result.speedup.toFixed(2)}; target ≥ 1.7 on 2 cores)`,
    `    bound on ${result.cores} cores: ×${result.speedupBound.toFixed(2)} (${result.cores} cores / ${result.oneWorkerCores.toFixed(2)} busy with 1 worker)`,
    `  peak RSS:        ${result.peakRssMb.toFixed(0)} MB (target < 300 MB)`,
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--review-once') {
    process.stdout.write(JSON.stringify(await reviewOnce(process.argv[3], Number(process.argv[4]))))
  } else {
    const result = await benchReview()
    process.stdout.write(`${formatReviewBench(result)}\n`)
  }
}

/**
 * Hook for `pnpm bench` (bench/run.mjs): in a process of its own (each review in one more), since peak RSS is a
 * high-water mark for the whole process and bench/run.mjs has already linted thousands of files in its own heap.
 */
export async function runBenchmark() {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  if (child.status !== 0) throw new Error(`bench/review.mjs exited ${child.status}`)
  process.stdout.write(child.stdout)
}
