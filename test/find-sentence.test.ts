/** The sentence a review shows around each finding, with the finding highlighted. */
import {describe, expect, it} from 'vitest'
import {findSentence} from '@fzlint/review'

describe('findSentence', () => {
  it('takes the sentence with its own end mark, and highlights the finding within it', () => {
    const source = '一、主要举措。调解纠纷52件，成功50件，调解成功率99.8%。下一句。'
    const start = source.indexOf('99.8%')
    const context = findSentence(source, start, start + 5)
    expect(context.sentence).toBe('调解纠纷52件，成功50件，调解成功率99.8%。')
    expect(context.sentence.slice(...context.highlight)).toBe('99.8%')
  })

  it('stops at a line break without taking it, and trims white space', () => {
    const source = '标题\n　　落实“八五”普法规划\r\n下一行'
    const start = source.indexOf('八五')
    const context = findSentence(source, start, start + 2)
    expect(context.sentence).toBe('落实“八五”普法规划')
    expect(context.sentence.slice(...context.highlight)).toBe('八五')
  })

  it('cuts a very long sentence to 120 characters either side of the finding', () => {
    const source = `${'甲'.repeat(300)}乙${'丙'.repeat(300)}。`
    const start = source.indexOf('乙')
    const context = findSentence(source, start, start + 1)
    expect(context.sentence).toBe(`${'甲'.repeat(120)}乙${'丙'.repeat(120)}`)
    expect(context.highlight).toEqual([120, 121])
  })
})
