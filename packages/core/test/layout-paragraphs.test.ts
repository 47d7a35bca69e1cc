/** Printed lines → paragraphs: the helpers read-pdf.ts and read-ofd.ts share. */
import {describe, expect, it} from 'vitest'
import {endsShortOfMargin, isIndented, joinPrintedLines, median, reachesMargin, type PrintedLine} from '../src/io/layout-paragraphs.js'

const line = (page: number, text: string, left = 0, right = 100, size = 10): PrintedLine => ({page, text, left, right, y: 0, size})

describe('joinPrintedLines', () => {
  it('joins the lines that go on, a space only between Latin words or numbers, no break after the last line', () => {
    const lines = [line(1, '一、总体'), line(1, '情况'), line(1, 'GB/T'), line(1, '9704'), line(1, '末行')]
    const goesOn = (current: PrintedLine) => current.text !== '情况'
    expect(joinPrintedLines(lines, goesOn).text).toBe('一、总体情况\nGB/T 9704末行')
    expect(joinPrintedLines([], goesOn)).toEqual({text: '', pageStarts: []})
  })

  it('gives the offset each page starts at, inside a paragraph or at its start', () => {
    const lines = [line(1, 'ab'), line(2, 'cd'), line(2, '甲'), line(3, '乙')]
    // ab continues on page 2 (a space: both Latin), cd ends its paragraph, 甲 continues on page 3.
    const {text, pageStarts} = joinPrintedLines(lines, (current) => current.text !== 'cd')
    expect(text).toBe('ab cd\n甲乙')
    expect(pageStarts).toEqual([{offset: 0, page: 1}, {offset: 3, page: 2}, {offset: 7, page: 3}])
  })
})

describe('the geometry tests', () => {
  it('takes the median (the upper of two middles), 0 of none, without sorting the input', () => {
    const values = [3, 1, 2, 4]
    expect(median(values)).toBe(3)
    expect(values).toEqual([3, 1, 2, 4])
    expect(median([])).toBe(0)
  })

  it('tells indents and line ends by characters of the line\'s font size, neither holding for a NaN coordinate', () => {
    expect(isIndented(line(1, '', 21), 0, 2)).toBe(true)
    expect(isIndented(line(1, '', 20), 0, 2)).toBe(false)
    expect(reachesMargin(line(1, '', 0, 80), 100, 2)).toBe(true)
    expect(endsShortOfMargin(line(1, '', 0, 79), 100, 2)).toBe(true)
    expect(reachesMargin(line(1, '', 0, Number.NaN), 100, 2) || endsShortOfMargin(line(1, '', 0, Number.NaN), 100, 2)).toBe(false)
  })
})
