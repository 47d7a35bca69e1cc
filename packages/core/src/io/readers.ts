/**
 * Bytes → the text to lint, by file extension: size limits, decoding, and the reader for each format. No file
 * system here, so the Node file reader (read-input.ts) and the browser page of `fzlint serve` share it.
 */
import type {SourceSyntax} from '../parse/types.js'
import {decodeBytes, decodeUtf8WithTextDecoder, type Utf8Decoder} from './decode.js'
import {InputError} from './errors.js'
import {unwrapLines} from '../text/unwrap-lines.js'
import {describeSize} from './zip-parts.js'
import type {ReadInput, ReadOptions, Reader} from './reader-types.js'
import type {PdfJsLoad} from './read-pdf.js'
import type {WordBinaryFormat, WordBinaryLoad} from './read-word-binary.js'

export {extractedTextNotFixed, type ReadInput, type ReadOptions, type Reader} from './reader-types.js'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

function requireText(text: string, filePath: string): string {
  if (text.trim() === '') throw new InputError('empty', filePath, `${filePath}: 文件为空 / file is empty`)
  return text
}

/**
 * Decoded text → what rules see, as the .txt and .md readers make it: plain text wrapped at a page's width (copied
 * from a PDF) is read with its paragraphs rejoined; Markdown joins a paragraph's lines itself. The language server
 * reads an open document with it, so the editor lints and fixes exactly what the CLI would.
 */
export function readDecodedText(text: string, syntax: SourceSyntax, encoding: string): ReadInput {
  const format = syntax === 'markdown' ? 'markdown' : 'text'
  const unwrapped = syntax === 'text' ? unwrapLines(text) : null
  if (unwrapped) {
    return {
      ...unwrapped,
      syntax,
      format,
      encoding,
      // Fixes refer to the rejoined text; writing it back would also undo the file's line breaks.
      unfixableReason: '按页面宽度回行的文本（如从 PDF 复制）不能自动修复，请按提示手工修改 / text wrapped at a page width (copied from a PDF) is not fixed automatically',
    }
  }
  return {text, syntax, format, encoding}
}

/**
 * A reader of text files: decoded bytes as they are (see readDecodedText), read as plain text or as Markdown.
 * `decodeUtf8` decodes UTF-8, the usual encoding: Node's file reader passes a faster one than the portable default.
 */
export function createDecodingReader(syntax: SourceSyntax, extensions: readonly string[], decodeUtf8: Utf8Decoder = decodeUtf8WithTextDecoder): Reader {
  return {
    format: syntax === 'markdown' ? 'markdown' : 'text',
    extensions,
    async read(bytes, filePath, options) {
      const decoded = decodeBytes(bytes, filePath, options.encoding, decodeUtf8)
      return readDecodedText(requireText(decoded.text, filePath), syntax, decoded.encoding)
    },
  }
}

export const textReader: Reader = createDecodingReader('text', ['.txt', '.text'])

export const markdownReader: Reader = createDecodingReader('markdown', ['.md', '.markdown'])

// Word and HTML readers pull in heavy libraries, so they load only when such a file is read.
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes, filePath, options) {
    const {readDocx} = await import('./read-docx.js')
    return readDocx(bytes, filePath, options)
  },
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes, filePath, options) {
    const {readHtml} = await import('./read-html.js')
    return readHtml(bytes, filePath, options)
  },
}

// OFD (GB/T 33190) is a zip of XML read with JSZip like .docx, so the browser page can read it too.
export const ofdReader: Reader = {
  format: 'ofd',
  extensions: ['.ofd'],
  async read(bytes, filePath, options) {
    const {readOfd} = await import('./read-ofd.js')
    return readOfd(bytes, filePath, options)
  },
}

/**
 * A PDF reader with pdf.js loaded by `load`: Node (read-input.ts) and the browser page each load their own build.
 * pdf.js is large, so neither the reader nor pdf.js loads before a .pdf is read.
 */
export function createPdfReader(load: () => Promise<PdfJsLoad>): Reader {
  return {
    format: 'pdf',
    extensions: ['.pdf'],
    async read(bytes, filePath, options) {
      const {readPdf} = await import('./read-pdf.js')
      return readPdf(bytes, filePath, options, await load())
    },
  }
}

/**
 * A Word 97-2003 (.doc) or WPS (.wps) reader with word-extractor loaded by `load`: Node (read-input.ts) loads the
 * package, the browser page its own bundle of it. word-extractor loads only when a Word binary document's body is read.
 */
export function createWordBinaryReader(format: WordBinaryFormat, extensions: readonly string[], load: () => Promise<WordBinaryLoad>): Reader {
  return {
    format,
    extensions,
    async read(bytes, filePath, options) {
      const {readWordBinary} = await import('./read-word-binary.js')
      return readWordBinary(bytes, filePath, options, format, load)
    },
  }
}

/** `.docx` for `报告.DOCX`; empty when the name has none. */
export function extensionOf(filePath: string): string {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot).toLowerCase()
}

// Callers pass the readers they offer (read-input.ts all of them, the browser page no HTML): a default list
// here would carry the HTML reader and its parser into the page's bundle.
export function findReader(filePath: string, readers: readonly Reader[]): Reader | undefined {
  const extension = extensionOf(filePath)
  return readers.find((reader) => reader.extensions.includes(extension))
}

/** Refuses a file over the size limit or empty, before its bytes are read. */
export function checkInputSize(size: number, filePath: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    throw new InputError(
      'too-large',
      filePath,
      `${filePath}: 文件过大（${describeSize(size)}，上限 ${describeSize(maxBytes)}）/ file too large (limit ${describeSize(maxBytes)})`,
    )
  }
  if (size === 0) throw new InputError('empty', filePath, `${filePath}: 文件为空 / file is empty`)
}

/** A file's bytes through the reader for its extension (the list's plain-text reader when no reader claims it). */
export function readInputBytes(bytes: Uint8Array, filePath: string, options: ReadOptions, readers: readonly Reader[]): Promise<ReadInput> {
  const reader = findReader(filePath, readers) ?? readers.find((candidate) => candidate.format === 'text') ?? textReader
  return reader.read(bytes, filePath, options)
}
