/** Reads a zip's central directory (names and declared sizes) without inflating anything, to refuse zip bombs early. */

export interface ZipEntryInfo {
  name: string
  compressedSize: number
  uncompressedSize: number
}

export type ZipDirectory =
  | {ok: true; entries: ZipEntryInfo[]}
  /** `zip64`: sizes or counts too large for the classic format — no report needs them. */
  | {ok: false; reason: 'no-directory' | 'truncated' | 'zip64'}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff

/** True when the bytes start like a zip archive (a local file header or an empty archive). */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT)
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset
  }
  return -1
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfDirectory(view)
  if (end < 0) return {ok: false, reason: 'no-directory'}
  const entryCount = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return {ok: false, reason: 'zip64'}
  if (directoryOffset + directorySize > end) return {ok: false, reason: 'truncated'}
  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntryInfo[] = []
  let cursor = directoryOffset
  for (let index = 0; index < entryCount; index++) {
    if (cursor + 46 > end || view.getUint32(cursor, true) !== DIRECTORY_ENTRY) return {ok: false, reason: 'truncated'}
    const compressedSize = view.getUint32(cursor + 20, true)
    const uncompressedSize = view.getUint32(cursor + 24, true)
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return {ok: false, reason: 'zip64'}
    const nameLength = view.getUint16(cursor + 28, true)
    const extraLength = view.getUint16(cursor + 30, true)
    const commentLength = view.getUint16(cursor + 32, true)
    const nameEnd = cursor + 46 + nameLength
    if (nameEnd > end) return {ok: false, reason: 'truncated'}
    entries.push({name: decoder.decode(bytes.subarray(cursor + 46, nameEnd)), compressedSize, uncompressedSize})
    cursor = nameEnd + extraLength + commentLength
  }
  return {ok: true, entries}
}
