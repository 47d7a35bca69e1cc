import {describe, expect, it} from 'vitest'
import {buildIndicatorColumns, describeChange, findPeerFences, findPreviousRows, formatNumber, isFarFromPeers, quantile, type RowIndicators} from './indicator-sheet.js'
import type {IndicatorCell} from './record.js'

const rate = (value: number): IndicatorCell => ({label: '合法性审核率', kind: 'rate', value, unit: '%'})
const count = (value: number, unit = '件'): IndicatorCell => ({label: '受理行政复议申请', kind: 'count', value, unit})
const row = (filePath: string, cells: Record<string, IndicatorCell>, previousPath?: string): RowIndicators => ({filePath, indicatorCells: cells, ...(previousPath ? {previousPath} : {})})

describe('indicators sheet', () => {
  it('quartiles interpolate between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2)
    expect(quantile([10], 0.75)).toBe(10)
  })

  it('marks nothing in a column of fewer than five values', () => {
    expect(findPeerFences('rate', [100, 100, 100, 5])).toBeNull()
    const [column] = buildIndicatorColumns(['a', 'b', 'c', 'd'].map((name, index) => row(name, {'legality-review': rate(index === 3 ? 5 : 100)})))
    expect(column!.fences).toBeNull()
    expect(isFarFromPeers(column!, 5)).toBe(false)
  })

  it('marks a rate far below its peers, not one a little below (the spread is at least 2 points)', () => {
    const rows = [100, 100, 100, 100, 99, 60].map((value, index) => row(`r${index}`, {'legality-review': rate(value)}))
    const [column] = buildIndicatorColumns(rows)
    expect(column).toMatchObject({id: 'legality-review', count: 6, median: 100, min: 60, max: 100})
    expect(isFarFromPeers(column!, 60)).toBe(true)
    expect(isFarFromPeers(column!, 99)).toBe(false)
    expect(isFarFromPeers(column!, 100)).toBe(false)
  })

  it('compares counts on a log scale: a county’s 600 applications beside townships’ 6 to 90 are not marked, 60,000 is', () => {
    const values = [6, 12, 30, 45, 90, 600]
    const fences = findPeerFences('count', values)!
    const [column] = buildIndicatorColumns(values.map((value, index) => row(`r${index}`, {'review-received': count(value)})))
    expect(fences[0]).toBeLessThan(fences[1])
    expect(isFarFromPeers(column!, 600)).toBe(false)
    expect(isFarFromPeers(column!, 60_000)).toBe(true)
  })

  it('orders columns by how many reports state them and keeps the units used', () => {
    const columns = buildIndicatorColumns([
      row('a', {'review-received': count(86), 'legality-review': rate(100)}),
      row('b', {'review-received': count(106, '宗')}),
    ])
    expect(columns.map((column) => column.id)).toEqual(['review-received', 'legality-review'])
    expect(columns[0]!.units.sort()).toEqual(['件', '宗'])
  })

  it('gives the change from last year: points for a rate, the difference and percent for a count, no float noise', () => {
    expect(describeChange({...rate(10.9), label: '纠错率'}, {...rate(11.6), label: '纠错率'})).toEqual({difference: -0.7, text: '较上年 −0.7个百分点'})
    expect(describeChange(count(92), count(86))).toEqual({difference: 6, percent: 7, text: '较上年 +6（+7%）'})
    expect(describeChange(count(5), count(0))).toEqual({difference: 5, text: '较上年 +5'})
    expect(describeChange(rate(100), rate(100)).text).toBe('与上年持平')
    expect(formatNumber(0.1 + 0.2)).toBe('0.3')
  })

  it('finds each row’s previous year among the rows, and none for a report outside the batch', () => {
    const last = row('/x/yunxi-2022.txt', {})
    const current = row('/x/yunxi-2023.txt', {}, '/x/yunxi-2022.txt')
    const outside = row('/x/other-2023.txt', {}, '/elsewhere/other-2022.txt')
    const previous = findPreviousRows([last, current, outside])
    expect(previous.get(current)).toBe(last)
    expect(previous.has(outside)).toBe(false)
    expect(previous.has(last)).toBe(false)
  })
})
