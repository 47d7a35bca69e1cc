// Milliseconds per report for each input format: the five corpus reports as .txt, .docx and .pdf (LibreOffice's
// export, fixtures/pdf/), read from disk, and read + linted, in-process and warm (the best of FZLINT_BENCH_FORMAT_ROUNDS
// rounds, 5 by default); beside them poppler's `pdftotext` on the same PDFs as the anchor (one process a PDF, as a
// reviewer would run it; Debian's poppler-utils, installed with apt-get when missing and running as root), and the
// whole `fzlint` process on the five PDFs. Target: reading a PDF within 3× pdftotext. Run alone
// (`node bench/input-formats.mjs`, after `pnpm build`) or from `pnpm bench`.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {importBundled} from '../scripts/bundle-for-node.mjs'

const ROUNDS = Number(process.env.FZLINT_BENCH_FORMAT_ROUNDS ?? 5)
const SLUGS = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']
/** Reading a PDF may take this many times pdftotext's time. */
const TARGET_RATIO = 3

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

async function bestMs(work) {
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    await work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

export async function runBenchmark({root, row}) {
  const {readAll, readAndLintAll} = await importBundled(root, 'bench/read-formats.ts', 'bench-read-formats', {minify: true})
  const paths = {
    txt: SLUGS.map((slug) => join(root, 'fixtures/corpus', `${slug}.txt`)),
    docx: SLUGS.map((slug) => join(root, 'fixtures/docx', `${slug}.docx`)),
    pdf: SLUGS.map((slug) => join(root, 'fixtures/pdf', `${slug}.pdf`)),
  }
  const perReport = (ms) => `${(ms / SLUGS.length).toFixed(1)} ms`
  const readMs = {}
  for (const [format, files] of Object.entries(paths)) {
    await readAndLintAll(files) // warm-up: loads the reader (pdf.js for .pdf) and compiles the rules
    readMs[format] = await bestMs(() => readAll(files))
    const lintMs = await bestMs(() => readAndLintAll(files))
    row(`in-process: read .${format} (per report, best of ${ROUNDS})`, perReport(readMs[format]))
    row(`in-process: read + lint .${format}`, perReport(lintMs))
  }

  const fzlint = join(root, 'packages/cli/bin/fzlint.js')
  let wholeMs = Number.POSITIVE_INFINITY
  for (let round = 0; round < Math.min(ROUNDS, 3); round++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, [fzlint, '--format', 'json', ...paths.pdf], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    if (run.status !== 0 && run.status !== 1) throw new Error(`fzlint on the PDFs exited ${run.status}: ${run.stderr}`)
    wholeMs = Math.min(wholeMs, performance.now() - start)
  }
  row('whole process: fzlint on the five PDFs (per report)', perReport(wholeMs), 'start-up included')

  const pdftotext = ensurePdfToText()
  if (!pdftotext) {
    row('pdftotext (poppler-utils)', 'missing', 'install poppler-utils (as root) to measure the anchor')
    return
  }
  const anchorMs = await bestMs(() => {
    for (const file of paths.pdf) {
      const run = spawnSync(pdftotext, ['-enc', 'UTF-8', file, '-'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      if (run.status !== 0) throw new Error(`pdftotext ${file} exited ${run.status}: ${run.stderr}`)
    }
  })
  row('pdftotext on the same PDFs (per report, one process each)', perReport(anchorMs), 'anchor')
  const ratio = readMs.pdf / anchorMs
  row(`  read .pdf ÷ pdftotext (target ≤ ${TARGET_RATIO}×)`, `${ratio.toFixed(2)}×`, ratio <= TARGET_RATIO ? 'met' : 'NOT MET')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`)
  await runBenchmark({root, row})
}
