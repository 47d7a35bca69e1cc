/** Plain text wrapped at a page's width (a PDF's text layer) read with its paragraphs rejoined, positions mapped back. */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createLocator} from '../src/text/locator.js'
import {unwrapLines} from '../src/text/unwrap-lines.js'
import {wrapAsPdfText} from '../../../test/helpers/wrap-text.js'

const corpus = new URL('../../../fixtures/corpus/', import.meta.url)
const reports = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, text: readFileSync(new URL(name, corpus), 'utf8')}))

// Paragraphs, with a wide gap inside a line (主动公开    明府函〔2023〕79号) taken as the layout's column break it is.
const paragraphsOf = (text: string) =>
  text
    .split(/[\n\f]|\s{4,}/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')

describe('unwrapLines', () => {
  for (const {name, text} of reports) {
    it(`leaves ${name} as it is: one paragraph a line, not wrapped`, () => {
      expect(unwrapLines(text)).toBeNull()
    })
  }

  it('rejoins the paragraphs of a wrapped report and leaves out its page numbers (gaoming-2023, indented paragraphs)', () => {
    const original = reports.find((report) => report.name === 'gaoming-2023.txt')!.text
    const unwrapped = unwrapLines(wrapAsPdfText(original))
    expect(unwrapped).not.toBeNull()
    expect(paragraphsOf(unwrapped!.text)).toEqual(paragraphsOf(original))
  })

  it('joins a figure broken over two lines, and a sentence across a page break', () => {
    // The page (56 columns) ends after 1325. and the next line starts with 6万元.
    const sentence = '　　全年共办理生态环境行政处罚案件186件，罚没款金额1325.6万元，其中适用“首违不罚”案件23件，占比12.4%。'
    const paragraphs = ['某市生态环境局2024年法治政府建设年度报告', '一、主要举措和成效', ...Array.from({length: 12}, () => sentence)]
    const wrapped = wrapAsPdfText(paragraphs.join('\n'))
    expect(wrapped).toContain('罚没款金额1325.\n6万元')
    expect(wrapped).toContain('— 1 —')
    const unwrapped = unwrapLines(wrapped)!
    expect(paragraphsOf(unwrapped.text)).toEqual(paragraphsOf(paragraphs.join('\n')))
    expect(unwrapped.text).not.toContain('— 1 —')
  })

  it('maps every character back to the same character of the file, and back again', () => {
    const wrapped = wrapAsPdfText(reports.find((report) => report.name === 'fangxian-2023.txt')!.text)
    const {text, positionMap} = unwrapLines(wrapped)!
    const locator = createLocator(wrapped)
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n') continue
      const point = positionMap.toOriginal(offset)
      expect(wrapped[locator.toOffset(point)]).toBe(text[offset])
      expect(positionMap.toOffset!(point)).toBe(offset)
    }
  })

  it('keeps a paragraph that ends a full line apart from the next when paragraphs are not indented and it ends a sentence', () => {
    const full = '严格落实行政执法三项制度，全面推行行政执法公示制度，执法全过'
    const text = [...Array.from({length: 6}, () => [full, '程记录制度。']).flat(), '推进严格规范公正文明执法，落实行政执法责任制和行政执法评议。', '下一段。'].join('\n')
    const unwrapped = unwrapLines(text)!
    expect(unwrapped.text.split('\n')).toContain('下一段。')
    expect(unwrapped.text).toContain('执法全过程记录制度。')
  })
})
