/**
 * pdf.js for the page, bundled by scripts/build.mjs into its own script (pdf.js beside app.js), which the page
 * loads only when a .pdf is dropped: 1.7 MB the page does not need for .docx and .txt. pdf.js's worker runs in
 * the page's thread (globalThis.pdfjsWorker): the Content-Security-Policy allows no other script source, and one
 * report at a time needs no thread of its own.
 *
 * The page may fetch nothing, so the CMaps that PDFs in the standard Chinese fonts need when those are not embedded
 * (STSong-Light and the like, with GB encodings, as older office software writes) come inside this script, and a
 * data factory of its own hands them to pdf.js (fzlintPdfDocumentOptions).
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
// @ts-expect-error pdf.js ships no types for its worker module
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import adobeGb1Ucs2 from 'pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap'
import gbEucH from 'pdfjs-dist/cmaps/GB-EUC-H.bcmap'
import gbkEucH from 'pdfjs-dist/cmaps/GBK-EUC-H.bcmap'
import gbpcEucH from 'pdfjs-dist/cmaps/GBpc-EUC-H.bcmap'
import uniGbUcs2H from 'pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap'
import uniGbUtf16H from 'pdfjs-dist/cmaps/UniGB-UTF16-H.bcmap'

const CMAPS: Record<string, Uint8Array> = {
  'Adobe-GB1-UCS2.bcmap': adobeGb1Ucs2,
  'GB-EUC-H.bcmap': gbEucH,
  'GBK-EUC-H.bcmap': gbkEucH,
  'GBpc-EUC-H.bcmap': gbpcEucH,
  'UniGB-UCS2-H.bcmap': uniGbUcs2H,
  'UniGB-UTF16-H.bcmap': uniGbUtf16H,
}

/** pdf.js's binary data factory (getDocument's BinaryDataFactory), answering from the CMaps above. */
class EmbeddedDataFactory {
  async fetch({kind, filename}: {kind: string; filename: string}): Promise<Uint8Array> {
    const data = kind === 'cMapUrl' ? CMAPS[filename] : undefined
    if (!data) throw new Error(`${filename}: not available in the page`)
    return data
  }
}

const global = globalThis as {pdfjsWorker?: unknown; fzlintPdfJs?: unknown; fzlintPdfDocumentOptions?: Record<string, unknown>}
global.pdfjsWorker = worker
global.fzlintPdfJs = pdfjs
global.fzlintPdfDocumentOptions = {cMapUrl: 'embedded/', cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: EmbeddedDataFactory}
