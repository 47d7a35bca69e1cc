/** File → text to lint: picks the reader by extension, enforces size limits, decodes. Node-only. */
import {readFileSync, statSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {extname} from 'node:path'
import type {HeadingHints, SourceSyntax} from '../parse/index.js'
import type {PositionMap} from '../engine/types.js'
import {decodeBytes, type Encoding} from './decode.js'
import {InputError} from './errors.js'

export interface ReadOptions {
  /** Force a text encoding instead of detecting it. */
  encoding?: Encoding
  /** Refuse files larger than this many bytes (default 10 MB). */
  maxBytes?: number
  /**
   * Read with blocking calls: for worker threads, which have nothing else to do meanwhile and would otherwise
   * sit idle through each asynchronous round trip to the file system.
   */
  isBlocking?: boolean
}

export interface ReadInput {
  /** The text rules see. For .txt/.md it is the file itself; for .docx/.html the extracted text. */
  text: string
  syntax: SourceSyntax
  format: 'text' | 'markdown' | 'docx' | 'html'
  encoding: string
  /** Present when `text` is extracted: maps its offsets back to the original file. */
  positionMap?: PositionMap
  /** True when fixes can be written back to the file as text edits. */
  isFixable: boolean
  /** For .docx: paragraphs that Word's heading styles or outline levels make headings, by start offset in `text`. */
  headingHints?: HeadingHints
}

export interface Reader {
  format: ReadInput['format']
  extensions: readonly string[]
  read(bytes: Uint8Array, filePath: string, options: ReadOptions): Promise<ReadInput>
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

function requireText(text: string, filePath: string): string {
  if (text.trim() === '') throw new InputError('empty', filePath, `${filePath}: 文件为空 / file is empty`)
  return text
}

const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  async read(bytes, filePath, options) {
    const decoded = decodeBytes(bytes, filePath, options.encoding)
    return {text: requireText(decoded.text, filePath), syntax: 'text', format: 'text', encoding: decoded.encoding, isFixable: true}
  },
}

const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes, filePath, options) {
    const decoded = decodeBytes(bytes, filePath, options.encoding)
    return {text: requireText(decoded.text, filePath), syntax: 'markdown', format: 'markdown', encoding: decoded.encoding, isFixable: true}
  },
}

// Word and HTML readers pull in heavy libraries, so they load only when such a file is read.
const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes, filePath, options) {
    const {readDocx} = await import('./read-docx.js')
    return readDocx(bytes, filePath, options)
  },
}

const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes, filePath, options) {
    const {readHtml} = await import('./read-html.js')
    return readHtml(bytes, filePath, options)
  },
}

export const READERS: readonly Reader[] = [textReader, markdownReader, docxReader, htmlReader]

export const LINTABLE_EXTENSIONS: readonly string[] = READERS.flatMap((reader) => reader.extensions)

export function findReader(filePath: string): Reader | undefined {
  const extension = extname(filePath).toLowerCase()
  return READERS.find((reader) => reader.extensions.includes(extension))
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Reads one input file; every failure is an InputError with a bilingual message naming the file. */
export async function readInputFile(filePath: string, options: ReadOptions = {}): Promise<ReadInput> {
  const reader = findReader(filePath) ?? textReader
  let size: number
  try {
    const info = options.isBlocking ? statSync(filePath) : await stat(filePath)
    if (info.isDirectory()) throw new InputError('is-directory', filePath, `${filePath}: 是目录而不是文件 / is a directory`)
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('not-found', filePath, `${filePath}: 文件不存在 / no such file`, {cause: error})
    throw new InputError('unreadable', filePath, `${filePath}: 无法读取 (${code}) / cannot read`, {cause: error})
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (size > maxBytes) {
    throw new InputError(
      'too-large',
      filePath,
      `${filePath}: 文件过大（${describeSize(size)}，上限 ${describeSize(maxBytes)}）/ file too large (limit ${describeSize(maxBytes)})`,
    )
  }
  if (size === 0) throw new InputError('empty', filePath, `${filePath}: 文件为空 / file is empty`)
  let bytes: Uint8Array
  try {
    bytes = options.isBlocking ? readFileSync(filePath) : await readFile(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError('unreadable', filePath, `${filePath}: 无法读取 (${code}) / cannot read`, {cause: error})
  }
  return reader.read(bytes, filePath, options)
}
