import {describe, expect, it} from 'vitest'
import {compileMarkerTest} from './part-markers.js'

describe('compileMarkerTest', () => {
  const some = (patterns: string[], text: string) => patterns.some((pattern) => new RegExp(pattern, 'u').test(text))

  it('answers as testing each pattern in turn does', () => {
    const patterns = ['原因|成因', '^由于', '一方面[^\\n]{0,30}?另一方面', '受[^，。]{1,15}(影响|制约)']
    const test = compileMarkerTest(patterns.map((pattern) => ({pattern})), 'u')
    for (const text of ['', '其原因在于', '由于人员不足', '人员不足，由于', '一方面……另一方面', '受疫情影响', '受', '执法不规范'])
      expect(test(text), text).toBe(some(patterns, text))
  })

  it('keeps back references to their own pattern (no shifted group numbers)', () => {
    const patterns = ['(甲)乙', '(丙)\\1']
    const test = compileMarkerTest(patterns.map((pattern) => ({pattern})), 'u')
    expect(test('丙丙')).toBe(true)
    expect(test('丙甲')).toBe(false)
  })

  it('takes patterns whose group names clash', () => {
    const patterns = ['(?<word>原因)', '(?<word>由于)']
    const test = compileMarkerTest(patterns.map((pattern) => ({pattern})), 'u')
    expect(test('由于')).toBe(true)
    expect(test('根源')).toBe(false)
  })

  it('compiles a marker list again for other flags', () => {
    const markers = [{pattern: 'cause'}]
    expect(compileMarkerTest(markers, 'u')('CAUSE')).toBe(false)
    expect(compileMarkerTest(markers, 'iu')('CAUSE')).toBe(true)
    expect(compileMarkerTest(markers, 'u')('CAUSE')).toBe(false)
  })
})
