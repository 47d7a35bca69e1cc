/** The title, report year and publication date the model reads from real page layouts (issue 20). */
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/engine/lint.js'
import {maskQuotedNames, toSimplified} from '../src/text/index.js'

const opening = '2023年，某区深入推进法治政府建设，全区各级行政机关坚持依法行政，严格落实重大行政决策程序，规范行政执法行为，法治政府建设取得新成效。'
const model = (lines: string[]) => parseReport(lines.join('\n'))
const titleLine = (lines: string[]) => model(lines).title?.node.position?.start.line ?? null

describe('the title model', () => {
  it('takes the title after a metadata block, never a metadata value naming the genre', () => {
    expect(titleLine(['[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告', '• 工作报告', '体裁分类', '工作报告', '某区2023年法治政府建设情况报告', opening])).toBe(5)
  })

  it('reads the title part of a line with page metadata after it, and gives the metadata as page chrome', () => {
    const source = ['某区2023年法治政府建设情况报告 信息来源: 发布时间:2024-01-02', opening].join('\n')
    const report = parseReport(source)
    expect(report.title?.text).toBe('某区2023年法治政府建设情况报告')
    expect(report.title?.pageChrome.map(([start, end]) => source.slice(start, end))).toEqual([' 信息来源: 发布时间:2024-01-02'])
  })

  it('reads a title behind a watermark or a column tag, and a title fused with the first paragraph', () => {
    expect(model(['秘书之家—全网资源每日更新www.mishuzj.com某省人民政府关于2023年度法治政府建设情况的报告', opening]).title?.text).toBe('某省人民政府关于2023年度法治政府建设情况的报告')
    expect(model(['【2022年】州生态环境局2022年度法治政府建设报告', opening]).title?.text).toBe('州生态环境局2022年度法治政府建设报告')
    expect(model([`某县 2025 年度法治政府建设情况报告2025 年,全县坚持依法行政。一、主要举措`]).title?.text).toBe('某县 2025 年度法治政府建设情况报告')
  })

  it('prefers the first of nearly equal candidates, and never an aggregator headline quoting the title or a browser page title', () => {
    expect(titleLine(['某县2023年法治政府建设情况报告-某某在线', '某县2023年法治政府建设情况报告', opening])).toBe(2)
    expect(titleLine(['浙卫〔2024〕3号《某委关于2023年度法治政府建设情况的报告》', '某委关于2023年度法治政府建设情况的报告', opening])).toBe(2)
  })

  it('matches a title in traditional characters', () => {
    expect(model(['小龍門鄉2024年法治政府建設情況報告', '2024年,小龍門鄉全面推進法治政府建設,營造了全鄉濃厚的良好法治環境和氛圍。現就我鄉法治政府建設情況匯報如下:']).title?.text).toBe('小龍門鄉2024年法治政府建設情況報告')
  })
})

describe('the report year', () => {
  it('comes from the title first', () => {
    expect(model(['某区2023年法治政府建设情况报告', '根据《全面深化法治领域改革纲要(2023—2027年)》，2024年继续推进。']).year).toBe(2023)
  })

  it('never from a year span inside a cited document name', () => {
    expect(model(['根据中共中央《全面深化法治领域改革纲要(2023—2027年)》提出“实行法治建设年度报告制度”的要求，2023年，某街道全面深入开展法治政府建设，依法行政能力逐步提升。']).year).toBe(2023)
  })
})

describe('the publication date', () => {
  it('is any date in the page chrome before the body, the site clock excepted', () => {
    const report = model(['今天是:2019年10月31日 星期三', '某区2023年法治政府建设情况报告', '2023-12-20 10:00', opening])
    expect(report.publication?.value).toMatchObject({year: 2023, month: 12, day: 20})
    expect(report.publication?.label).toBe('')
  })

  it('is read after a label in brackets', () => {
    expect(model(['[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10', '某乡2025年法治政府建设情况报告', opening]).publication?.value).toMatchObject({year: 2026, month: 2, day: 10})
  })
})

describe('text readers', () => {
  it('toSimplified keeps offsets', () => {
    expect(toSimplified('法治政府建設情況報告')).toBe('法治政府建设情况报告')
    expect(toSimplified('關於2023年')).toHaveLength('關於2023年'.length)
  })

  it('maskQuotedNames blanks what stands inside 《》 and 〈〉 only', () => {
    expect(maskQuotedNames('《纲要(2021—2025年)》2023年')).toBe(`《${' '.repeat('纲要(2021—2025年)'.length)}》2023年`)
    expect(maskQuotedNames('《未闭合 2023年')).toBe('《未闭合 2023年')
  })
})
