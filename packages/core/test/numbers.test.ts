/** Table-driven tests of the number reader: every written form, and the words that are not figures. */
import {describe, expect, it} from 'vitest'
import {findNumbers, mayStatePercentage, parseChineseNumber} from '../src/text/numbers.js'

type Expected = {text: string; value: number; unit: string | null; bound?: string; low?: number; high?: number; form?: string}

const read = (text: string) => findNumbers(text).map(({text, value, unit, bound, low, high, form}) => ({text, value, unit, bound, low, high, form}))

describe('findNumbers: forms', () => {
  const cases: [string, Expected[]][] = [
    ['调解案件纠纷2505件', [{text: '2505件', value: 2505, unit: '件', bound: 'exact', low: 2505, high: 2505, form: 'arabic'}]],
    ['共2,505件', [{text: '2,505件', value: 2505, unit: '件'}]],
    ['涉及金额1910.11万元', [{text: '1910.11万元', value: 19101100, unit: '元', form: 'mixed'}]],
    ['调解２５０５件', [{text: '２５０５件', value: 2505, unit: '件'}]],
    ['发生二十三起', [{text: '二十三起', value: 23, unit: '起', form: 'chinese'}]],
    ['培训一千二百人次', [{text: '一千二百人次', value: 1200, unit: '人次'}]],
    ['覆盖两千名', [{text: '两千名', value: 2000, unit: '名'}]],
    ['走访三百余家', [{text: '三百余家', value: 300, unit: '家', bound: 'at-least', low: 300, high: 400}]],
    ['惠及万余人', [{text: '万余人', value: 10000, unit: '人', bound: 'at-least', low: 10000, high: 20000}]],
    ['办理1.2万件', [{text: '1.2万件', value: 12000, unit: '件', bound: 'exact', low: 11500, high: 12500}]],
    ['投入3亿元', [{text: '3亿元', value: 300000000, unit: '元'}]],
    ['一万二千件', [{text: '一万二千件', value: 12000, unit: '件', low: 12000, high: 12000}]],
    ['成功率99.8%', [{text: '99.8%', value: 99.8, unit: '%', low: 99.75, high: 99.85}]],
    ['成功率99.8％', [{text: '99.8％', value: 99.8, unit: '%'}]],
    ['成功率百分之九十九点八', [{text: '百分之九十九点八', value: 99.8, unit: '%', low: 99.75, high: 99.85, form: 'chinese'}]],
    ['9成案件', [{text: '9成', value: 90, unit: '%', low: 85, high: 95}]],
    ['九成五', [{text: '九成五', value: 95, unit: '%'}]],
    ['近25%', [{text: '近25%', value: 25, unit: '%', bound: 'at-most', low: -Infinity, high: 25.5}]],
    ['95%以上', [{text: '95%以上', value: 95, unit: '%', bound: 'at-least', low: 94.5, high: Infinity}]],
    ['超过100人', [{text: '超过100人', value: 100, unit: '人', bound: 'at-least', high: Infinity}]],
    ['约30件', [{text: '约30件', value: 30, unit: '件', bound: 'about', low: -Infinity, high: Infinity}]],
    ['30件左右', [{text: '30件左右', value: 30, unit: '件', bound: 'about'}]],
    ['3800余份', [{text: '3800余份', value: 3800, unit: '份', low: 3800, high: 3900}]],
    ['30余家次', [{text: '30余家次', value: 30, unit: '家次'}]],
    ['100多个', [{text: '100多个', value: 100, unit: '个', bound: 'at-least'}]],
    ['10-20件', [{text: '10-20件', value: 10, unit: '件', bound: 'range', low: 10, high: 20}]],
    ['下降0.5个百分点', [{text: '0.5个百分点', value: 0.5, unit: '个百分点'}]],
    ['千分之三', [{text: '千分之三', value: 0.3, unit: '%'}]],
    ['增长-5%', [{text: '-5%', value: -5, unit: '%'}]],
    ['设立公开专题20个，公开信息12000余条', [{text: '20个', value: 20, unit: '个'}, {text: '12000余条', value: 12000, unit: '条'}]],
    ['服务时限压缩至3个工作日', [{text: '3个工作日', value: 3, unit: '个工作日'}]],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      const found = read(text)
      expect(found).toHaveLength(expected.length)
      found.forEach((mention, index) => expect(mention).toMatchObject(expected[index]!))
    })
  }

  it('offsets point at the figure in the original text, full-width digits included', () => {
    const text = '全年调解２５０５件，成功率99.8%。'
    for (const mention of findNumbers(text)) expect(text.slice(mention.index, mention.index + mention.length)).toBe(mention.text)
  })
})

describe('findNumbers: words and references that are not figures', () => {
  const notFigures = [
    '2023年', '2023年度', '二〇二三年', '12月19日', '二〇二三年十二月十九日', '1-11月', '2024-01-05', '16:40',
    '一是', '二是', '第一', '第3次', '〔2023〕79号', '粤府〔2023〕79号', '1号文件', '一体化', '统一', '十四五', '八五普法',
    '一审', '二审', '2021-2025年', '（2021—2025年）', '一起', '一次性', '千家万户', '三分之一', '5G', 'G20',
    '“一次办好”', '“12.4”国家宪法日', '0757-88888888', '零跑腿', '两法衔接', '三大诉求', '一网通办', '进一步',
  ]
  for (const text of notFigures) {
    it(text, () => {
      expect(read(text).filter((mention) => mention.unit !== null)).toEqual([])
    })
  }
})

describe('parseChineseNumber', () => {
  const cases: [string, number | null][] = [
    ['二十三', 23], ['十二', 12], ['十', 10], ['一百零五', 105], ['一千二百', 1200], ['一千二', 1200], ['两千', 2000],
    ['三百', 300], ['一万二千', 12000], ['一万二', 12000], ['一万零五十', 10050], ['三亿', 3e8], ['九十九点八', 99.8],
    ['十四五', null], ['八五', null], ['一二三', null], ['千百', null], ['点五', null],
  ]
  for (const [text, value] of cases) it(`${text} → ${value}`, () => expect(parseChineseNumber(text)).toBe(value))
})

describe('mayStatePercentage', () => {
  it('is true for every text in which findNumbers reads a percentage, and false for plain counts', () => {
    const samples = ['调解成功率99.8%', '占比百分之九十', '千分之五', '九成五的案件', '达到9成', '满意度八成以上', '5-8成', '达96％', '办结120余件', '完成整改']
    const withPercentage = samples.filter((text) => findNumbers(text).some((mention) => mention.isPercent))
    // Every percentage form above is read as one; the contract would prove nothing on fewer.
    expect(withPercentage.length).toBeGreaterThanOrEqual(7)
    for (const text of withPercentage) expect(mayStatePercentage(text), text).toBe(true)
    expect(mayStatePercentage('办结120余件，完成整改')).toBe(false)
  })
})

describe('reading a stretch of a text', () => {
  const paragraph =
    '全年受理行政复议案件52件，审结50件，办结率96.2%；其中撤销2件、确认违法1件，纠错率约27.3%以上。' +
    '“十四五”以来培训一千二百人次，惠及万余人！调解纠纷2,505件，调解成功率99.8%？满意度达九成五，（2023）第3号文件不计。' +
    '不超过5％的案件在16:40后受理；千分之五的误差\n2024-01-05收到１２件'
  const sentenceBounds = (text: string): [number, number][] => {
    const bounds: [number, number][] = []
    let from = 0
    for (let index = 0; index <= text.length; index++) {
      if (index < text.length && !'。！？!?；;\n'.includes(text[index]!)) continue
      if (index > from) bounds.push([from, index])
      from = index + 1
    }
    return bounds
  }

  it('findNumbers of one sentence gives the figures a reading of the whole text finds in it', () => {
    const whole = findNumbers(paragraph)
    expect(whole.length).toBeGreaterThan(10)
    for (const [from, to] of sentenceBounds(paragraph)) {
      const inSentence = whole.filter((mention) => mention.index >= from && mention.index < to)
      expect(findNumbers(paragraph, from, to), paragraph.slice(from, to)).toEqual(inSentence)
    }
  })

  it('leaves out the figures of bracketed years and short quotations, whichever sentence is read first', () => {
    // The spans are searched for only as far as the sentences read need; a quotation is one only when no earlier one
    // holds its opening mark: in “甲"乙”丙5件" the " before 乙 is inside “…”, so 5件 is in no quotation.
    const text =
      '办结“办理12件”的事项3件；（ 2023 ）收案4件，“甲"乙”丙5件"，【2024】6件。' +
      '‘完成7项’以外8项；"九件"与“十件”共19件，〔2022〕第1号。'
    const whole = findNumbers(text)
    expect(whole.map((mention) => mention.text)).toEqual(['3件', '4件', '5件', '6件', '8项', '19件'])
    const bounds = sentenceBounds(text)
    for (const order of [bounds, [...bounds].reverse(), [bounds[2]!, bounds[0]!, bounds[3]!, bounds[1]!]]) {
      findNumbers('') // a fresh reading of `text`, not the one above
      for (const [from, to] of order) {
        expect(findNumbers(text, from, to), text.slice(from, to)).toEqual(whole.filter((mention) => mention.index >= from && mention.index < to))
      }
    }
  })

  it('mayStatePercentage of a stretch answers as it does for the stretch cut out', () => {
    for (let from = 0; from <= paragraph.length; from += 3) {
      for (let to = from; to <= paragraph.length; to += 2) {
        expect(mayStatePercentage(paragraph, from, to), `${from}-${to}`).toBe(mayStatePercentage(paragraph.slice(from, to)))
      }
    }
  })
})

describe('findNumbers: order', () => {
  // The numeric rules read a sentence's figures in the order given, without sorting them by index. A hedge may reach
  // into the figure before (3多于5件: 3多, then 多于5件), never past its start.
  it('gives the figures in order of where they start', () => {
    expect(findNumbers('3多于5件').map(({index, text}) => [index, text])).toEqual([[0, '3多'], [1, '多于5件']])
    const pieces = ['3', '12', '多', '余', '于', '多于', '近', '约', '不少于', '超过', '以上', '左右', '件', '人次', '%', '百分之', '五', '十', '成', '-', '至', '，', '“', '”', '年', '月']
    let seed = 11
    const next = (bound: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % bound
    for (let round = 0; round < 20_000; round++) {
      let text = ''
      for (let count = next(16); count > 0; count--) text += pieces[next(pieces.length)]
      const mentions = findNumbers(text)
      for (let index = 1; index < mentions.length; index++) expect(mentions[index]!.index, text).toBeGreaterThan(mentions[index - 1]!.index)
    }
  })
})
