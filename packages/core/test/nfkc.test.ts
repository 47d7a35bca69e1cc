import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {NFKC_INERT_RANGES, toNfkc} from '../src/text/nfkc.js'

/** Every code point that is the second (or later) of some character's canonical decomposition: NFKC may compose it with what precedes. */
function listCompositionSeconds(): Set<number> {
  const seconds = new Set<number>()
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const decomposed = [...String.fromCodePoint(code).normalize('NFD')]
    for (const character of decomposed.slice(1)) seconds.add(character.codePointAt(0)!)
  }
  return seconds
}

/**
 * Whether canonical ordering moves the character: after U+0345 (class 240) a class 1–239 moves, before U+0334 (class
 * 1) a class 2–240 does, so between them every non-zero class shows.
 */
function hasCombiningClass(character: string): boolean {
  const decomposed = character.normalize('NFD')
  return `\u0345${character}`.normalize('NFD') !== `\u0345${decomposed}` || `${character}\u0334`.normalize('NFD') !== `${decomposed}\u0334`
}

describe('toNfkc', () => {
  it('lists only code points NFKC leaves alone in every context', () => {
    const seconds = listCompositionSeconds()
    for (const [first, last] of NFKC_INERT_RANGES) {
      for (let code = first; code <= last; code++) {
        const character = String.fromCodePoint(code)
        if (character.normalize('NFKC') !== character || seconds.has(code) || hasCombiningClass(character)) expect.fail(`U+${code.toString(16)} is not inert`)
      }
    }
  })

  it('would catch a code point NFKC changes or composes', () => {
    const seconds = listCompositionSeconds()
    expect('\u3000'.normalize('NFKC')).not.toBe('\u3000')
    expect(seconds.has(0x0301) && seconds.has(0x3099) && seconds.has(0x1161)).toBe(true)
    expect(hasCombiningClass('\u0301') && hasCombiningClass('\u0334') && hasCombiningClass('\u0345') && !hasCombiningClass('a')).toBe(true)
  })

  it('gives what normalize does', () => {
    const texts = [
      '',
      '2023年法治政府建设工作报告',
      '一、主要工作，取得成效：（一）',
      'ＡＢＣ１２３',
      'e\u0301',
      '“依法行政”——推进',
      '\u3000\u3000首页 > 政务公开',
      '\u00a0浏览次数：12',
      'か\u3099',
      '\u1100\u1161',
      '㈠㊀①',
      '丽\uf900',
      '𝐀𝟏',
      '\ud800',
      '中文\u0301',
      '9\u20e3',
    ]
    for (const text of texts) expect(toNfkc(text), JSON.stringify(text)).toBe(text.normalize('NFKC'))
  })

  it('gives what normalize does on every line of the corpus reports', () => {
    const corpus = join(import.meta.dirname, '../../../fixtures/corpus')
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt'))) {
      for (const line of readFileSync(join(corpus, name), 'utf8').split(/\r\n|\n|\r/u)) expect(toNfkc(line)).toBe(line.normalize('NFKC'))
    }
  })
})
