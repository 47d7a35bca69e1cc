// Milliseconds per report for each input format, measured alike: the five corpus reports as .txt, .docx, Word 97-2003
// .doc (LibreOffice's, fixtures/doc/), OFD (fixtures/ofd/) and PDF (LibreOffice's export, fixtures/pdf/), read from
// disk, and read + linted, in-process and warm (the best of FZLINT_BENCH_FORMAT_ROUNDS rounds, 10 by default; each
// round times every format in turn, so that a busy moment of a shared machine falls on all formats alike), and the
// whole `fzlint` process on the five files of each format (best of at most 3 rounds, formats in turn). Beside them,
// timed in the same read rounds, poppler's `pdftotext` on the same PDFs as the anchor (one process a PDF, as a reviewer
// would run it; Debian's poppler-utils, installed with apt-get when missing and running as root). Targets: reading a
// PDF within 3× pdftotext; reading a .doc and an .ofd within 2× reading the .docx. Run alone
// (`node bench/input-formats.mjs`, after `pnpm build`: the whole-process column runs the built CLI) or from `pnpm bench`.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {importBundled} from '../scripts/bundle-for-node.mjs'

const ROUNDS = Number(process.env.FZLINT_BENCH_FORMAT_ROUNDS ?? 10)
/** Whole processes take longer (pdf.js is loaded anew in each): at most this many rounds of them. */
const PROCESS_ROUNDS = Math.min(ROUNDS, 3)
const SLUGS = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']
/** The formats in the table, each with the folder of its five files. */
const FOLDERS = {txt: 'fixtures/corpus', docx: 'fixtures/docx', doc: 'fixtures/doc', ofd: 'fixtures/ofd', pdf: 'fixtures/pdf'}
/** Reading a PDF may take this many times pdftotext's time. */
const PDF_TARGET_RATIO = 3
/** Reading a .doc or an .ofd may take this many times reading the same reports' .docx. */
const OFFICE_TARGET_RATIO = 2

const met = (isMet) => (isMet ? 'met' : 'NOT MET')

function findPdfToText() {
  for (const candidate of ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext']) if (existsSync(candidate)) return candidate
  const which = spawnSync('which', ['pdftotext'], {encoding: 'utf8'})
  return which.status === 0 ? which.stdout.trim() : null
}

/** pdftotext, installed from Debian's poppler-utils when missing (root only); null when it cannot be had. */
function ensurePdfToText() {
  const found = findPdfToText()
  if (found) return found
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  process.stderr.write('bench: 正在安装 poppler-utils / installing poppler-utils (pdftotext) with apt-get…\n')
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  spawnSync('apt-get', ['update'], {stdio: 'inherit', env})
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {stdio: 'inherit', env})
  return findPdfToText()
}

/** The best time of each piece of work over `rounds` rounds, the pieces taking turns within a round. */
async function bestOfInterleaved(works, rounds) {
  const best = works.map(() => Number.POSITIVE_INFINITY)
  for (let round = 0; round < rounds; round++) {
    for (const [index, work] of works.entries()) {
      const start = performance.now()
      await work()
      best[index] = Math.min(best[index], performance.now() - start)
    }
  }
  return best
}

export async function runBenchmark({root, row}) {
  const {readAll, readAndLintAll} = await importBundled(root, 'bench/read-formats.ts', 'bench-read-formats', {minify: true})
  const formats = Object.keys(FOLDERS)
  const paths = Object.fromEntries(formats.map((format) => [format, SLUGS.map((slug) => join(root, FOLDERS[format], `${slug}.${format}`))]))
  const missing = Object.values(paths).flat().filter((path) => !existsSync(path))
  if (missing.length > 0) throw new Error(`bench/input-formats.mjs: missing fixtures: ${missing.join(', ')}`)
  // Before any timing, so that an apt-get run does not fall into a round.
  const pdftotext = ensurePdfToText()
  const runPdfToText = () => {
    for (const file of paths.pdf) {
      const run = spawnSync(pdftotext, ['-enc', 'UTF-8', file, '-'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      if (run.status !== 0) throw new Error(`pdftotext ${file} exited ${run.status}: ${run.stderr}`)
    }
  }

  // Warm-up: loads each reader (pdf.js for .pdf) and compiles the rules; pdftotext's binary into the page cache.
  for (const format of formats) await readAndLintAll(paths[format])
  if (pdftotext) runPdfToText()
  const reads = await bestOfInterleaved([...formats.map((format) => () => readAll(paths[format])), ...(pdftotext ? [runPdfToText] : [])], ROUNDS)
  const lints = await bestOfInterleaved(formats.map((format) => () => readAndLintAll(paths[format])), ROUNDS)

  const fzlint = join(root, 'packages/cli/bin/fzlint.js')
  const wholes = await bestOfInterleaved(
    formats.map((format) => () => {
      const run = spawnSync(process.execPath, [fzlint, '--format', 'json', ...paths[format]], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      if (run.status !== 0 && run.status !== 1) throw new Error(`fzlint on the .${format} files exited ${run.status}: ${run.stderr}`)
    }),
    PROCESS_ROUNDS,
  )

  const perReport = (ms) => (ms / SLUGS.length).toFixed(1)
  const line = (label, read, lint, whole, note = '') => console.log(`  ${label.padEnd(12)}${read.padStart(10)}${lint.padStart(14)}${whole.padStart(16)}  ${note}`.trimEnd())
  console.log(`ms per report, the five corpus reports in each format (in-process warm, best of ${ROUNDS}; whole process best of ${PROCESS_ROUNDS})`)
  line('format', 'read', 'read + lint', 'whole process')
  const readMs = {}
  for (const [index, format] of formats.entries()) {
    readMs[format] = reads[index]
    line(`.${format}`, perReport(reads[index]), perReport(lints[index]), perReport(wholes[index]))
  }
  const anchorMs = pdftotext ? reads[formats.length] : null
  if (anchorMs === null) line('pdftotext', 'missing', '–', '–', 'install poppler-utils (as root) to measure the anchor')
  else line('pdftotext', perReport(anchorMs), '–', '–', 'poppler, on the same PDFs, one process each (in the read rounds)')

  if (anchorMs === null) row(`target: read .pdf ÷ pdftotext (≤ ${PDF_TARGET_RATIO}×)`, 'not measured', 'pdftotext missing')
  else {
    const ratio = readMs.pdf / anchorMs
    row(`target: read .pdf ÷ pdftotext (≤ ${PDF_TARGET_RATIO}×)`, `${ratio.toFixed(2)}×`, met(ratio <= PDF_TARGET_RATIO))
  }
  for (const format of ['doc', 'ofd']) {
    const ratio = readMs[format] / readMs.docx
    row(`target: read .${format} ÷ read .docx (≤ ${OFFICE_TARGET_RATIO}×)`, `${ratio.toFixed(2)}×`, met(ratio <= OFFICE_TARGET_RATIO))
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`)
  await runBenchmark({root, row})
}
