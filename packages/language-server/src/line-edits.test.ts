/** computeLineEdits: the edits rebuild the new text exactly, touch only the changed lines, and fall back past the limit. */
import {describe, expect, it} from 'vitest'
import {computeLineEdits, diffLines, type OffsetEdit} from './line-edits.js'

function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let result = text
  // From the end, so earlier offsets stay valid; edits never overlap.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** A reproducible pseudo-random sequence (mulberry32): failures can be replayed from the seed. */
function createRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

describe('computeLineEdits', () => {
  it('edits only the lines that changed, one edit per run of changed lines', () => {
    const before = '标题\n一、举措\n全年审核36件,全部备案。\n二、不足\n正文。\n三、安排\n扫一扫在手机打开当前页\n'
    const after = '标题\n一、举措\n全年审核36件，全部备案。\n二、不足\n正文。\n三、安排\n'
    const edits = computeLineEdits(before, after)
    expect(edits).toEqual([
      {start: before.indexOf('全年'), end: before.indexOf('二、'), text: '全年审核36件，全部备案。\n'},
      {start: before.indexOf('扫一扫'), end: before.length, text: ''},
    ])
    expect(applyEdits(before, edits)).toBe(after)
  })

  it('rebuilds the new text exactly for random line changes, insertions and deletions (CRLF and a last line without a break)', () => {
    const random = createRandom(17)
    const pool = ['一、主要举措\r\n', '（一）推进依法行政\n', '正文。\n', '\n', '二、不足', '扫一扫\n', '2024年3月5日\n']
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({length: Math.floor(random() * 12)}, () => pool[Math.floor(random() * pool.length)]!)
      const changed = lines.flatMap((line) => {
        const roll = random()
        if (roll < 0.15) return []
        if (roll < 0.3) return [pool[Math.floor(random() * pool.length)]!]
        if (roll < 0.4) return [line, pool[Math.floor(random() * pool.length)]!]
        return [line]
      })
      const before = lines.join('')
      const after = changed.join('')
      expect(applyEdits(before, computeLineEdits(before, after)), `round ${round}`).toBe(after)
    }
  })

  it('gives up tracing past the limit, and one edit over the changed stretch still rebuilds the text', () => {
    const before = Array.from({length: 40}, (_, index) => `第${index}行\n`)
    const after = before.map((line) => line.replace('行', '段'))
    expect(diffLines(before, after, 10)).toBeUndefined()
    expect(diffLines(before, after)).toHaveLength(1)
    const edits = computeLineEdits(before.join(''), after.join(''))
    expect(applyEdits(before.join(''), edits)).toBe(after.join(''))
  })

  it('sends nothing for equal texts', () => {
    expect(computeLineEdits('正文。\n', '正文。\n')).toEqual([])
  })
})
