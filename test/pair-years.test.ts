/** Last year beside this year: which report of the batch is each report's previous year. */
import {describe, expect, it} from 'vitest'
import {normaliseBodyName, pairAcrossYears} from '@fzlint/review'

const report = (filePath: string, issuer: string | null, year: number | null) => ({filePath, issuer, year})

describe('pairAcrossYears', () => {
  it('pairs each report with the same body’s nearest earlier year, not an older one', () => {
    const previous = pairAcrossYears([
      report('a-2021.txt', '某某区人民政府', 2021),
      report('a-2023.txt', '某某区人民政府', 2023),
      report('a-2022.txt', '某某区人民政府', 2022),
      report('b-2023.txt', '某某县司法局', 2023),
    ])
    expect(Object.fromEntries(previous)).toEqual({'a-2022.txt': 'a-2021.txt', 'a-2023.txt': 'a-2022.txt'})
  })

  it('never pairs two copies of one year, and gives every copy the same previous report', () => {
    const previous = pairAcrossYears([
      report('draft-2023.txt', '某某街道办事处', 2023),
      report('final-2023.txt', '某某街道', 2023),
      report('first-2022.txt', '某某街道', 2022),
      report('second-2022.txt', '某某街道', 2022),
    ])
    // Of two copies of the earlier year, the last in code-unit order of their paths.
    expect(Object.fromEntries(previous)).toEqual({'draft-2023.txt': 'second-2022.txt', 'final-2023.txt': 'second-2022.txt'})
  })

  it('leaves out reports without an issuer or a year', () => {
    const previous = pairAcrossYears([report('x.txt', null, 2023), report('y.txt', '某某区人民政府', null), report('z.txt', '某某区人民政府', 2022)])
    expect(previous.size).toBe(0)
  })

  it('pairs a batch of 20,000 copies of one body in one walk of the sorted group', () => {
    const reports = Array.from({length: 20_000}, (_, index) => report(`${index}.txt`, '某某区人民政府', 2020 + (index % 4)))
    const previous = pairAcrossYears(reports)
    expect(previous.size).toBe(15_000)
    expect(previous.get('3.txt')).toBe('9998.txt')
  })
})

describe('normaliseBodyName', () => {
  it('folds the Party group, 办事处, brackets and spaces into one body', () => {
    expect(normaliseBodyName('中共某某县司法局党组')).toBe(normaliseBodyName('中共某某县司法局'))
    expect(normaliseBodyName('某某街道办事处')).toBe('某某街道')
    expect(normaliseBodyName('某某区（市）人民 政府')).toBe('某某区市人民政府')
  })
})
