/** Loads the page's pdf.js script (pdf.js, served beside app.js) once, on the first dropped .pdf. */
import {guardBuiltins, type PdfJsLoad, type PdfJsModule} from '@fzlint/core/browser'

let loading: Promise<PdfJsLoad> | undefined

export function loadPdfJsInPage(): Promise<PdfJsLoad> {
  loading ??= new Promise<PdfJsLoad>((resolve, reject) => {
    // pdf.js's legacy build replaces some of the page's built-ins with slower polyfills: they are put back once it ran.
    const restoreBuiltins = guardBuiltins()
    const script = document.createElement('script')
    script.src = 'pdf.js'
    script.onload = () => {
      restoreBuiltins()
      const {fzlintPdfJs: pdfjs, fzlintPdfDocumentOptions: documentOptions} = globalThis as {fzlintPdfJs?: PdfJsModule; fzlintPdfDocumentOptions?: Record<string, unknown>}
      if (pdfjs) resolve({pdfjs, documentOptions})
      else reject(new Error('pdf.js did not load'))
    }
    script.onerror = () => {
      restoreBuiltins()
      loading = undefined
      reject(new Error('无法加载 pdf.js / cannot load pdf.js'))
    }
    document.head.append(script)
  })
  return loading
}
