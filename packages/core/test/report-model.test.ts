/** The report model's sections when headings come from Word styles or Markdown `#`, not only from typed ordinals. */
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/engine/lint.js'
import type {HeadingDepth} from '../src/parse/index.js'
import {classifySectionTitle, findKindsCoveredByHeading, normaliseTitle} from '../src/model/report-model.js'
import {sectionsData, type SectionEntry} from '../src/data/sections.js'

function hintsFor(source: string, lines: Record<string, HeadingDepth>): Map<number, HeadingDepth> {
  return new Map(Object.entries(lines).map(([line, depth]) => [source.indexOf(line), depth]))
}

describe('sections from styled headings', () => {
  // A .docx whose top level is styled 标题 1 without numbers, with typed （一） below it.
  const source = [
    '某县司法局2023年度法治政府建设工作报告',
    '县人民政府：',
    '现将我局2023年度法治政府建设情况报告如下。',
    '主要举措和成效',
    '（一）健全依法决策机制',
    '全年审查重大行政决策5件。',
    '存在的不足和原因',
    '执法队伍专业化程度不高。',
    '下一年度工作安排',
    '持续推进严格规范公正文明执法。',
  ].join('\n')
  const hints = hintsFor(source, {主要举措和成效: 1, 存在的不足和原因: 1, 下一年度工作安排: 1})

  it('puts styled top-level headings above typed lower levels', () => {
    const document = parseReport(source, {syntax: 'text', headingHints: hints})
    expect(document.topSections.map((section) => [section.title, section.kind, section.level])).toEqual([
      ['主要举措和成效', 'measures', 1],
      ['存在的不足和原因', 'shortcomings', 1],
      ['下一年度工作安排', 'plans', 1],
    ])
    expect(document.topSections[0]!.children.map((section) => [section.title, section.level])).toEqual([['健全依法决策机制', 2]])
    expect(document.title?.text).toBe('某县司法局2023年度法治政府建设工作报告')
    expect(document.addressee?.text).toBe('县人民政府：')
  })

  it('without the hints still reads the un-numbered line before （一） as the top level above it', () => {
    const document = parseReport(source, {syntax: 'text'})
    expect(document.topSections.map((section) => [section.title, section.children.map((child) => child.title)])).toEqual([['主要举措和成效', ['健全依法决策机制']]])
  })
})

describe('the title written as a heading', () => {
  it('is the title, not a section, when it leads the document', () => {
    const document = parseReport('# 某县2023年法治政府建设工作报告\n\n## 一、主要举措和成效\n\n正文。\n', {syntax: 'markdown'})
    expect(document.title?.text).toBe('某县2023年法治政府建设工作报告')
    expect(document.topSections.map((section) => section.title)).toEqual(['主要举措和成效'])
  })

  it('is the title after web-page residue when it is worded as a report title', () => {
    const document = parseReport('首页 > 政务公开\n\n# 某县2023年法治政府建设工作报告\n\n# 一、主要举措和成效\n\n正文。\n', {syntax: 'markdown'})
    expect(document.title?.text).toBe('某县2023年法治政府建设工作报告')
    expect(document.topSections.map((section) => section.title)).toEqual(['主要举措和成效'])
  })

  it('is a section when a title line precedes it', () => {
    const document = parseReport('某县2023年法治政府建设工作报告\n\n# 2023年推进法治政府建设的工作情况\n\n正文。\n\n# 存在的不足\n\n正文。\n', {syntax: 'markdown'})
    expect(document.title?.text).toBe('某县2023年法治政府建设工作报告')
    expect(document.topSections.map((section) => section.kind)).toEqual(['measures', 'shortcomings'])
  })
})

describe('a title broken over lines (GB/T 9704 7.3.1)', () => {
  const body = '\n市人民政府：\n现将有关情况报告如下。\n一、主要举措和成效\n正文。\n'

  it('joins the issuing body on the line before a title that starts with 关于', () => {
    const document = parseReport(`某某区人民政府\n关于2023年度法治政府建设情况的报告${body}`)
    expect(document.title?.text).toBe('某某区人民政府关于2023年度法治政府建设情况的报告')
    expect(document.title?.node.position?.start.line).toBe(1)
    expect(document.title?.nodes).toHaveLength(2)
    expect(document.addressee?.text).toBe('市人民政府：')
  })

  it('joins the lines after a title broken before its last words', () => {
    const document = parseReport(`某某区人民政府关于2023年度法治政府\n建设情况的报告${body}`)
    expect(document.title?.text).toBe('某某区人民政府关于2023年度法治政府建设情况的报告')
  })

  it('leaves a complete one-line title alone, whatever short line precedes it', () => {
    const document = parseReport(`发布机构\n某某区人民政府关于2023年度法治政府建设情况的报告${body}`)
    expect(document.title?.text).toBe('某某区人民政府关于2023年度法治政府建设情况的报告')
    expect(document.title?.nodes).toHaveLength(1)
  })
})

describe('a title broken before the topic', () => {
  it('joins the line before that brings the year, and no page residue before that', () => {
    const document = parseReport('索引号\n主题分类\n某某区人民政府关于2023年度\n法治政府建设情况的报告\n市人民政府：\n现将有关情况报告如下。\n一、主要举措和成效\n正文。\n')
    expect(document.title?.text).toBe('某某区人民政府关于2023年度法治政府建设情况的报告')
    expect(document.title?.node.position?.start.line).toBe(3)
  })
})

describe('sign-off', () => {
  it('takes the issuer without the seal note a text copy of the signed original carries', () => {
    const source = ['某区司法局2023年度法治政府建设工作报告', '一、主要举措和成效', '全年审查规范性文件12件。', '某区司法局（盖章）', '2024年2月6日'].join('\n')
    const signoff = parseReport(source, {syntax: 'text'}).signoff
    expect(signoff?.issuer?.text).toBe('某区司法局')
    expect(signoff?.date?.value).toMatchObject({year: 2024, month: 2, day: 6})
  })
})

describe('classifySectionTitle and findKindsCoveredByHeading (each entry\'s patterns tested as one alternation)', () => {
  const entries = sectionsData.load()
  const titles = entries.flatMap((entry) => [entry.example ?? '', ...entry.patterns.filter((pattern) => /^[\p{Script=Han}]+$/u.test(pattern))])
  /** What the alternation must agree with: the entries in order, their patterns one at a time. */
  const byEachPattern = (title: string, list: (entry: SectionEntry) => string[] | undefined) =>
    entries.filter((entry) => (list(entry) ?? []).some((pattern) => new RegExp(pattern, 'u').test(title.replace(/\s+/gu, ''))))

  it.each(titles.filter((title) => title !== '').map((title) => [title]))('classifies %s as its patterns one by one do', (title) => {
    expect(classifySectionTitle(title, entries)).toBe(byEachPattern(title, (entry) => entry.patterns)[0]?.kind ?? null)
    expect(findKindsCoveredByHeading(title, entries)).toEqual(byEachPattern(title, (entry) => entry.nestedPatterns).map((entry) => entry.kind))
  })

  it('tests a pattern that cannot be joined (a back-reference) by itself', () => {
    const withBackReference: SectionEntry[] = [{kind: 'other', patterns: ['(重)\\1'], nestedPatterns: ['(复)\\1']}, ...entries]
    expect(classifySectionTitle('重重要事项', withBackReference)).toBe('other')
    expect(findKindsCoveredByHeading('复复核', withBackReference)).toEqual(['other'])
    expect(classifySectionTitle('存在的问题', withBackReference)).toBe('shortcomings')
  })
})

describe('normaliseTitle (a title with no code unit its guard tests for is returned as it is)', () => {
  const byDefinition = (title: string) => title.normalize('NFKC').replace(/\s+/gu, '')

  it('gives every code unit alone, and between ideographs, the NFKC form without white space', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code)
      if (normaliseTitle(unit) !== byDefinition(unit) || normaliseTitle(`问${unit}题`) !== byDefinition(`问${unit}题`)) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('normalises full-width forms, spaces and astral characters in a heading', () => {
    for (const title of ['（一）存在的 问题', '二、下一步工作打算\u3000', '３．第一责任', '\u{20000}年度计划', '存在的问题\t及原因', '重点工作'])
      expect(normaliseTitle(title)).toBe(byDefinition(title))
  })
})
