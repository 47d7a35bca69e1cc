/** A file on disk → the text to lint: size limits first, then the bytes through the reader for the extension. Node-only. */
import {readFileSync, statSync, promises as fs} from 'node:fs'
import {InputError} from './errors.js'
import {loadPdfJsForNode} from './load-pdfjs.js'
import {decodeUtf8WithNodeBuffer} from './node-utf8.js'
import {checkInputSize, createDecodingReader, createPdfReader, createWordBinaryReader, docxReader, htmlReader, markdownReader, ofdReader, readInputBytes, textReader, type ReadInput, type ReadOptions, type Reader} from './readers.js'

export {DEFAULT_MAX_BYTES, findReader, type ReadInput, type ReadOptions, type Reader} from './readers.js'

// Word 97-2003 and WPS binary files, read by word-extractor as installed (it works on Node's Buffer).
const loadWordExtractorForNode = async () => (await import('./read-doc.js')).nodeWordBinary
export const docReader: Reader = createWordBinaryReader('doc', ['.doc'], loadWordExtractorForNode)
export const wpsReader: Reader = createWordBinaryReader('wps', ['.wps'], loadWordExtractorForNode)

export const pdfReader: Reader = createPdfReader(loadPdfJsForNode)

// The .txt and .md readers as the browser page has them, but decoding UTF-8 with Node's faster check and conversion (node-utf8.ts).
const nodeTextReader: Reader = createDecodingReader('text', textReader.extensions, decodeUtf8WithNodeBuffer)
const nodeMarkdownReader: Reader = createDecodingReader('markdown', markdownReader.extensions, decodeUtf8WithNodeBuffer)

/** Every format fzlint reads from disk. */
export const READERS: readonly Reader[] = [nodeTextReader, nodeMarkdownReader, docxReader, htmlReader, docReader, wpsReader, ofdReader, pdfReader]

export const LINTABLE_EXTENSIONS: readonly string[] = READERS.flatMap((reader) => reader.extensions)

/** Reads one input file; every failure is an InputError with a bilingual message naming the file. */
export async function readInputFile(filePath: string, options: ReadOptions = {}): Promise<ReadInput> {
  return readInputFromBytes(await readFileBytes(filePath, options), filePath, options)
}

/** The text to lint from a file's bytes already read (readFileBytes), through the reader for its extension. */
export function readInputFromBytes(bytes: Uint8Array, filePath: string, options: ReadOptions = {}): Promise<ReadInput> {
  return readInputBytes(bytes, filePath, options, READERS)
}

/** A file's bytes, within the size limit; every failure is an InputError with a bilingual message naming the file. */
export async function readFileBytes(filePath: string, options: ReadOptions = {}): Promise<Uint8Array> {
  let size: number
  try {
    const info = options.isBlocking ? statSync(filePath) : await fs.stat(filePath)
    if (info.isDirectory()) throw new InputError('is-directory', filePath, `${filePath}: 是目录而不是文件 / is a directory`)
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('not-found', filePath, `${filePath}: 文件不存在 / no such file`, {cause: error})
    throw new InputError('unreadable', filePath, `${filePath}: 无法读取 (${code}) / cannot read`, {cause: error})
  }
  checkInputSize(size, filePath, options.maxBytes)
  let bytes: Uint8Array
  try {
    bytes = options.isBlocking ? readFileSync(filePath) : await fs.readFile(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError('unreadable', filePath, `${filePath}: 无法读取 (${code}) / cannot read`, {cause: error})
  }
  return bytes
}
