/**
 * A file dropped on the page → the text to lint, through the same readers, size limit and bilingual errors as
 * `readInputFile` in @fzlint/core/io uses for a file on disk (that one reads from disk and is Node-only).
 */
import {checkInputSize, createPdfReader, createWordBinaryReader, docxReader, InputError, markdownReader, ofdReader, readInputBytes, textReader, type ReadInput} from '@fzlint/core/browser'
import {loadPdfJsInPage} from './load-pdfjs.js'
import {loadWordExtractorInPage} from './load-word-extractor.js'

/** What the page needs of a `File` (tests pass plain objects). */
export interface DroppedFile {
  readonly name: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The formats the page reads (its file chooser offers their extensions); anything else is read as plain text, as the CLI does. */
const PAGE_READERS = [
  docxReader,
  ofdReader,
  createPdfReader(loadPdfJsInPage),
  // Word 97-2003 and OLE WPS files, through the page's own bundle of word-extractor (word.js, loaded on the first one).
  createWordBinaryReader('doc', ['.doc'], loadWordExtractorInPage),
  createWordBinaryReader('wps', ['.wps'], loadWordExtractorInPage),
  textReader,
  markdownReader,
]

/** HTML has a reader in the CLI, but its positions point into the markup, which the page cannot mark. */
const CLI_ONLY_EXTENSIONS = ['.html', '.htm']

export async function readDroppedFile(file: DroppedFile): Promise<ReadInput> {
  const name = file.name
  if (CLI_ONLY_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
    throw new InputError('unsupported', name, `${name}: 网页文件请用命令行 fzlint 检查；本页面检查 .docx、.doc、.wps、.ofd、.pdf、.txt、.md / check .html files with the fzlint command; this page reads .docx, .doc, .wps, .ofd, .pdf, .txt and .md`)
  }
  checkInputSize(file.size, name)
  return readInputBytes(new Uint8Array(await file.arrayBuffer()), name, {}, PAGE_READERS)
}
