/** Loads the page's pdf.js script (pdf.js, served beside app.js) once, on the first dropped .pdf. */
import type {PdfJsLoad, PdfJsModule} from '@fzlint/core/browser'

let loading: Promise<PdfJsLoad> | undefined

export function loadPdfJsInPage(): Promise<PdfJsLoad> {
  loading ??= new Promise<PdfJsLoad>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = 'pdf.js'
    script.onload = () => {
      const {fzlintPdfJs: pdfjs, fzlintPdfDocumentOptions: documentOptions} = globalThis as {fzlintPdfJs?: PdfJsModule; fzlintPdfDocumentOptions?: Record<string, unknown>}
      if (pdfjs) resolve({pdfjs, documentOptions})
      else reject(new Error('pdf.js did not load'))
    }
    script.onerror = () => {
      loading = undefined
      reject(new Error('无法加载 pdf.js / cannot load pdf.js'))
    }
    document.head.append(script)
  })
  return loading
}
