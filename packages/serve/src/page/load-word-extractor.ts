/** Loads the page's word-extractor script (word.js, served beside app.js) once, on the first dropped .doc or OLE .wps. */
import type {WordBinaryLoad} from '@fzlint/core/browser'

let loading: Promise<WordBinaryLoad> | undefined

export function loadWordExtractorInPage(): Promise<WordBinaryLoad> {
  loading ??= new Promise<WordBinaryLoad>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = 'word.js'
    script.onload = () => {
      const {fzlintWordBinary} = globalThis as {fzlintWordBinary?: WordBinaryLoad}
      if (fzlintWordBinary) resolve(fzlintWordBinary)
      else reject(new Error('word-extractor did not load'))
    }
    script.onerror = () => {
      loading = undefined
      reject(new Error('无法加载 Word 文档读取程序 / cannot load the Word document reader'))
    }
    document.head.append(script)
  })
  return loading
}
