// Milliseconds per report for the office formats of issue #21: the five corpus reports as .txt, .docx, Word 97-2003
// .doc (LibreOffice's, fixtures/doc/) and OFD (fixtures/ofd/), read from disk, and read + linted, in-process and warm
// (the best of FZLINT_BENCH_FORMAT_ROUNDS rounds, 10 by default; each round times every format in turn, so that a
// busy moment of a shared machine falls on all formats alike), and the whole `fzlint` process on the five files of
// each format. Targets: reading a .doc and an .ofd within 2× reading the .docx. Run alone (`node bench/formats.mjs`)
// or from `pnpm bench` (bench/input-formats.mjs measures .pdf the same way).
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {importBundled} from '../scripts/bundle-for-node.mjs'

const ROUNDS = Number(process.env.FZLINT_BENCH_FORMAT_ROUNDS ?? 10)
const SLUGS = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']
/** Reading a .doc or an .ofd may take this many times reading the same report's .docx. */
const TARGET_RATIO = 2

const READ_AND_LINT = `
import {lintInput} from './packages/core/src/index.ts'
import {readInputFile} from './packages/core/src/io/index.ts'
import {builtinRules} from './packages/builtin/src/index.ts'
import {configureRules, recommendedRuleStates} from './packages/config/src/index.ts'
const recommended = configureRules(builtinRules, recommendedRuleStates('government'))
export async function readAll(paths) {
  let characters = 0
  for (const path of paths) characters += (await readInputFile(path)).text.length
  return characters
}
export async function readAndLintAll(paths) {
  let messages = 0
  for (const path of paths) messages += lintInput(await readInputFile(path), {path, rules: recommended, detectNonReports: true}).result.messages.length
  return messages
}
`

/** The best time of each piece of work over ROUNDS rounds, the pieces taking turns within a round. */
async function bestOfInterleaved(works) {
  const best = works.map(() => Number.POSITIVE_INFINITY)
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, work] of works.entries()) {
      const start = performance.now()
      await work()
      best[index] = Math.min(best[index], performance.now() - start)
    }
  }
  return best
}

export async function runBenchmark({root, row}) {
  const {readAll, readAndLintAll} = await importBundled(root, {contents: READ_AND_LINT, resolveDir: root}, 'bench-office-formats', {minify: true})
  const paths = {
    txt: SLUGS.map((slug) => join(root, 'fixtures/corpus', `${slug}.txt`)),
    docx: SLUGS.map((slug) => join(root, 'fixtures/docx', `${slug}.docx`)),
    doc: SLUGS.map((slug) => join(root, 'fixtures/doc', `${slug}.doc`)),
    ofd: SLUGS.map((slug) => join(root, 'fixtures/ofd', `${slug}.ofd`)),
  }
  const perReport = (ms) => `${(ms / SLUGS.length).toFixed(1)} ms`
  const formats = Object.keys(paths)
  // Warm-up: loads each reader and compiles the rules.
  for (const format of formats) await readAndLintAll(paths[format])
  const reads = await bestOfInterleaved(formats.map((format) => () => readAll(paths[format])))
  const lints = await bestOfInterleaved(formats.map((format) => () => readAndLintAll(paths[format])))
  const readMs = Object.fromEntries(formats.map((format, index) => [format, reads[index]]))
  for (const [index, format] of formats.entries()) {
    row(`in-process: read .${format} (per report, best of ${ROUNDS})`, perReport(reads[index]))
    row(`in-process: read + lint .${format}`, perReport(lints[index]))
  }
  for (const format of ['doc', 'ofd']) {
    const ratio = readMs[format] / readMs.docx
    row(`  read .${format} ÷ read .docx (target ≤ ${TARGET_RATIO}×)`, `${ratio.toFixed(2)}×`, ratio <= TARGET_RATIO ? 'met' : 'NOT MET')
  }

  const fzlint = join(root, 'packages/cli/bin/fzlint.js')
  for (const [format, files] of Object.entries(paths)) {
    let wholeMs = Number.POSITIVE_INFINITY
    for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
      const start = performance.now()
      const run = spawnSync(process.execPath, [fzlint, '--format', 'json', ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      if (run.status !== 0 && run.status !== 1) throw new Error(`fzlint on the .${format} files exited ${run.status}: ${run.stderr}`)
      wholeMs = Math.min(wholeMs, performance.now() - start)
    }
    row(`whole process: fzlint on the five .${format} (per report)`, perReport(wholeMs), 'start-up included')
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`)
  await runBenchmark({root, row})
}
