/**
 * The zip side of the readers whose files are zips of XML (.docx, .ofd, a zip .wps): the limits that refuse a zip
 * bomb before anything is inflated, and inflating one part while counting its bytes. Each reader says in its own
 * words what is corrupt (`不是有效的 .docx 文件` / `不是有效的 OFD 文件`); the rest is shared. Runs in Node and in the
 * browser page of `fzlint serve` alike.
 */
import type JSZip from 'jszip'
import {InputError} from './errors.js'
import {hasZipSignature, readZipDirectory} from './zip-directory.js'

/** A report's .docx holds a few dozen parts, an OFD a few per page; tens of thousands means a crafted archive. */
export const MAX_ZIP_ENTRIES = 10_000
/**
 * Photos are stored already compressed, so a real report unpacks to about its own size (≤ 10 MB by
 * default); 100 MB leaves room for odd files while refusing deflate bombs (1 000 : 1 and more).
 */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
/** The XML parts parsed: a 300-page report's document.xml is a few MB, an OFD page's Content.xml tens of KB. */
export const MAX_XML_PART_BYTES = 32 * 1024 * 1024

/** How a reader names a file it cannot read as its format: `detail` says what is wrong. */
export type DescribeCorrupt = (filePath: string, detail: string, cause?: unknown) => InputError

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

export function zipBomb(filePath: string, detail: string): InputError {
  return new InputError('zip-bomb', filePath, `${filePath}: ${detail}，疑似压缩炸弹，已拒绝解压 / refused to unpack: possible zip bomb`)
}

/** Refuses what is not a zip, and zips whose directory promises too much, before anything is inflated. */
export function checkZipArchive(bytes: Uint8Array, filePath: string, corrupt: DescribeCorrupt): void {
  if (!hasZipSignature(bytes)) throw corrupt(filePath, '文件头不是 zip 压缩包 / not a zip archive')
  const directory = readZipDirectory(bytes)
  if (!directory.ok) {
    if (directory.reason === 'zip64') throw zipBomb(filePath, '压缩包使用 ZIP64 超大格式 / ZIP64 archive')
    throw corrupt(filePath, '压缩包目录缺失或被截断 / zip directory missing or truncated')
  }
  if (directory.entries.length > MAX_ZIP_ENTRIES) {
    throw zipBomb(filePath, `压缩包含 ${directory.entries.length} 个条目（上限 ${MAX_ZIP_ENTRIES}）/ ${directory.entries.length} entries`)
  }
  const total = directory.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw zipBomb(filePath, `解压后共 ${describeSize(total)}（上限 ${describeSize(MAX_UNCOMPRESSED_BYTES)}）/ unpacks to ${describeSize(total)}`)
  }
}

/** JSZip's platform-neutral stream, public at run time though left out of its type declarations. */
interface StreamableEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>
}

/** Inflates one XML part to text, counting bytes as they come: a directory that lies about sizes is caught too. */
export function inflatePart(entry: JSZip.JSZipObject, filePath: string, corrupt: DescribeCorrupt): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let total = 0
    let isStopped = false
    // JSZip's own stream (not nodeStream): it runs in Node and in the browser page of `fzlint serve` alike.
    const stream = (entry as unknown as StreamableEntry).internalStream('uint8array')
    stream.on('data', (chunk: Uint8Array) => {
      if (isStopped) return
      total += chunk.length
      if (total > MAX_XML_PART_BYTES) {
        isStopped = true
        stream.pause()
        reject(zipBomb(filePath, `${entry.name} 解压后超过 ${describeSize(MAX_XML_PART_BYTES)} / ${entry.name} unpacks to more than ${describeSize(MAX_XML_PART_BYTES)}`))
        return
      }
      chunks.push(chunk)
    })
    stream.on('error', (error: Error) => {
      if (isStopped) return
      isStopped = true
      reject(corrupt(filePath, `${entry.name} 无法解压 / cannot inflate ${entry.name}`, error))
    })
    stream.on('end', () => {
      if (isStopped) return
      const bytes = new Uint8Array(total)
      let offset = 0
      for (const chunk of chunks) {
        bytes.set(chunk, offset)
        offset += chunk.length
      }
      const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe
      resolve(new TextDecoder(isUtf16 ? 'utf-16le' : 'utf-8').decode(bytes))
    })
    stream.resume()
  })
}
