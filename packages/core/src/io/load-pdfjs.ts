/**
 * pdf.js for Node (Node-only): the legacy build (the one meant for Node), with its worker run in this thread —
 * a report is read page by page anyway, and a worker thread per file would cost more than it saves — and the
 * CMaps and standard font data shipped beside it, which PDFs using the standard Chinese fonts without embedding
 * them (STSong-Light, Adobe-GB1) need to give their text. Loaded once, on the first .pdf.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {PdfJsLoad, PdfJsModule} from './read-pdf.js'

let loading: Promise<PdfJsLoad> | undefined

export function loadPdfJsForNode(): Promise<PdfJsLoad> {
  loading ??= (async () => {
    // Given as globalThis.pdfjsWorker, pdf.js uses this worker module in-thread instead of looking for its file.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    const global = globalThis as {pdfjsWorker?: unknown}
    global.pdfjsWorker ??= worker
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    return {
      pdfjs: pdfjs as unknown as PdfJsModule,
      documentOptions: {cMapUrl: join(root, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + '/'},
    }
  })()
  return loading
}
