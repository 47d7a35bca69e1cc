/**
 * A file dropped on the page → the text to lint, through the same readers, size limit and bilingual errors as
 * `readInputFile` in @fzlint/core/io uses for a file on disk (that one reads from disk and is Node-only).
 */
import {checkInputSize, createPdfReader, docxReader, InputError, markdownReader, ofdReader, readInputBytes, textReader, type ReadInput} from '@fzlint/core/browser'
import {loadPdfJsInPage} from './load-pdfjs.js'

/** What the page needs of a `File` (tests pass plain objects). */
export interface DroppedFile {
  readonly name: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The formats the page reads (its file chooser offers their extensions); anything else is read as plain text, as the CLI does. */
const PAGE_READERS = [docxReader, ofdReader, createPdfReader(loadPdfJsInPage), textReader, markdownReader]

/** HTML has a reader in the CLI, but its positions point into the markup, which the page cannot mark. */
const CLI_ONLY_EXTENSIONS = ['.html', '.htm']

/** Word 97-2003 and WPS binary files: their reader (word-extractor) needs Node's Buffer and file streams. */
const WORD_BINARY_EXTENSIONS = ['.doc', '.wps']

export async function readDroppedFile(file: DroppedFile): Promise<ReadInput> {
  const name = file.name
  if (CLI_ONLY_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
    throw new InputError('unsupported', name, `${name}: 网页文件请用命令行 fzlint 检查；本页面检查 .docx、.ofd、.pdf、.txt、.md / check .html files with the fzlint command; this page reads .docx, .ofd, .pdf, .txt and .md`)
  }
  if (WORD_BINARY_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
    throw new InputError(
      'unsupported',
      name,
      `${name}: 浏览器中无法读取 Word 97-2003 (.doc) 和 WPS (.wps) 文件，请用命令行 fzlint 检查，或在 Word、WPS 中另存为 .docx 后拖入 / .doc and .wps files cannot be read in the browser: check them with the fzlint command, or save them as .docx and drop that`,
    )
  }
  checkInputSize(file.size, name)
  return readInputBytes(new Uint8Array(await file.arrayBuffer()), name, {}, PAGE_READERS)
}
