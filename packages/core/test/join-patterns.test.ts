import {describe, expect, it} from 'vitest'
import {escapeRegExp, joinPatterns} from '../src/text/join-patterns.js'

describe('joinPatterns', () => {
  const some = (patterns: string[], text: string) => patterns.some((pattern) => new RegExp(pattern, 'u').test(text))

  it('matches a text exactly when one of the patterns does', () => {
    const patterns = ['原因|成因', '^由于', '一方面[^\\n]{0,30}?另一方面', '受[^，。]{1,15}(影响|制约)', '(?<=第)一', '^$']
    const joined = joinPatterns(patterns, 'u')
    expect(joined).not.toBeNull()
    for (const text of ['', '其原因在于', '由于人员不足', '人员不足，由于', '一方面……另一方面', '受疫情影响', '受', '第一', '一', '执法不规范'])
      expect(joined!.test(text), text).toBe(some(patterns, text))
  })

  it('matches nothing for no patterns', () => {
    expect(joinPatterns([], 'u')!.test('')).toBe(false)
  })

  it('keeps the flags', () => {
    expect(joinPatterns(['abc'], 'iu')!.flags).toBe('iu')
  })

  it('does not join patterns that refer to their groups or name them', () => {
    expect(joinPatterns(['(甲)乙', '(丙)\\1'], 'u')).toBeNull()
    expect(joinPatterns(['(?<word>原因)\\k<word>'], 'u')).toBeNull()
    expect(joinPatterns(['(?<word>原因)', '(?<word>由于)'], 'u')).toBeNull()
  })

  it('joins lookarounds, which are not named groups', () => {
    expect(joinPatterns(['(?<!不)合格', '(?<=已)完成'], 'u')!.test('已完成')).toBe(true)
  })

  it('is null when the joined source does not compile', () => {
    expect(joinPatterns(['a', '(b'], 'u')).toBeNull()
  })

  it('is null when a pattern does not compile on its own, even if the joined source would', () => {
    // `(?:(?:a)|(?:b))` compiles; neither `(?:a` nor `b)` does, nor `a)|(?:b` alone.
    expect(joinPatterns(['(?:a', 'b)'], 'u')).toBeNull()
    expect(joinPatterns(['a)|(?:b'], 'u')).toBeNull()
  })
})

describe('escapeRegExp', () => {
  it('makes a pattern that matches the word literally, with and without the u flag', () => {
    const words = ['a.b', '(不)予', '[索引号]', 'x*y+z?', '^$|\\', '{1,2}', 'http://a/b', '办结率%']
    for (const word of words) {
      for (const flags of ['u', '']) {
        const pattern = new RegExp(`^${escapeRegExp(word)}$`, flags)
        expect(pattern.test(word)).toBe(true)
        expect(pattern.test(`${word}x`)).toBe(false)
      }
    }
  })
})
