/**
 * pdf.js for the page, bundled by scripts/build.mjs into its own script (pdf.js beside app.js), which the page
 * loads only when a .pdf is dropped: 1.6 MB the page does not need for .docx and .txt. pdf.js's worker runs in
 * the page's thread (globalThis.pdfjsWorker): the Content-Security-Policy allows no other script source, and one
 * report at a time needs no thread of its own.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
// @ts-expect-error pdf.js ships no types for its worker module
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'

const global = globalThis as {pdfjsWorker?: unknown; fzlintPdfJs?: unknown}
global.pdfjsWorker = worker
global.fzlintPdfJs = pdfjs
