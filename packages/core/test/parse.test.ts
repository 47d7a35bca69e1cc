/** The official-numbering parser: every GB/T 9704 form, run-in headings, Markdown, and exact positions. */
import type {Heading, Paragraph, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {isSpaceCode} from '../src/text/code-units.js'
import {matchNumbering, parseChineseOrdinal, formatChineseOrdinal, parseMarkdown, parsePlainText} from '../src/parse/index.js'

function headings(tree: Root): Heading[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading')
}

function textOf(node: Heading | Paragraph): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('')
}

describe('matchNumbering', () => {
  it.each([
    ['一、主要举措和成效', 1, 1, '一、', '、', null],
    ['十一、其他', 1, 11, '十一、', '、', null],
    ['二十、其他', 1, 20, '二十、', '、', null],
    ['九十九、其他', 1, 99, '九十九、', '、', null],
    ['一.主要举措', 1, 1, '一.', '.', null],
    ['一，主要举措', 1, 1, '一，', '，', null],
    ['（一）依法全面履行政府职能', 2, 1, '（一）', '', 'full'],
    ['(六)依法有效化解社会矛盾方面。', 2, 6, '(六)', '', 'half'],
    ['（十二）其他', 2, 12, '（十二）', '', 'full'],
    ['（一）、错误的顿号', 2, 1, '（一）、', '、', 'full'],
    ['(一).错误的点', 2, 1, '(一).', '.', 'half'],
    ['（一)混用括号', 2, 1, '（一)', '', 'mixed'],
    ['1.深入学习', 3, 1, '1.', '.', null],
    ['1．全角下脚点', 3, 1, '1．', '．', null],
    ['12、顿号', 3, 12, '12、', '、', null],
    ['（1）第四层', 4, 1, '（1）', '', 'full'],
    ['(10)第四层', 4, 10, '(10)', '', 'half'],
  ])('%s', (text, level, ordinal, raw, punctuation, bracket) => {
    expect(matchNumbering(text)).toEqual({level, ordinal, raw, digits: expect.any(String), punctuation, bracket})
  })

  it.each(['一是持续深化改革', '十九大以来', '1.2万件', '2023年12月', '12.4国家宪法日', '（2021—2025年）', '一体化', '第一，', '0.持续', '（0）'])(
    'is not a heading: %s',
    (text) => {
      expect(matchNumbering(text)).toBeNull()
    },
  )
})

describe('Chinese ordinals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23], ['九十九', 99],
  ])('%s = %i and back', (text, value) => {
    expect(parseChineseOrdinal(text)).toBe(value)
    expect(formatChineseOrdinal(value)).toBe(text)
  })
  it.each(['一十', '十十', '二二', '零', '百', ''])('rejects %s', (text) => {
    expect(parseChineseOrdinal(text)).toBeNull()
  })
})

describe('parsePlainText', () => {
  it('gives each level its depth and keeps the numbering in data', () => {
    const tree = parsePlainText('标题\n一、主要举措和成效\n（一）依法行政\n1.学法\n（1）会前学法\n正文。')
    expect(headings(tree).map((heading) => [heading.depth, heading.data?.numbering?.ordinal, heading.data?.title])).toEqual([
      [1, 1, '主要举措和成效'],
      [2, 1, '依法行政'],
      [3, 1, '学法'],
      [4, 1, '会前学法'],
    ])
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'heading', 'heading', 'heading', 'paragraph'])
  })

  it('splits a run-in heading at the first 。 and keeps the rest as a paragraph', () => {
    const tree = parsePlainText('（一）依法全面履行政府职能方面。一是深化改革。二是优化服务。')
    const [heading, paragraph] = tree.children as [Heading, Paragraph]
    expect(heading.type).toBe('heading')
    expect(textOf(heading)).toBe('（一）依法全面履行政府职能方面。')
    expect(heading.data).toMatchObject({runIn: true, title: '依法全面履行政府职能方面'})
    expect(paragraph.type).toBe('paragraph')
    expect(textOf(paragraph)).toBe('一是深化改革。二是优化服务。')
    expect(paragraph.position?.start).toEqual({line: 1, column: 17, offset: 16})
  })

  it('a numbered line whose only 。 ends it is a whole heading, not run-in', () => {
    const [heading] = parsePlainText('2.压实法治政府建设第一责任。').children as [Heading]
    expect(heading.data).toMatchObject({runIn: false, title: '压实法治政府建设第一责任'})
  })

  it('positions land on the heading\'s first character past leading full-width and ASCII spaces, with CRLF line ends', () => {
    const source = '标题\r\n\r\n\u3000\u3000一、主要举措和成效\r\n  （一）依法行政。正文\u3000\r\n'
    const tree = parsePlainText(source)
    const [first, second] = headings(tree)
    expect(first!.position!.start).toEqual({line: 3, column: 3, offset: source.indexOf('一、')})
    expect(source.slice(first!.position!.start.offset!, first!.position!.end.offset!)).toBe('一、主要举措和成效')
    expect(second!.position!.start).toEqual({line: 4, column: 3, offset: source.indexOf('（一）')})
    const paragraph = tree.children.at(-1) as Paragraph
    // Trailing white space is not part of the node.
    expect(source.slice(paragraph.position!.start.offset!, paragraph.position!.end.offset!)).toBe('正文')
  })

  it('counts columns in UTF-16 code units (a CJK Extension B character takes two)', () => {
    const source = '𠙶𠙶（一）标题'
    const tree = parsePlainText(`${source}\n𠙶、x\n（一）甲`)
    const heading = headings(tree)[0]!
    // 𠙶 is one character but two UTF-16 code units: '𠙶𠙶（一）标题' is 9 units long.
    expect(source.length).toBe(9)
    expect(tree.children[0]!.position!.end).toEqual({line: 1, column: 10, offset: 9})
    expect(heading.position!.start).toEqual({line: 3, column: 1, offset: 9 + 1 + 4 + 1})
  })

  it('a lone CR is a line end too', () => {
    expect(headings(parsePlainText('标题\r一、甲\r二、乙')).map((heading) => heading.position!.start.line)).toEqual([2, 3])
  })
})

describe('parseMarkdown', () => {
  it('applies numbering to # headings (depth from the ordinal) and to numbered paragraphs, run-in included', () => {
    const source = '# 某县关于2023年度法治政府建设情况的报告\n\n## 一、主要举措和成效\n\n（一）依法行政方面。一是学法。\n\n1. 深入学习\n2. 严格执法\n\n## 二、存在的不足和原因\n'
    const tree = parseMarkdown(source)
    const found = headings(tree)
    expect(found.map((heading) => [heading.depth, heading.data?.numbering?.raw ?? null, heading.data?.title])).toEqual([
      [1, null, '某县关于2023年度法治政府建设情况的报告'],
      [1, '一、', '主要举措和成效'],
      [2, '（一）', '依法行政方面'],
      [3, '1.', '深入学习'],
      [3, '2.', '严格执法'],
      [1, '二、', '存在的不足和原因'],
    ])
    const runIn = found[2]!
    expect(source.slice(runIn.position!.start.offset!, runIn.position!.end.offset!)).toBe('（一）依法行政方面。')
    expect(tree.children.some((node) => node.type === 'paragraph' && textOf(node) === '一是学法。')).toBe(true)
    expect(found[3]!.position!.start).toEqual({line: 7, column: 1, offset: source.indexOf('1. 深入学习')})
  })

  it('shifts un-numbered ## sections to level 1 under a lone # title', () => {
    const tree = parseMarkdown('# 标题\n\n## 主要举措和成效\n\n### 细目\n')
    expect(headings(tree).map((heading) => heading.depth)).toEqual([1, 1, 2])
  })
})

describe('heading hints (Word heading styles and outline levels)', () => {
  const source = '2023年法治政府建设工作报告\n主要工作和成效\n深入学习贯彻习近平法治思想\n（二）健全依法决策机制。一是……\n存在的不足\n本年度……'
  const startOf = (line: string) => source.indexOf(line)

  it('makes a styled line without numbering a heading of the styled depth, the whole line', () => {
    const hints = new Map([
      [startOf('主要工作和成效'), 1 as const],
      [startOf('深入学习'), 2 as const],
      [startOf('存在的不足'), 1 as const],
    ])
    const found = headings(parsePlainText(source, undefined, hints))
    expect(found.map((heading) => [textOf(heading), heading.depth, heading.data?.numbering])).toEqual([
      ['主要工作和成效', 1, undefined],
      ['深入学习贯彻习近平法治思想', 2, undefined],
      ['（二）健全依法决策机制。', 2, expect.objectContaining({level: 2, ordinal: 2})],
      ['存在的不足', 1, undefined],
    ])
    expect(found[0]!.position!.start).toEqual({line: 2, column: 1, offset: startOf('主要工作和成效')})
  })

  it('lets typed numbering decide the depth of a styled numbered line', () => {
    const hints = new Map([[startOf('（二）'), 4 as const]])
    const heading = headings(parsePlainText(source, undefined, hints)).find((candidate) => candidate.data?.numbering)!
    expect(heading.depth).toBe(2)
  })

  it('leaves lines without a hint as paragraphs', () => {
    expect(headings(parsePlainText(source)).map(textOf)).toEqual(['（二）健全依法决策机制。'])
  })
})

describe('isSpaceCode', () => {
  it('is exactly the \\s of JavaScript regular expressions, for every UTF-16 code unit', () => {
    const differing: number[] = []
    for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code)
    expect(differing).toEqual([])
  })
})
