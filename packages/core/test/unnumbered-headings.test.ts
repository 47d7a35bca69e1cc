/** Top-level headings written without `一、`: a short heading-like line right before `（一）` is one. */
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/engine/lint.js'

function outline(lines: string[]) {
  const document = parseReport(lines.join('\n'), {syntax: 'text'})
  return document.allSections.map((section) => [section.title, section.level, section.kind])
}

describe('un-numbered top-level headings', () => {
  it('a part whose 二、 is left out keeps its （一） at the second level', () => {
    expect(
      outline([
        '某县人民政府关于2023年度法治政府建设情况的报告',
        '一、主要举措和成效',
        '（一）健全依法决策机制',
        '全年审查重大行政决策5件。',
        '存在的不足和原因',
        '（一）执法队伍专业化程度不高',
        '执法人员中法律专业人员占比偏低。',
        '三、2024年工作安排',
        '持续推进严格规范公正文明执法。',
      ]),
    ).toEqual([
      ['主要举措和成效', 1, 'measures'],
      ['健全依法决策机制', 2, null],
      ['存在的不足和原因', 1, 'shortcomings'],
      ['执法队伍专业化程度不高', 2, null],
      ['2024年工作安排', 1, 'plans'],
    ])
  })

  it('a report with no 一、 at all: its un-numbered parts are the top level', () => {
    expect(
      outline([
        '某县司法局2023年度法治政府建设工作报告',
        '现将我局2023年度法治政府建设情况报告如下。',
        '主要举措和成效',
        '(一)健全依法决策机制',
        '全年审查重大行政决策5件。',
        '(二)规范行政执法',
        '开展执法案卷评查2次。',
        '存在的不足和原因',
        '(一)执法队伍专业化程度不高',
        '执法人员中法律专业人员占比偏低。',
      ]),
    ).toEqual([
      ['主要举措和成效', 1, 'measures'],
      ['健全依法决策机制', 2, null],
      ['规范行政执法', 2, null],
      ['存在的不足和原因', 1, 'shortcomings'],
      ['执法队伍专业化程度不高', 2, null],
    ])
  })

  it.each([
    ['a sentence before the list', '2023年，我区法治政府建设工作仍存在一些短板弱项，主要体现在：'],
    ['a sentence ending in a full stop', '我局坚持依法行政。'],
    ['an introduction without its colon', '存在的问题主要体现在以下几个方面'],
    ['a long line', '我局坚持以习近平新时代中国特色社会主义思想为指导深入贯彻党的二十大精神全面推进依法行政各项工作取得新成效'],
  ])('is not a heading: %s', (_name, line) => {
    const titles = outline(['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', line, '（一）健全依法决策机制', '全年审查重大行政决策5件。'])
    expect(titles).toEqual([
      ['主要举措和成效', 1, 'measures'],
      ['健全依法决策机制', 2, null],
    ])
  })

  it('the line pasted twice before （一）: both are headings (duplicate-heading reports the copy)', () => {
    const titles = outline(['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '审查决策5件。', '存在的不足和原因', '存在的不足和原因', '（一）执法力量不足', '原因是编制紧张。'])
    expect(titles).toEqual([
      ['主要举措和成效', 1, 'measures'],
      ['存在的不足和原因', 1, 'shortcomings'],
      ['存在的不足和原因', 1, 'shortcomings'],
      ['执法力量不足', 2, null],
    ])
  })

  it('right under a heading, the short line is its lead-in, not a heading that would leave it empty', () => {
    const titles = outline(['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '主要做法', '（一）健全依法决策机制', '全年审查重大行政决策5件。'])
    expect(titles).toEqual([
      ['主要举措和成效', 1, 'measures'],
      ['健全依法决策机制', 2, null],
    ])
  })

  it('only before the first （一）: a short line before （二） is body text', () => {
    const titles = outline(['某县人民政府关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '（一）健全依法决策机制', '审查决策5件', '（二）规范行政执法', '开展评查2次。'])
    expect(titles.map(([title]) => title)).toEqual(['主要举措和成效', '健全依法决策机制', '规范行政执法'])
  })
})
