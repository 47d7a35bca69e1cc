/** Offsets ↔ line/column: every line-break style a draft may carry, including mixed ones. */
import {describe, expect, it} from 'vitest'
import {createLocator, findFirstAtOrAfter, findLineStarts, findOccurrences, lineStartsOf} from '../src/text/locator.js'

/** The definition, one code unit at a time: what the indexOf-based scan must agree with. */
function lineStartsByCodeUnit(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) starts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return starts
}

const samples = [
  '',
  '一、总体情况',
  '一、\n（一）\n',
  '一、\r\n（一）\r\n1.',
  '旧式\r换行\r',
  '混合\r\n\n\r\r\n\n末行',
  '\n\n',
  '\r\n\r\n',
  '上\n下\r左\r\n右',
]

describe('findLineStarts', () => {
  it.each(samples.map((text) => [JSON.stringify(text), text]))('agrees with a code-unit scan on %s', (_, text) => {
    expect(findLineStarts(text)).toEqual(lineStartsByCodeUnit(text))
  })
})

describe('locator.lineEnd', () => {
  it.each(samples.map((text) => [JSON.stringify(text), text]))('ends each line before its break on %s', (_, text) => {
    const locator = createLocator(text)
    for (let line = 1; line <= locator.lineCount; line++) {
      const start = locator.lineStart(line)
      const end = locator.lineEnd(line)
      expect(end).toBeGreaterThanOrEqual(start)
      expect(text.slice(start, end)).not.toMatch(/[\r\n]/u)
      const next = line < locator.lineCount ? locator.lineStart(line + 1) : text.length
      expect(['', '\n', '\r', '\r\n']).toContain(text.slice(end, next))
    }
  })
})

describe('locator.toPoint', () => {
  it.each(samples.map((text) => [JSON.stringify(text), text]))('gives the same point in any order of asking on %s', (_, text) => {
    const starts = lineStartsByCodeUnit(text)
    const expected = (offset: number) => {
      let line = 0
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
      return {line: line + 1, column: offset - starts[line]! + 1, offset}
    }
    const offsets = Array.from({length: text.length + 1}, (_, offset) => offset)
    // In order (as the parser asks), backwards, and jumping about (as rules ask for their findings).
    const orders = [offsets, [...offsets].reverse(), offsets.map((_, index) => (index * 7) % offsets.length)]
    for (const order of orders) {
      const locator = createLocator(text)
      for (const offset of order) expect(locator.toPoint(offset)).toEqual(expected(offset))
    }
  })
})

describe('findFirstAtOrAfter', () => {
  it('finds the first value at or after the one asked for, or the length when none is', () => {
    const sorted = [2, 5, 5, 9]
    expect([0, 2, 3, 5, 6, 9, 10].map((value) => findFirstAtOrAfter(sorted, value))).toEqual([0, 0, 1, 1, 3, 3, 4])
    expect(findFirstAtOrAfter([], 1)).toBe(0)
  })
})

describe('findOccurrences', () => {
  it('lists every occurrence, overlapping ones included', () => {
    expect(findOccurrences('截至截至目前', '截至')).toEqual([0, 2])
    expect(findOccurrences('啊啊啊', '啊啊')).toEqual([0, 1])
    expect(findOccurrences('无', '截')).toEqual([])
  })
})

describe('lineStartsOf (the last text\'s line starts, kept for the next caller)', () => {
  it('gives each text its own line starts, whichever text was asked about before', () => {
    // Equal texts built apart (as an edited document re-linted is), texts of the same length, and back again.
    const texts = [...samples, '甲\n乙', '甲\r乙', ['甲', '乙'].join('\n'), '甲\n乙', '', '甲乙\n']
    for (const previous of texts) {
      for (const text of texts) {
        lineStartsOf(previous)
        expect(lineStartsOf(text), JSON.stringify([previous, text])).toEqual(lineStartsByCodeUnit(text))
        expect(createLocator(text).lineCount).toBe(lineStartsByCodeUnit(text).length)
      }
    }
  })
})
