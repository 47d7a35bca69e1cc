/**
 * pdf.js for Node (Node-only): the legacy build (the one meant for Node), with its worker run in this thread —
 * a report is read page by page anyway, and a worker thread per file would cost more than it saves — and the
 * CMaps and standard font data shipped beside it, which PDFs using the standard Chinese fonts without embedding
 * them (STSong-Light, Adobe-GB1) need to give their text. Loaded once, on the first .pdf.
 *
 * pdf.js is never bundled: it is found on disk and imported by file URL. The installed `fzlint` package has it as
 * a dependency beside its bundles; a workspace bundle (the review or pool worker under packages/<name>/dist) finds
 * it through @fzlint/core, whose dependency it is.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {PdfJsLoad, PdfJsModule} from './read-pdf.js'

let loading: Promise<PdfJsLoad> | undefined

function findPdfJsRoot(): string {
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

export function loadPdfJsForNode(): Promise<PdfJsLoad> {
  loading ??= (async () => {
    const root = findPdfJsRoot()
    // Given as globalThis.pdfjsWorker, pdf.js uses this worker module in-thread instead of looking for its file.
    const worker = await loadModule(join(root, 'legacy/build/pdf.worker.mjs'))
    const global = globalThis as {pdfjsWorker?: unknown}
    global.pdfjsWorker ??= worker
    const pdfjs = (await loadModule(join(root, 'legacy/build/pdf.mjs'))) as PdfJsModule
    return {pdfjs, documentOptions: {cMapUrl: join(root, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + '/'}}
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
