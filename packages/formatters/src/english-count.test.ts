import {describe, expect, it} from 'vitest'
import {countNoun, describeProblemCounts} from './english-count.js'

describe('countNoun', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(countNoun(1, 'problem')).toBe('1 problem')
    expect(countNoun(0, 'problem')).toBe('0 problems')
    expect(countNoun(2, 'file')).toBe('2 files')
    expect(countNoun(1, 'entry', 'entries')).toBe('1 entry')
    expect(countNoun(3, 'entry', 'entries')).toBe('3 entries')
  })
})

describe('describeProblemCounts', () => {
  it('counts problems, errors and warnings each in its own number', () => {
    expect(describeProblemCounts(1, 0)).toBe('1 problem (1 error, 0 warnings)')
    expect(describeProblemCounts(0, 1)).toBe('1 problem (0 errors, 1 warning)')
    expect(describeProblemCounts(1, 1)).toBe('2 problems (1 error, 1 warning)')
  })
})
