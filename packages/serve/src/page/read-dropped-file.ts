/**
 * A file dropped on the page → the text to lint, as `readInputFile` in @fzlint/core/io does for a file on disk
 * (same readers by extension, same 10 MB limit, same bilingual InputErrors); that one reads from disk and is
 * Node-only, so the choice of reader is repeated here for bytes the browser already holds.
 */
import {decodeBytes, InputError, readDocx, type ReadInput} from '@fzlint/core/browser'

/** What the page needs of a `File` (tests pass plain objects). */
export interface DroppedFile {
  readonly name: string
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The CLI's default `--max-file-size` (DEFAULT_MAX_BYTES in read-input.ts). */
export const MAX_BYTES = 10 * 1024 * 1024

/** The extensions the page reads; anything else is read as plain text, as the CLI does. */
export const PAGE_EXTENSIONS = ['.docx', '.txt', '.text', '.md', '.markdown'] as const

/** HTML has a reader in the CLI, but its positions point into the markup, which the page cannot mark. */
const CLI_ONLY_EXTENSIONS = ['.html', '.htm']

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot).toLowerCase()
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

function requireText(text: string, name: string): string {
  if (text.trim() === '') throw new InputError('empty', name, `${name}: 文件为空 / file is empty`)
  return text
}

export async function readDroppedFile(file: DroppedFile): Promise<ReadInput> {
  const name = file.name
  const extension = extensionOf(name)
  if (CLI_ONLY_EXTENSIONS.includes(extension)) {
    throw new InputError('unsupported', name, `${name}: 网页文件请用命令行 fzlint 检查；本页面检查 .docx、.txt、.md / check .html files with the fzlint command; this page reads .docx, .txt and .md`)
  }
  if (file.size > MAX_BYTES) {
    throw new InputError('too-large', name, `${name}: 文件过大（${describeSize(file.size)}，上限 ${describeSize(MAX_BYTES)}）/ file too large (limit ${describeSize(MAX_BYTES)})`)
  }
  if (file.size === 0) throw new InputError('empty', name, `${name}: 文件为空 / file is empty`)
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (extension === '.docx') return readDocx(bytes, name, {})
  const decoded = decodeBytes(bytes, name)
  const isMarkdown = extension === '.md' || extension === '.markdown'
  return {
    text: requireText(decoded.text, name),
    syntax: isMarkdown ? 'markdown' : 'text',
    format: isMarkdown ? 'markdown' : 'text',
    encoding: decoded.encoding,
    isFixable: true,
  }
}
