/** Bytes → text: byte-order marks, strict UTF-8, the GB18030 fallback, a forced encoding, binary refusal. */
import {describe, expect, it} from 'vitest'
import {decodeBytes, decodeUtf8WithTextDecoder, looksBinary, normaliseEncodingName} from '../src/io/decode.js'
import {decodeUtf8WithNodeBuffer} from '../src/io/node-utf8.js'
import {InputError} from '../src/io/errors.js'

// 法治 in GB18030; 𠀀 (U+20000) needs a four-byte GB18030 sequence.
const GB_FAZHI = [0xb7, 0xa8, 0xd6, 0xce]
const GB_EXTENSION_B = [0x95, 0x32, 0x82, 0x36]

function problemOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toContain('r.txt')
    return (error as InputError).problem
  }
  throw new Error('expected an InputError')
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM (the BOM is not text)', () => {
    const bytes = new TextEncoder().encode('法治')
    expect(decodeBytes(bytes, 'r.txt')).toEqual({text: '法治', encoding: 'utf-8', hasBom: false})
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'r.txt')).toEqual({text: '法治', encoding: 'utf-8', hasBom: true})
  })

  it('reads UTF-16 in both byte orders by their BOMs', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0xd5, 0x6c, 0xbb, 0x6c]), 'r.txt')).toEqual({text: '法治', encoding: 'utf-16le', hasBom: true})
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x6c, 0xd5, 0x6c, 0xbb]), 'r.txt')).toEqual({text: '法治', encoding: 'utf-16be', hasBom: true})
  })

  it('falls back to GB18030 when the bytes are not UTF-8, four-byte sequences included', () => {
    expect(decodeBytes(new Uint8Array([...GB_FAZHI, ...GB_EXTENSION_B]), 'r.txt')).toEqual({text: '法治𠀀', encoding: 'gb18030', hasBom: false})
  })

  it('uses a forced encoding, and says so when the bytes do not fit it', () => {
    expect(decodeBytes(new Uint8Array(GB_FAZHI), 'r.txt', 'gb18030').text).toBe('法治')
    expect(problemOf(() => decodeBytes(new Uint8Array(GB_FAZHI), 'r.txt', 'utf-8'))).toBe('undecodable')
  })

  it('refuses binary data', () => {
    expect(problemOf(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'r.txt'))).toBe('binary')
    expect(looksBinary(new TextEncoder().encode('一、主要举措\r\n\t正文'))).toBe(false)
  })

  it('finds a NUL or too many control bytes wherever they lie, on any byte offset (looksBinary reads words of four)', () => {
    const backing = new Uint8Array(64).fill(0x41)
    for (let offset = 0; offset < 4; offset++) {
      for (const length of [0, 1, 3, 5, 40]) {
        const bytes = backing.subarray(offset, offset + length)
        expect(looksBinary(bytes)).toBe(false)
        for (let at = 0; at < length; at++) {
          bytes[at] = 0
          expect(looksBinary(bytes)).toBe(true)
          bytes[at] = 0x41
        }
      }
      // 3 control bytes in 40 is over 5%; 2 is not, nor are 3 line breaks.
      const bytes = backing.subarray(offset, offset + 40)
      bytes.set([1, 20], 17)
      expect(looksBinary(bytes)).toBe(false)
      bytes[39] = 27 + 1
      expect(looksBinary(bytes)).toBe(true)
      bytes.set([10, 13, 10], 17)
      bytes[39] = 0x41
      expect(looksBinary(bytes)).toBe(false)
      backing.fill(0x41)
    }
  })
})

describe('normaliseEncodingName', () => {
  it('accepts the names people type', () => {
    expect(normaliseEncodingName('GBK')).toBe('gb18030')
    expect(normaliseEncodingName('gb2312')).toBe('gb18030')
    expect(normaliseEncodingName('UTF8')).toBe('utf-8')
    expect(normaliseEncodingName('utf_16be')).toBe('utf-16be')
    expect(normaliseEncodingName('big5')).toBeNull()
  })
})

describe('decodeUtf8WithNodeBuffer (the Node file reader\'s UTF-8 decoder)', () => {
  // Well-formed text of every sequence length, a BOM and U+FFFD kept as text; then what strict UTF-8 refuses:
  // stray continuation bytes, overlong forms, encoded surrogates, past U+10FFFF, a sequence cut short.
  const CASES = [
    [], [0x41, 0x00, 0x7f], [0xc2, 0x80, 0xdf, 0xbf], [0xe6, 0xb3, 0x95, 0xef, 0xbb, 0xbf, 0xef, 0xbf, 0xbd], [0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xbf, 0xbf],
    [0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe6, 0xb3], [0x41, 0xff],
  ]

  it('decodes and refuses exactly as the TextDecoder in fatal mode does', () => {
    for (const bytes of CASES) {
      expect(decodeUtf8WithNodeBuffer(new Uint8Array(bytes))).toBe(decodeUtf8WithTextDecoder(new Uint8Array(bytes)))
    }
    expect(decodeUtf8WithNodeBuffer(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]).subarray(3))).toBe('A')
  })
})
