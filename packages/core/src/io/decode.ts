/** Bytes → text: BOMs first, then strict UTF-8, then GB18030 (which covers GBK and GB2312). */
import {InputError} from './errors.js'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export const SUPPORTED_ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030']

export interface DecodedText {
  text: string
  encoding: Encoding
  /** True when the bytes started with a byte-order mark (removed from `text`). */
  hasBom: boolean
}

function decodeWithTextDecoder(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return null
  }
}

/** Bytes → their text when they are well-formed UTF-8, else null. A byte-order mark is kept as U+FEFF (callers strip it). */
export type Utf8Decoder = (bytes: Uint8Array) => string | null

/** The portable UTF-8 decoder: the WHATWG TextDecoder in fatal mode, which browsers have (Node has a faster one, node-utf8.ts). */
export const decodeUtf8WithTextDecoder: Utf8Decoder = (bytes) => decodeWithTextDecoder(bytes, 'utf-8')

/** Normalises names users type (`gbk`, `GB2312`, `utf8`) to a supported encoding. */
export function normaliseEncodingName(name: string): Encoding | null {
  const lower = name.toLowerCase().replace(/_/gu, '-')
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8'
  if (lower === 'gbk' || lower === 'gb2312' || lower === 'gb18030' || lower === 'cp936') return 'gb18030'
  if (lower === 'utf-16le' || lower === 'utf16le' || lower === 'utf-16') return 'utf-16le'
  if (lower === 'utf-16be' || lower === 'utf16be') return 'utf-16be'
  return null
}

/**
 * Whether any of a 32-bit word's four bytes is below 0x20: the classic test for a byte less than n (exact for
 * n ≤ 128). With none, no byte borrows from the next and each byte's top bit stays clear; the lowest such byte sets
 * its own top bit.
 */
function hasByteBelowSpace(word: number): boolean {
  return ((word - 0x20202020) & ~word & 0x80808080) !== 0
}

/** A file with NUL bytes (outside UTF-16) or many control characters is binary, not a report. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192)
  let control = 0
  /** Counts a byte below 0x20 that is no white space; true for NUL, which settles it. */
  const isNulAt = (index: number): boolean => {
    const byte = bytes[index]!
    if (byte >= 32) return false
    if (byte === 0) return true
    if (byte < 8 || (byte > 13 && byte !== 27)) control++
    return false
  }
  // Four bytes at a time, where a Uint32Array view can be aligned: a text's only bytes below 0x20 are its line
  // breaks, so most words pass one test, and a word with such a byte is read byte by byte like the bytes before
  // and after the words (measured: the first 8 KB of a corpus report 7-8 → 3 µs).
  const wordsStart = Math.min(length, (4 - (bytes.byteOffset & 3)) & 3)
  const wordCount = (length - wordsStart) >> 2
  // With a word or more, wordsStart is the aligned offset; with none, there is nothing to view.
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + wordsStart, wordCount) : new Uint32Array(0)
  const wordsEnd = wordsStart + wordCount * 4
  for (let index = 0; index < wordsStart; index++) if (isNulAt(index)) return true
  for (let word = 0; word < words.length; word++) {
    if (!hasByteBelowSpace(words[word]!)) continue
    const first = wordsStart + word * 4
    for (let index = first; index < first + 4; index++) if (isNulAt(index)) return true
  }
  for (let index = wordsEnd; index < length; index++) if (isNulAt(index)) return true
  return length > 0 && control / length > 0.05
}

/** Characters a report is made of: ASCII, white space, CJK ideographs, CJK and full-width punctuation. */
function isReportCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c ||
    (code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef) ||
    code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d) || code === 0x00b7
  )
}

/** The share of a text's first 4,096 characters that a report is made of. */
function shareOfReportCharacters(text: string): number {
  const length = Math.min(text.length, 4096)
  let count = 0
  for (let index = 0; index < length; index++) if (isReportCharacter(text.charCodeAt(index))) count++
  return length === 0 ? 0 : count / length
}

/**
 * UTF-16 saved without a byte-order mark (some exporters write none): its ASCII characters put NUL bytes in it, so it
 * looks binary. It is taken for UTF-16 when one byte order decodes it strictly into text made almost wholly of what
 * reports are made of; random bytes decoded as UTF-16 scatter over all 65,536 code units and never are.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null
  let best: {encoding: 'utf-16le' | 'utf-16be'; share: number} | null = null
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    // Not strict: the sample may end inside a surrogate pair. The whole is decoded strictly once chosen.
    const share = shareOfReportCharacters(new TextDecoder(encoding).decode(bytes.subarray(0, Math.min(bytes.length, 8192))))
    if (share >= 0.9 && (best === null || share > best.share)) best = {encoding, share}
  }
  return best?.encoding ?? null
}

/** Decodes `bytes` (the file `filePath`), in the `forced` encoding or the one detected; UTF-8 through `decodeUtf8`. */
export function decodeBytes(bytes: Uint8Array, filePath: string, forced?: Encoding, decodeUtf8: Utf8Decoder = decodeUtf8WithTextDecoder): DecodedText {
  const decodeStrict = (part: Uint8Array, encoding: Encoding): string | null =>
    encoding === 'utf-8' ? decodeUtf8(part) : decodeWithTextDecoder(part, encoding)
  if (forced) {
    const skip =
      (forced === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ? 3
      : (forced.startsWith('utf-16') && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) ? 2
      : 0
    const text = decodeStrict(bytes.subarray(skip), forced)
    if (text === null) {
      throw new InputError('undecodable', filePath, `${filePath}: 无法按 ${forced} 解码 / not valid ${forced}`)
    }
    return {text, encoding: forced, hasBom: skip > 0}
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8')
    if (text !== null) return {text, encoding: 'utf-8', hasBom: true}
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16le')
    if (text !== null) return {text, encoding: 'utf-16le', hasBom: true}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes.subarray(2), 'utf-16be')
    if (text !== null) return {text, encoding: 'utf-16be', hasBom: true}
  }
  if (looksBinary(bytes)) {
    const utf16 = detectUtf16WithoutBom(bytes)
    const text = utf16 ? decodeStrict(bytes, utf16) : null
    if (utf16 && text !== null) return {text, encoding: utf16, hasBom: false}
    throw new InputError(
      'binary',
      filePath,
      `${filePath}: 二进制文件，不是文本报告；如果是不带 BOM 的 UTF-16 文本，请用 --encoding utf-16le（或 utf-16be）指定 / binary file, not a text report; if it is UTF-16 without a byte-order mark, use --encoding utf-16le (or utf-16be)`,
    )
  }
  const utf8 = decodeUtf8(bytes)
  if (utf8 !== null) return {text: utf8, encoding: 'utf-8', hasBom: false}
  const gb = decodeStrict(bytes, 'gb18030')
  if (gb !== null) return {text: gb, encoding: 'gb18030', hasBom: false}
  throw new InputError(
    'undecodable',
    filePath,
    `${filePath}: 既不是 UTF-8 也不是 GB18030 编码，请用 --encoding 指定 / neither UTF-8 nor GB18030; use --encoding`,
  )
}
