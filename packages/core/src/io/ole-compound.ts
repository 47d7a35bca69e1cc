/**
 * A structural check of an OLE compound file (MS-CFB: Word 97–2003 .doc, older WPS .wps, .xls, .ppt, encrypted
 * Office files) before any library walks it: the header, the allocation tables, every sector chain and the
 * directory tree are read with bounds and cycle checks, and the stream names are returned. A chain that loops or
 * points outside the file would otherwise keep a reader busy or growing until it runs out of memory.
 */

export const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function hasOleSignature(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)
}

export interface OleStream {
  name: string
  size: number
  /** The stream's first bytes (up to 64), e.g. a Word file's FIB header. */
  head: Uint8Array
}

export type OleDirectory =
  | {ok: true; streams: OleStream[]}
  /** What is wrong, in Chinese / English, for the reader's message. */
  | {ok: false; detail: string}

const END_OF_CHAIN = -2
const FREE_SECTOR = -1
const DIRECTORY_ENTRY_SIZE = 128
const NO_STREAM = -1
const TYPE_STORAGE = 1
const TYPE_STREAM = 2
const TYPE_ROOT = 5

class OleFormatError extends Error {}

function fail(detail: string): never {
  throw new OleFormatError(detail)
}

/** Reads the compound file's directory: every stream's name and size, or why the structure cannot be trusted. */
export function readOleDirectory(bytes: Uint8Array): OleDirectory {
  try {
    return {ok: true, streams: walk(bytes)}
  } catch (error) {
    if (error instanceof OleFormatError) return {ok: false, detail: error.message}
    throw error
  }
}

function walk(bytes: Uint8Array): OleStream[] {
  if (bytes.length < 512 || !hasOleSignature(bytes)) fail('文件头不完整 / truncated header')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sectorShift = view.getUint16(30, true)
  if (sectorShift !== 9 && sectorShift !== 12) fail(`扇区大小无效 / invalid sector size 2^${sectorShift}`)
  const sectorSize = 1 << sectorShift
  const miniSectorSize = 1 << view.getUint16(32, true)
  if (miniSectorSize !== 64) fail('小扇区大小无效 / invalid mini sector size')
  // Sector n starts at byte (n + 1) × size: the header takes the first sector's room.
  const sectorCount = Math.max(0, Math.ceil(bytes.length / sectorSize) - 1)
  const fatSectorCount = view.getInt32(44, true)
  const firstDirectorySector = view.getInt32(48, true)
  const miniStreamCutoff = view.getUint32(56, true)
  const firstMiniFatSector = view.getInt32(60, true)
  const miniFatSectorCount = view.getInt32(64, true)
  const firstDifatSector = view.getInt32(68, true)
  const difatSectorCount = view.getInt32(72, true)
  if (fatSectorCount < 1 || fatSectorCount > sectorCount) fail('分配表大小超出文件 / allocation table larger than the file')
  if (difatSectorCount < 0 || difatSectorCount > sectorCount) fail('主分配表大小超出文件 / master allocation table larger than the file')
  if (miniFatSectorCount < 0 || miniFatSectorCount > sectorCount) fail('小分配表大小超出文件 / mini allocation table larger than the file')

  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize
  const checkSector = (sector: number): void => {
    if (sector < 0 || sector >= sectorCount) fail('分配表指向文件之外的扇区 / the allocation table points outside the file')
  }
  const readInt = (offset: number): number => (offset + 4 <= bytes.length ? view.getInt32(offset, true) : FREE_SECTOR)

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = []
  for (let index = 0; index < Math.min(109, fatSectorCount); index++) fatSectors.push(view.getInt32(76 + index * 4, true))
  const seenDifat = new Set<number>()
  for (let sector = firstDifatSector, index = 0; fatSectors.length < fatSectorCount; index++) {
    if (index >= difatSectorCount || seenDifat.has(sector)) fail('主分配表链断裂或循环 / master allocation table chain broken or looping')
    checkSector(sector)
    seenDifat.add(sector)
    const base = sectorOffset(sector)
    for (let slot = 0; slot < sectorSize / 4 - 1 && fatSectors.length < fatSectorCount; slot++) fatSectors.push(readInt(base + slot * 4))
    sector = readInt(base + sectorSize - 4)
  }
  const fat = new Int32Array(fatSectorCount * (sectorSize / 4))
  fatSectors.forEach((sector, index) => {
    checkSector(sector)
    for (let slot = 0; slot < sectorSize / 4; slot++) fat[index * (sectorSize / 4) + slot] = readInt(sectorOffset(sector) + slot * 4)
  })

  /** A chain of sectors, each in range and visited once; a chain ends at END_OF_CHAIN (or FREE, as readers accept). */
  const chainOf = (table: Int32Array, start: number, limit: number, [zh, en]: readonly [string, string]): number[] => {
    const chain: number[] = []
    const seen = new Set<number>()
    for (let sector = start; sector !== END_OF_CHAIN && sector !== FREE_SECTOR; sector = table[sector]!) {
      if (sector < 0 || sector >= table.length || sector >= limit) fail(`${zh} 的扇区链指向范围之外 / the sector chain of ${en} points out of range`)
      if (seen.has(sector)) fail(`${zh} 的扇区链循环 / the sector chain of ${en} loops`)
      seen.add(sector)
      chain.push(sector)
    }
    return chain
  }

  const directoryChain = chainOf(fat, firstDirectorySector, sectorCount, ['目录', 'the directory'])
  if (directoryChain.length === 0) fail('没有目录 / no directory')
  const entries: {name: string; type: number; left: number; right: number; child: number; start: number; size: number}[] = []
  for (const sector of directoryChain) {
    const base = sectorOffset(sector)
    for (let slot = 0; slot < sectorSize / DIRECTORY_ENTRY_SIZE; slot++) {
      const at = base + slot * DIRECTORY_ENTRY_SIZE
      if (at + DIRECTORY_ENTRY_SIZE > bytes.length) break
      const nameBytes = Math.min(Math.max(view.getUint16(at + 64, true) - 2, 0), 62)
      let name = ''
      for (let offset = 0; offset + 1 < nameBytes; offset += 2) name += String.fromCharCode(view.getUint16(at + offset, true))
      entries.push({
        name,
        type: view.getUint8(at + 66),
        left: view.getInt32(at + 68, true),
        right: view.getInt32(at + 72, true),
        child: view.getInt32(at + 76, true),
        start: view.getInt32(at + 116, true),
        size: view.getUint32(at + 120, true),
      })
    }
  }
  const root = entries[0]
  if (!root || root.type !== TYPE_ROOT) fail('目录没有根项 / no root entry')

  const miniFatChain = miniFatSectorCount === 0 ? [] : chainOf(fat, firstMiniFatSector, sectorCount, ['小分配表', 'the mini allocation table'])
  const miniFat = new Int32Array(miniFatChain.length * (sectorSize / 4))
  miniFatChain.forEach((sector, index) => {
    for (let slot = 0; slot < sectorSize / 4; slot++) miniFat[index * (sectorSize / 4) + slot] = readInt(sectorOffset(sector) + slot * 4)
  })
  const miniStreamChain = chainOf(fat, root.start, sectorCount, ['小扇区流', 'the mini stream'])
  const miniSectorLimit = (miniStreamChain.length * sectorSize) / miniSectorSize
  const headOf = (chain: number[], isMini: boolean, size: number): Uint8Array => {
    if (chain.length === 0) return new Uint8Array(0)
    const length = Math.min(size, isMini ? miniSectorSize : 64)
    let at = sectorOffset(chain[0]!)
    if (isMini) {
      const position = chain[0]! * miniSectorSize
      at = sectorOffset(miniStreamChain[Math.floor(position / sectorSize)]!) + (position % sectorSize)
    }
    return bytes.slice(at, Math.min(at + length, bytes.length))
  }

  // The directory is a tree of red-black trees: each entry may be reached once, from the root.
  const streams: OleStream[] = []
  const visited = new Set<number>([0])
  const pending: number[] = [root.child]
  while (pending.length > 0) {
    const id = pending.pop()!
    if (id === NO_STREAM) continue
    if (id < 0 || id >= entries.length) fail('目录项指向范围之外 / a directory entry points out of range')
    if (visited.has(id)) fail('目录树循环 / the directory tree loops')
    visited.add(id)
    const entry = entries[id]!
    pending.push(entry.left, entry.right)
    if (entry.type === TYPE_STORAGE) pending.push(entry.child)
    else if (entry.type === TYPE_STREAM) {
      const isMini = entry.size < miniStreamCutoff
      const chain = isMini ? chainOf(miniFat, entry.start, miniSectorLimit, [`流 ${entry.name}`, `stream ${entry.name}`]) : chainOf(fat, entry.start, sectorCount, [`流 ${entry.name}`, `stream ${entry.name}`])
      if (chain.length * (isMini ? miniSectorSize : sectorSize) < entry.size) fail(`流 ${entry.name} 被截断 / stream ${entry.name} truncated`)
      streams.push({name: entry.name, size: entry.size, head: headOf(chain, isMini, entry.size)})
    }
  }
  return streams
}
