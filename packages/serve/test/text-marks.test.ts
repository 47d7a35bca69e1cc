/** Positions → offsets in the linted text (plain and .docx with line breaks inside paragraphs), and lines cut into marks. */
import {readFileSync} from 'node:fs'
import {createLocator, type LintMessage} from '@fzlint/core'
import {readDocx, textReader} from '@fzlint/core/browser'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {createOffsetFinder, findingSpans, markLines, type FindingSpan, type LinePiece} from '../src/page/text-marks.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

async function docxWith(body: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({type: 'uint8array'})
}

function span(id: string, start: number, end: number, severity: 1 | 2 = 2): FindingSpan {
  return {id, severity, ruleId: `rule-${id}`, start, end}
}

/** A line's pieces as text with marks shown as [ids|text]. */
function show(pieces: LinePiece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : `[${piece.spans.map((s) => s.id).join(',')}|${piece.text}]`)).join('')
}

describe('createOffsetFinder', () => {
  it('inverts line/column of plain text, whatever ends its lines', () => {
    const text = '一、总体情况\r\n（一）依法行政\r第三行\n\n末行'
    const locator = createLocator(text)
    const offsetOf = createOffsetFinder(text)
    for (let offset = 0; offset <= text.length; offset++) expect(offsetOf(locator.toPoint(offset))).toBe(offset)
  })

  it('inverts .docx positions, whose columns count from the paragraph start even after a manual line break', async () => {
    const body =
      '<w:p><w:r><w:t>一、主要举措和成效</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>同一段的第二行</w:t><w:br/><w:t>第三行</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>二、存在的不足和原因</w:t></w:r></w:p>'
    const input = await readDocx(await docxWith(body), 'report.docx', {})
    expect(input.text.split('\n')).toHaveLength(5)
    const offsetOf = createOffsetFinder(input.text, input.positionMap)
    for (let offset = 0; offset <= input.text.length; offset++) {
      const place = input.positionMap!.toOriginal(offset)
      expect(offsetOf(place)).toBe(offset)
    }
    // The column of “第二行” counts from “第一行”, not from its own line.
    const secondLine = input.text.indexOf('同一段')
    expect(input.positionMap!.toOriginal(secondLine)).toMatchObject({line: 3, column: 5, paragraph: 2})
  })

  it('inverts every position of a real report converted to .docx', async () => {
    const input = await readDocx(new Uint8Array(readFileSync(new URL('../../../fixtures/docx/dongguan-2018.docx', import.meta.url))), 'dongguan-2018.docx', {})
    const offsetOf = createOffsetFinder(input.text, input.positionMap)
    for (let offset = 0; offset <= input.text.length; offset += 7) expect(offsetOf(input.positionMap!.toOriginal(offset))).toBe(offset)
  })
})

describe('findingSpans', () => {
  it('gives a finding without an end a point at its start, and never an end before the start', () => {
    const text = '第一行\n第二行'
    const messages: LintMessage[] = [
      {ruleId: 'a', severity: 2, message: '', line: 2, column: 2},
      {ruleId: 'b', severity: 1, message: '', line: 1, column: 2, endLine: 2, endColumn: 3},
    ]
    expect(findingSpans(messages, text, undefined, (index) => `m${index}`)).toEqual([
      {id: 'm0', severity: 2, ruleId: 'a', start: 5, end: 5},
      {id: 'm1', severity: 1, ruleId: 'b', start: 1, end: 6},
    ])
  })
})

describe('createOffsetFinder on a wrapped text read with its paragraphs rejoined', () => {
  it('takes the offset from the map: positions are lines and columns of the wrapped file', async () => {
    const full = '严格落实行政执法三项制度，全面推行行政执法公示制度，执法全过'
    const file = ['某县2023年法治政府建设报告', ...Array.from({length: 6}, () => [full, '程记录制度。']).flat()].join('\n')
    const input = await textReader.read(new TextEncoder().encode(file), 'wrapped.txt', {})
    expect(input.positionMap?.toOffset).toBeDefined()
    const offsetOf = createOffsetFinder(input.text, input.positionMap)
    // Line 3 of the file, column 1 (“程记录制度。” of the first paragraph), inside the rejoined text.
    expect(input.text.slice(offsetOf({line: 3, column: 1}), offsetOf({line: 3, column: 1}) + 3)).toBe('程记录')
  })
})

describe('markLines', () => {
  const text = '甲乙丙丁\n戊己庚\n\n辛壬'

  it('cuts overlapping findings into pieces, each listing every finding over it', () => {
    const lines = markLines(text, [span('a', 0, 3), span('b', 1, 2)])
    expect(show(lines[0]!.pieces)).toBe('[a|甲][a,b|乙][a|丙]丁')
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3, 4])
  })

  it('marks a finding across lines on each line, leaving the line breaks out', () => {
    const lines = markLines(text, [span('a', 2, 7)])
    expect(lines.slice(0, 2).map((line) => show(line.pieces))).toEqual(['甲乙[a|丙丁]', '[a|戊己]庚'])
  })

  it('shows a point, and a finding over a line break only, as an empty mark where it starts', () => {
    const lines = markLines(text, [span('p', 6, 6), span('n', 4, 5), span('e', 9, 9)])
    expect(show(lines[0]!.pieces)).toBe('甲乙丙丁[n|]')
    expect(show(lines[1]!.pieces)).toBe('戊[p|]己庚')
    expect(show(lines[2]!.pieces)).toBe('[e|]')
  })

  it('keeps every character of the text exactly once', () => {
    const lines = markLines(text, [span('a', 0, 12), span('b', 3, 8), span('c', 11, 11)])
    const rebuilt = lines.map((line) => line.pieces.map((piece) => piece.text).join('')).join('\n')
    expect(rebuilt).toBe(text)
  })
})
