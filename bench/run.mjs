// `pnpm bench`: speed and memory targets of fzlint, measured on the bundled real reports.
//   1. parse + lint of the fixtures replicated to 1,000 files, files/s, beside remark-parse alone on the same
//      files, in-process and as whole processes (target: ≥ 1.2× remark-parse alone);
//   2. `fzlint` on one file as a whole process beside `node -e ''` (target: ≤ 2×);
//   3. the other benchmarks of the repository (bench/*.mjs exporting `runBenchmark`), e.g. batch review and editor latency.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {importBundled} from '../scripts/bundle-for-node.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, 'fixtures', 'corpus')
const FILES = Number(process.env.FZLINT_BENCH_FILES ?? 1000)
const STARTUP_RUNS = Number(process.env.FZLINT_BENCH_STARTUP_RUNS ?? 15)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeProcess(command, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return seconds
}

function replicateFixtures(count) {
  const directory = mkdtempSync(join(tmpdir(), 'fzlint-bench-'))
  const sources = readdirSync(corpus).filter((name) => name.endsWith('.txt'))
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    copyFileSync(join(corpus, source), join(directory, `${String(index).padStart(5, '0')}-${source}`))
  }
  return directory
}

function row(label, value, note = '') {
  console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`)
}

const {lintAll, remarkParseAll} = await importBundled(root, 'bench/in-process.ts', 'bench-in-process', {minify: true})

const directory = replicateFixtures(FILES)
const texts = readdirSync(directory).map((name) => readFileSync(join(directory, name), 'utf8'))
console.log(`fzlint benchmark — ${FILES} files (the five fixtures replicated), node ${process.version}\n`)

// In-process: warm up once, then time three rounds and keep the best (least disturbed) one.
lintAll(texts.slice(0, 50))
remarkParseAll(texts.slice(0, 50))
const bestRate = (work) => {
  let best = 0
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    work(texts)
    best = Math.max(best, texts.length / ((performance.now() - start) / 1000))
  }
  return best
}
const fzlintRate = bestRate(lintAll)
const remarkRate = bestRate(remarkParseAll)
row('in-process: fzlint parse + lint (recommended rules)', `${fzlintRate.toFixed(0)} files/s`)
row('in-process: remark-parse alone', `${remarkRate.toFixed(0)} files/s`)
row('  ratio (target ≥ 1.2×)', `${(fzlintRate / remarkRate).toFixed(2)}×`, fzlintRate / remarkRate >= 1.2 ? 'met' : 'NOT MET')

const fzlintBin = join(root, 'node_modules', '.bin', 'fzlint')
const fzlintSeconds = timeProcess(fzlintBin, ['--format', 'json', directory])
const remarkSeconds = timeProcess(process.execPath, [join(root, 'bench', 'remark-parse-files.mjs'), directory])
row('whole process: node_modules/.bin/fzlint --format json DIR', `${(FILES / fzlintSeconds).toFixed(0)} files/s`)
row('whole process: remark-parse over the same files', `${(FILES / remarkSeconds).toFixed(0)} files/s`)
row('  ratio (target ≥ 1.2×)', `${(remarkSeconds / fzlintSeconds).toFixed(2)}×`, remarkSeconds / fzlintSeconds >= 1.2 ? 'met' : 'NOT MET')

// Start-up: one file, many runs, medians.
const oneFile = join(corpus, 'gaoming-2023.txt')
const nodeTimes = []
const fzlintTimes = []
for (let run = 0; run < STARTUP_RUNS; run++) {
  nodeTimes.push(timeProcess(process.execPath, ['-e', '']))
  fzlintTimes.push(timeProcess(process.execPath, [join(root, 'packages', 'cli', 'bin', 'fzlint.js'), oneFile]))
}
const nodeMedian = median(nodeTimes) * 1000
const fzlintMedian = median(fzlintTimes) * 1000
row("start-up: node -e ''", `${nodeMedian.toFixed(0)} ms`, `median of ${STARTUP_RUNS}`)
row('start-up: fzlint one file', `${fzlintMedian.toFixed(0)} ms`, `median of ${STARTUP_RUNS}`)
row('  ratio (target ≤ 2×)', `${(fzlintMedian / nodeMedian).toFixed(2)}×`, fzlintMedian / nodeMedian <= 2 ? 'met' : 'NOT MET')
rmSync(directory, {recursive: true, force: true})

// Other benchmarks in this folder.
for (const name of readdirSync(join(root, 'bench')).filter((file) => file.endsWith('.mjs') && !['run.mjs', 'remark-parse-files.mjs'].includes(file))) {
  const module = await import(pathToFileURL(join(root, 'bench', name)).href)
  if (typeof module.runBenchmark === 'function') {
    console.log(`\n${name}`)
    await module.runBenchmark({root, row})
  }
}

