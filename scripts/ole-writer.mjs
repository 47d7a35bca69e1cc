// The pieces of a minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) that the fixture builders share:
// the header (one FAT sector at sector 0, the directory at sector 1) and a directory entry. Sector n starts at byte
// (n + 1) × 512.

/** Writes the header into `file`: signature, version 3, one FAT sector (sector 0), the directory at sector 1. */
export function writeOleHeader(file) {
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0)
  file.writeUInt16LE(0x003e, 24)
  file.writeUInt16LE(0x0003, 26)
  file.writeUInt16LE(0xfffe, 28)
  file.writeUInt16LE(9, 30)
  file.writeUInt16LE(6, 32)
  file.writeUInt32LE(1, 44) // one FAT sector
  file.writeUInt32LE(1, 48) // the directory at sector 1
  file.writeUInt32LE(4096, 56)
  file.writeUInt32LE(0xfffffffe, 60)
  file.writeUInt32LE(0xfffffffe, 68)
  file.writeUInt32LE(0, 76) // DIFAT[0]: the FAT at sector 0
  for (let index = 1; index < 109; index++) file.writeUInt32LE(0xffffffff, 76 + index * 4)
}

/** Writes a 128-byte directory entry at byte `at` (type 5 root, 2 stream), with no left sibling. */
export function writeOleEntry(file, at, name, type, start, size, {child = 0xffffffff, right = 0xffffffff} = {}) {
  Buffer.from(`${name}\0`, 'utf16le').copy(file, at)
  file.writeUInt16LE((name.length + 1) * 2, at + 64)
  file.writeUInt8(type, at + 66)
  file.writeUInt8(1, at + 67)
  file.writeUInt32LE(0xffffffff, at + 68)
  file.writeUInt32LE(right, at + 72)
  file.writeUInt32LE(child, at + 76)
  file.writeUInt32LE(start, at + 116)
  file.writeUInt32LE(size, at + 120)
}
