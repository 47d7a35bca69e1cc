// Whole processes over a folder of reports, as a user runs them: `fzlint --format F DIR` in every format, and the
// streaming remark-parse loop (bench/remark-parse-files.mjs) over the same folder in the same run, each with its
// wall time and peak RSS (worker threads included). The report goes to a file, as in CI.
import {spawnSync} from 'node:child_process'
import {closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const fzlintBin = join(root, 'packages', 'cli', 'bin', 'fzlint.js')
const remarkLoop = join(root, 'bench', 'remark-parse-files.mjs')
const peakRssHook = pathToFileURL(join(root, 'bench', 'report-peak-rss.mjs')).href

/** The five corpus reports copied round-robin into a new folder, `count` files. */
export function replicateCorpus(count) {
  const corpus = join(root, 'fixtures', 'corpus')
  const directory = mkdtempSync(join(tmpdir(), 'fzlint-bench-'))
  const sources = readdirSync(corpus).filter((name) => name.endsWith('.txt'))
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    copyFileSync(join(corpus, source), join(directory, `${String(index).padStart(5, '0')}-${source}`))
  }
  return directory
}

/**
 * One process: `node --import report-peak-rss.mjs script ...args`, stdout into a file. Wall seconds, peak RSS in MB
 * and CPU seconds of all its threads (on a shared machine, CPU seconds / wall seconds shows the cores it really had).
 */
export function measureProcess(script, args, {allowedExitCodes = [0, 1]} = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'fzlint-bench-out-'))
  const rssFile = join(scratch, 'rss')
  const output = openSync(join(scratch, 'out'), 'w')
  try {
    const start = process.hrtime.bigint()
    const child = spawnSync(process.execPath, ['--import', peakRssHook, script, ...args], {
      cwd: root,
      stdio: ['ignore', output, 'pipe'],
      encoding: 'utf8',
      env: {...process.env, FZLINT_BENCH_RSS_FILE: rssFile},
    })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (!allowedExitCodes.includes(child.status)) throw new Error(`${script} ${args.join(' ')} exited ${child.status}: ${child.stderr}`)
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
    return {seconds, peakRssMb: usage.maxRssKb / 1024, cpuSeconds: usage.cpuMicroseconds / 1e6}
  } finally {
    closeSync(output)
    rmSync(scratch, {recursive: true, force: true})
  }
}

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'gitlab', 'github']

/** The least disturbed of several runs (the shortest), with the highest peak RSS of them all. */
function bestOf(runs) {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  return {...best, peakRssMb: Math.max(...runs.map((run) => run.peakRssMb))}
}

/**
 * Every format over `directory` (`files` reports), `rounds` times, and the remark-parse loop over it between them;
 * the best run of each is kept (and the highest peak RSS), as this shared machine's load varies from minute to minute.
 */
export function benchWholeProcess(directory, files, rounds = 2) {
  const remarkRuns = []
  const formatRuns = Object.fromEntries(FORMATS.map((format) => [format, []]))
  const remark = () => remarkRuns.push(measureProcess(remarkLoop, [directory], {allowedExitCodes: [0]}))
  for (let round = 0; round < rounds; round++) {
    remark()
    for (const format of FORMATS) {
      formatRuns[format].push(measureProcess(fzlintBin, ['--format', format, directory]))
      if (format === 'sarif') remark()
    }
  }
  return {files, remark: bestOf(remarkRuns), formats: Object.fromEntries(FORMATS.map((format) => [format, bestOf(formatRuns[format])]))}
}
