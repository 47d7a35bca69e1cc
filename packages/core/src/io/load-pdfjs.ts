/**
 * pdf.js for Node (Node-only): the legacy build (the one meant for Node), with its worker run in this thread —
 * a report is read page by page anyway, and a worker thread per file would cost more than it saves — and the
 * CMaps and standard font data shipped beside it, which PDFs using the standard Chinese fonts without embedding
 * them (STSong-Light, Adobe-GB1) need to give their text. Loaded once, on the first .pdf.
 *
 * pdf.js is never bundled into fzlint's code: it is found on disk and loaded by path. The installed `fzlint`
 * package carries the parts it needs in dist/pdfjs/ (scripts/build.mjs copies them: the minified legacy build, its
 * worker, the CMaps and standard fonts, 4 MB instead of pdfjs-dist's 40 MB and its optional 30 MB native canvas),
 * found by walking up from the bundle; from the sources, and from a workspace bundle (a review or pool worker
 * under packages/<name>/dist), pdfjs-dist is resolved as a package, through @fzlint/core when need be.
 */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {guardBuiltins} from './guard-builtins.js'
import type {PdfJsLoad, PdfJsModule} from './read-pdf.js'

let loading: Promise<PdfJsLoad> | undefined

/** The folder holding legacy/build/pdf.mjs: dist/pdfjs/ beside a bundle of the fzlint package, else pdfjs-dist. */
function findPdfJsRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  // dist/cli.cjs (the CLI and its pool workers), dist/worker/ and dist/server/ with their chunks/: dist/pdfjs/ is at most
  // two folders up.
  for (let level = 0; level < 3; level++) {
    if (existsSync(join(folder, 'pdfjs', 'legacy', 'build', 'pdf.mjs'))) return join(folder, 'pdfjs')
    folder = dirname(folder)
  }
  const require = createRequire(import.meta.url)
  try {
    return dirname(require.resolve('pdfjs-dist/package.json'))
  } catch {
    const core = require.resolve('@fzlint/core/package.json')
    return dirname(createRequire(core).resolve('pdfjs-dist/package.json'))
  }
}

/**
 * An ES module of pdf.js by its path. `require` first: Node 20.19+ loads an ES module without top-level await
 * through require(), and the CLI's bundle, compiled through node:vm for its code cache, has no import() of its own.
 */
async function loadModule(path: string): Promise<unknown> {
  try {
    return createRequire(import.meta.url)(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error
    return import(pathToFileURL(path).href)
  }
}

/**
 * pdf.js's Node build looks for an optional native canvas (@napi-rs/canvas) when it loads, for rendering, which
 * fzlint does not do: fzlint leaves that 30 MB package out. Without it pdf.js warns on stderr (`Warning: Cannot load
 * "@napi-rs/canvas"…`, before any verbosity option can apply) and, at the top level of its module, builds a
 * DOMMatrix, which Node lacks. So while it loads, a bare DOMMatrix stands in (only rendering would use its methods)
 * and its warnings are held back.
 */
async function loadQuietly<T>(load: () => Promise<T>): Promise<T> {
  const global = globalThis as {DOMMatrix?: unknown}
  if (global.DOMMatrix === undefined) {
    global.DOMMatrix = class DOMMatrix {
      a = 1
      b = 0
      c = 0
      d = 1
      e = 0
      f = 0
    }
  }
  const warn = console.warn
  const log = console.log
  const quiet =
    (write: (...values: unknown[]) => void) =>
    (...values: unknown[]) => {
      if (typeof values[0] === 'string' && values[0].startsWith('Warning: ')) return
      write(...values)
    }
  console.warn = quiet(warn)
  console.log = quiet(log)
  try {
    return await load()
  } finally {
    console.warn = warn
    console.log = log
  }
}

export function loadPdfJsForNode(): Promise<PdfJsLoad> {
  loading ??= (async () => {
    const root = findPdfJsRoot()
    const restoreBuiltins = guardBuiltins()
    let worker: unknown
    let pdfjs: PdfJsModule
    try {
      // Given as globalThis.pdfjsWorker, pdf.js uses this worker module in-thread instead of looking for its file.
      worker = await loadQuietly(() => loadModule(join(root, 'legacy/build/pdf.worker.mjs')))
      pdfjs = (await loadQuietly(() => loadModule(join(root, 'legacy/build/pdf.mjs')))) as PdfJsModule
    } finally {
      restoreBuiltins()
    }
    const global = globalThis as {pdfjsWorker?: unknown}
    global.pdfjsWorker ??= worker
    return {pdfjs, documentOptions: {cMapUrl: join(root, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + '/'}}
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
