/** Table-driven tests of the shared date and year readers (text/dates.ts, text/years.ts). */
import {describe, expect, it} from 'vitest'
import {daysInMonth, findCutoffs, findDates, findMonthRanges, mayHoldDate, parseDateLine} from '../src/text/dates.js'
import {findYears, findYearSpans, parseYearDigits} from '../src/text/years.js'
import {parseReport} from '../src/engine/lint.js'
import {findReferenceYear} from '../src/model/report-model.js'

describe('findDates', () => {
  const cases: [string, {text: string; date: string; form: string; isZeroPadded?: boolean; time?: string}[]][] = [
    ['佛山市高明区人民政府 2023年12月19日', [{text: '2023年12月19日', date: '2023-12-19', form: 'arabic', isZeroPadded: false}]],
    ['二〇二三年十二月十九日', [{text: '二〇二三年十二月十九日', date: '2023-12-19', form: 'chinese'}]],
    ['二〇二四年二月二十八日', [{text: '二〇二四年二月二十八日', date: '2024-02-28', form: 'chinese'}]],
    ['二零二一年三月八日', [{text: '二零二一年三月八日', date: '2021-03-08', form: 'chinese'}]],
    ['来源: 峄城区司法局时间: 2021-03-08', [{text: '2021-03-08', date: '2021-03-08', form: 'separated', isZeroPadded: true}]],
    ['2024年02月28日 16:40:00', [{text: '2024年02月28日', date: '2024-02-28', form: 'arabic', isZeroPadded: true, time: '16:40:00'}]],
    ['www.dg.gov.cn  2019-01-24 15:36  来源: 东莞市司法局', [{text: '2019-01-24', date: '2019-01-24', form: 'separated', time: '15:36:00'}]],
    ['发布时间:2024-03-28T09:18', [{text: '2024-03-28', date: '2024-03-28', form: 'separated', time: '09:18:00'}]],
    ['2023.12.19 与 2023/12/9', [
      {text: '2023.12.19', date: '2023-12-19', form: 'separated'},
      {text: '2023/12/9', date: '2023-12-09', form: 'separated'},
    ]],
    ['２０２４年２月２８日', [{text: '２０２４年２月２８日', date: '2024-02-28', form: 'arabic'}]],
    ['2023 年 5 月 6 日', [{text: '2023 年 5 月 6 日', date: '2023-05-06', form: 'arabic'}]],
    // Not dates: an impossible day, a 2-digit year, a version number, a span.
    ['2023年2月30日', []],
    ['23年5月6日', []],
    ['版本1.2023.12.19', []],
    ['《法治政府建设实施纲要（2021—2025年）》', []],
    ['1-11月，办理业务2727笔', []],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      const dates = findDates(text)
      expect(
        dates.map((date) => {
          const row: Record<string, unknown> = {
            text: date.text,
            date: `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
            form: date.form,
          }
          const wanted = expected.find((candidate) => candidate.text === date.text)
          if (wanted?.isZeroPadded !== undefined) row.isZeroPadded = date.isZeroPadded
          if (wanted?.time !== undefined && date.time) {
            row.time = [date.time.hour, date.time.minute, date.time.second].map((part) => String(part).padStart(2, '0')).join(':')
          }
          return row
        }),
      ).toEqual(expected)
      for (const date of dates) expect(text.slice(date.index, date.index + date.length)).toBe(date.text)
    })
  }
  it('finds each form only in a text holding what findDates checks for first (年, or an ASCII digit for the separated form)', () => {
    const dates = cases.flatMap(([text]) => findDates(text))
    expect(new Set(dates.map((date) => date.form))).toEqual(new Set(['arabic', 'chinese', 'separated']))
    for (const date of dates) expect(date.text).toMatch(date.form === 'separated' ? /[0-9]/u : /年/u)
    expect(findDates('二〇二三十二月十九')).toEqual([])
    for (const [text, expected] of cases) if (expected.length > 0) expect(mayHoldDate(text), text).toBe(true)
  })
})

describe('daysInMonth', () => {
  it('counts as a Date does, for every month of years 0–3000 and months outside 1–12', () => {
    const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
    for (let year = 0; year <= 3000; year++) for (let month = -1; month <= 14; month++) if (daysInMonth(year, month) !== byDate(year, month)) expect([year, month, daysInMonth(year, month)]).toEqual([year, month, byDate(year, month)])
    expect(daysInMonth(2023.5, 2)).toBe(byDate(2023.5, 2))
  })
})

describe('parseDateLine', () => {
  const cases: [string, string | null][] = [
    ['2023年12月19日', '2023-12-19'],
    ['  2024年2月28日  ', '2024-02-28'],
    ['2024年02月28日 16:40:00', '2024-02-28'],
    ['二〇二四年一月十五日', '2024-01-15'],
    ['2024-02-28 16:40', '2024-02-28'],
    ['2023年12月19日印发', null],
    ['截至2023年12月19日', null],
    ['佛山市高明区人民政府', null],
  ]
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const date = parseDateLine(text)
      expect(date ? `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : null).toBe(expected)
    })
  }
})

describe('findMonthRanges', () => {
  const cases: [string, {text: string; from: number; to: number; year: number | null; form: string}[]][] = [
    ['1-11月,办理“一照通”业务2727笔', [{text: '1-11月', from: 1, to: 11, year: null, form: 'numeric'}]],
    ['1至11月，共收到行政复议申请106宗', [{text: '1至11月', from: 1, to: 11, year: null, form: 'numeric'}]],
    ['1—11月全区调解纠纷4043次', [{text: '1—11月', from: 1, to: 11, year: null, form: 'numeric'}]],
    ['2023年1－10月份', [{text: '2023年1－10月份', from: 1, to: 10, year: 2023, form: 'numeric'}]],
    ['1月至11月', [{text: '1月至11月', from: 1, to: 11, year: null, form: 'numeric'}]],
    ['一至十一月', [{text: '一至十一月', from: 1, to: 11, year: null, form: 'chinese'}]],
    ['7~9月开展专项整治', [{text: '7~9月', from: 7, to: 9, year: null, form: 'numeric'}]],
    ['1-12月', [{text: '1-12月', from: 1, to: 12, year: null, form: 'numeric'}]],
    ['前三季度受理案件', [{text: '前三季度', from: 1, to: 9, year: null, form: 'quarters'}]],
    ['2023年前11个月', [{text: '2023年前11个月', from: 1, to: 11, year: 2023, form: 'months'}]],
    ['上半年召开常务会议', [{text: '上半年', from: 1, to: 6, year: null, form: 'half'}]],
    // Periods are looked for only at a 前 and at a 上 before a 半: run together, or after a 前 or 上 that starts none.
    ['前前三季度和上上半年，前半年', [
      {text: '前三季度', from: 1, to: 9, year: null, form: 'quarters'},
      {text: '上半年', from: 1, to: 6, year: null, form: 'half'},
    ]],
    ['半年前11个月上半年前三季度', [
      {text: '前11个月', from: 1, to: 11, year: null, form: 'months'},
      {text: '上半年', from: 1, to: 6, year: null, form: 'half'},
      {text: '前三季度', from: 1, to: 9, year: null, form: 'quarters'},
    ]],
    // Several ranges, and ranges run together: each is read where a scan of the whole text finds it.
    ['1-3月、4-6月和7—9月', [
      {text: '1-3月', from: 1, to: 3, year: null, form: 'numeric'},
      {text: '4-6月', from: 4, to: 6, year: null, form: 'numeric'},
      {text: '7—9月', from: 7, to: 9, year: null, form: 'numeric'},
    ]],
    ['11-12月1-6月', [{text: '1-6月', from: 1, to: 6, year: null, form: 'numeric'}]],
    ['3月 - 9月 -10月', [{text: '3月 - 9月', from: 3, to: 9, year: null, form: 'numeric'}]],
    ['1\n-\n11月', [{text: '1\n-\n11月', from: 1, to: 11, year: null, form: 'numeric'}]],
    ['1\u3000至\u300011月份', [{text: '1\u3000至\u300011月份', from: 1, to: 11, year: null, form: 'numeric'}]],
    // A date, a year-month, a reversed or single month are not ranges.
    ['2023-11月', []],
    ['11月1-15日', []],
    ['11-1月', []],
    ['11月', []],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(findMonthRanges(text).map(({text, from, to, year, form}) => ({text, from, to, year, form}))).toEqual(expected)
    })
  }

  it('finds the periods a scan of the whole text finds, in texts made of their characters', () => {
    // The period pattern as written in dates.ts, scanned globally: what the scan from 前 and 半 must agree with.
    const period = /前([一二三1-3])个?季度|前(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})个月|上半年/gu
    const alphabet = [...'前上半年一二三十11２个季度月，']
    let seed = 19
    const next = (count: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % count
    for (let round = 0; round < 3000; round++) {
      let text = ''
      for (let length = next(24); length > 0; length--) text += alphabet[next(alphabet.length)]
      const periods = findMonthRanges(text).filter((range) => range.form !== 'numeric' && range.form !== 'chinese')
      const scanned = [...text.matchAll(period)].filter((match) => !/^前(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})个月$/u.test(match[0]) || isMonthCount(match[0]))
      expect(periods.map((range) => [range.index, range.text]), text).toEqual(scanned.map((match) => [match.index, match[0]]))
    }
  })
})

/** `前N个月` with N a month count 1–12, which findMonthRanges keeps. */
function isMonthCount(period: string): boolean {
  const count = period.slice(1, -2)
  const value = /^[0-9０-９]+$/u.test(count) ? Number(count.replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10))) : ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].indexOf(count) + 1
  return value >= 1 && value <= 12
}

describe('findCutoffs', () => {
  const cases: [string, {text: string; kind: string; year: number | null; month: number | null; day: number | null}[]][] = [
    ['截至目前,新成立市场主体8388户', [{text: '截至目前', kind: 'now', year: null, month: null, day: null}]],
    ['截止目前为止', [{text: '截止目前为止', kind: 'now', year: null, month: null, day: null}]],
    ['截至发稿时', [{text: '截至发稿时', kind: 'now', year: null, month: null, day: null}]],
    ['截至11月底，全区', [{text: '截至11月底', kind: 'date', year: null, month: 11, day: 30}]],
    ['截至10月底', [{text: '截至10月底', kind: 'date', year: null, month: 10, day: 31}]],
    ['截至2023年10月末', [{text: '截至2023年10月末', kind: 'date', year: 2023, month: 10, day: 31}]],
    ['截至2024年2月底', [{text: '截至2024年2月底', kind: 'date', year: 2024, month: 2, day: 29}]],
    ['截至11月30日', [{text: '截至11月30日', kind: 'date', year: null, month: 11, day: 30}]],
    ['截至十一月底', [{text: '截至十一月底', kind: 'date', year: null, month: 11, day: 30}]],
    ['截至11月中旬', [{text: '截至11月中旬', kind: 'date', year: null, month: 11, day: 20}]],
    ['截至三季度末', [{text: '截至三季度末', kind: 'date', year: null, month: 9, day: 30}]],
    ['截至2023年底', [{text: '截至2023年底', kind: 'date', year: 2023, month: 12, day: 31}]],
    ['截至年底', [{text: '截至年底', kind: 'date', year: null, month: 12, day: 31}]],
    ['截至2023年12月31日', [{text: '截至2023年12月31日', kind: 'date', year: 2023, month: 12, day: 31}]],
    ['截至11月底前，截至目前为止截至10月末', [
      {text: '截至11月底', kind: 'date', year: null, month: 11, day: 30},
      {text: '截至目前为止', kind: 'now', year: null, month: null, day: null},
      {text: '截至10月末', kind: 'date', year: null, month: 10, day: 31},
    ]],
    ['截截至目前', [{text: '截至目前', kind: 'now', year: null, month: null, day: null}]],
    // No cut-off: a bare year, or no 截至.
    ['截至2023年，', []],
    ['至今已连续举办五届', []],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(findCutoffs(text).map(({text, kind, year, month, day}) => ({text, kind, year, month, day}))).toEqual(expected)
    })
  }
})

describe('findYears and findYearSpans', () => {
  const cases: [string, {value: number; isSpan: boolean}[]][] = [
    ['三、2024年主要工作安排', [{value: 2024, isSpan: false}]],
    ['关于2023年度法治政府建设情况的报告', [{value: 2023, isSpan: false}]],
    ['二〇二三年', [{value: 2023, isSpan: false}]],
    ['２０２３年', [{value: 2023, isSpan: false}]],
    ['《法治政府建设实施纲要（2021—2025年）》', [{value: 2025, isSpan: true}]],
    ['2021年至2025年', [{value: 2021, isSpan: true}, {value: 2025, isSpan: true}]],
    ['(20212025年)', []],
    ['2023年12月19日与2024年', [{value: 2023, isSpan: false}, {value: 2024, isSpan: false}]],
    ['办理2727笔', []],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(findYears(text).map(({value, isSpan}) => ({value, isSpan}))).toEqual(expected)
    })
  }

  const spans: [string, {from: number; to: number; text: string}[]][] = [
    ['（2015－2020年）', [{from: 2015, to: 2020, text: '2015－2020年'}]],
    ['(2015–2020年)', [{from: 2015, to: 2020, text: '2015–2020年'}]],
    ['(2021-2025)', [{from: 2021, to: 2025, text: '2021-2025'}]],
    ['（2021——2025年）', [{from: 2021, to: 2025, text: '2021——2025年'}]],
    ['(20212025年)', [{from: 2021, to: 2025, text: '20212025年'}]],
    ['2021年至2025年', [{from: 2021, to: 2025, text: '2021年至2025年'}]],
    ['2024-2023', []],
    ['2024-02-28', []],
  ]
  for (const [text, expected] of spans) {
    it(`span ${text}`, () => {
      expect(findYearSpans(text).map(({from, to, text}) => ({from, to, text}))).toEqual(expected)
    })
  }

  it('parses Chinese and full-width year digits', () => {
    expect([parseYearDigits('二〇二三'), parseYearDigits('二零二四'), parseYearDigits('２０２５'), parseYearDigits('2026')]).toEqual([2023, 2024, 2025, 2026])
  })
})

describe('report model: publication date and reference year', () => {
  const body = ['一、主要举措和成效', '扎实推进。', '二、2024年主要工作安排', '继续推进。']
  const cases: [string, string[], {label: string; date: string; line: number} | null][] = [
    ['fangxian-2023: 发文日期 and the date on the next line', ['房县人民政府关于2023年度法治政府建设工作报告', '索引号', '01145506X/2024-15651', '发文日期', '2024年02月28日 16:40:00'], {label: '发文日期', date: '2024-02-28', line: 5}],
    ['yicheng-2020: 时间: after 来源 on one line', ['中共峄城区委 峄城区人民政府关于2020年度法治政府建设情况的报告', '来源: 峄城区司法局时间: 2021-03-08'], {label: '时间', date: '2021-03-08', line: 2}],
    ['发布时间 with a full-width colon', ['某县2023年法治政府建设年度报告', '发布时间：2024-03-28 09:18'], {label: '发布时间', date: '2024-03-28', line: 2}],
    ['dongguan-2018: a page timestamp beside 来源', ['东莞市2018年法治政府建设情况报告', '中国东莞政府门户网站 www.dg.gov.cn  2019-01-24 15:36  来源: 东莞市司法局'], {label: '', date: '2019-01-24', line: 2}],
    ['a 成文日期 field is not the publication', ['某县2023年法治政府建设年度报告', '成文日期：2024-03-01'], null],
    ['a site banner without a time is not the publication', ['某县2023年法治政府建设年度报告', '天津市静海区人民政府 2019年12月3日星期二'], null],
  ]
  for (const [name, preamble, expected] of cases) {
    it(name, () => {
      const document = parseReport([...preamble, ...body].join('\n'))
      const publication = document.publication
      expect(
        publication
          ? {label: publication.label, date: `${publication.value.year}-${String(publication.value.month).padStart(2, '0')}-${String(publication.value.day).padStart(2, '0')}`, line: publication.node.position?.start.line}
          : null,
      ).toEqual(expected)
      if (publication) expect(document.source.slice(...publication.range)).toBe(publication.value.text)
    })
  }

  it('the plans section reports on the year after the report year', () => {
    const source = ['某县人民政府关于2023年度法治政府建设情况的报告', ...body].join('\n')
    const document = parseReport(source)
    expect(findReferenceYear(document, source.indexOf('扎实推进'))).toEqual({year: 2023, isPlans: false})
    expect(findReferenceYear(document, source.indexOf('继续推进'))).toEqual({year: 2024, isPlans: true})
    expect(findReferenceYear(parseReport('一、主要举措和成效\n扎实推进。'), 3)).toBeNull()
  })
})
