import {lintWithRule, RuleTester} from '@fzlint/rule-tester'
import {describe, expect, it} from 'vitest'
import {countWordsData} from '../data/count-words.js'
import {indicatorsData} from '../data/indicators.js'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

tester.run(rule, {
  valid: [
    {name: 'gaoming-2023: 2499 of 2505 is 99.8%', text: '1-11月，全区各调解组织共排查基层矛盾纠纷4043次，预防矛盾纠纷310件，调解案件纠纷2505件，调解成功2499件，调解成功率99.8%。'},
    {name: 'gaoming-2023: 12 of 86 is 13.95%', text: '年内，各镇(街道)一审行政诉讼案件86宗，败诉12宗，败诉率13.95%。'},
    {
      name: 'gaoming-2023: a share of a total stated in the sentence before (7412 of 8388 is 88.36%)',
      text: '截至目前，新成立市场主体8388户，全区共有各类商事登记主体51700户，同比增长8.33%。共发出“零见面”办理的设立登记营业执照7412个，占全区同期各类市场主体设立业务88.36%。',
    },
    {name: 'rounding at the boundary: 1997 of 2000 is 99.85%, written 99.8%', text: '调解纠纷2000件，调解成功1997件，调解成功率99.8%。'},
    {name: 'full-width digits and percent sign', text: '调解纠纷２５０５件，调解成功２４９９件，调解成功率９９.８％。'},
    {name: '万 in both counts, within its rounding', text: '调解纠纷1.2万件，调解成功1.1万件，调解成功率91.7%。'},
    {name: '9成 is 90% give or take 5', text: '审结行政诉讼案件40件，胜诉37件，胜诉率9成。'},
    {name: 'denominator only, a whole numerator fits (yicheng-2020 appearance rate)', text: '全区行政应诉案件29件，行政负责人出庭率100%。'},
    {name: 'denominator only and hedged: not compared', text: '审结28件左右，综合纠错率22.4%。'},
    {name: 'numerator only: nothing to compare', text: '全区行政机关负责人出庭案件130件，出庭应诉率100%。'},
    {name: 'approximate counts are not compared exactly', text: '已接受三大诉求62000余件，办结61500件，办结率99%。'},
    {name: '以上 on the rate: any value above is possible', text: '调解纠纷2505件，调解成功2499件，调解成功率95%以上。'},
    {name: 'two readings, one fits: 其中 narrows the numerator', text: '全区审结行政诉讼案件86宗，败诉12宗，其中区政府败诉2宗，败诉率13.95%。'},
    {name: 'the rate of an earlier scope does not borrow later counts', text: '区本级审结20件，败诉2件，败诉率10%，镇街审结10件，败诉3件，败诉率30%。'},
    {name: 'a second statement of the rate without its own counts is left open', text: '区本级审结20件，败诉2件，败诉率10%，镇街败诉率30%。'},
    {name: '分别为: which value goes with which name is left open', text: '调解纠纷100件，调解成功90件，调解成功率、办结率分别为99%、100%。'},
    {name: 'counts in another sentence are a different statement', text: '2022年调解纠纷2000件，调解成功1900件。2023年调解成功率99%。'},
    {name: 'a mediation organisation is not a count of mediations', text: '全区调解组织共开展调解培训300场，调解成功280件，调解成功率99%。'},
    {name: 'a share whose whole is named but not stated', text: '共办理案件200件，其中简易程序150件，占全市的30%。'},
    {name: 'growth rates are not checked', text: '共出具政府信息公开申请答复、告知文书35份，同比上升218%。'},
    {name: 'on-time rate over 办结, not 办结 rate', text: '受理信访事项80件，办结60件，按期办结60件，按期办结率100%。'},
    {name: 'a share of a total named and stated in the sentence before (48 of 1298 is 3.7%)', text: '受理1403件，审结1298件。其中，调解和解结案48件，占审结案件的3.7%。'},
    {name: 'a share whose named whole the sentence before does not state is left open', text: '受理1403件。其中，调解和解结案48件，占审结案件的4.7%。'},
    {name: 'exam participation: 86320 sat of 86532 due is 99.8%', text: '组织国家工作人员参加学法考试，应考86532人，实考86320人，参考率99.8%，合格率100%。'},
    {name: 'appearances counted in 人次 are no count of cases: not compared with 件', text: '全年共开庭审理行政案件32件，出庭应诉的行政机关负责人12人次，出庭应诉率100%。'},
    {name: 'court appearance over the cases heard, though the cases sued are more (30 of 30 is 100%)', text: '全年行政诉讼案件32件，其中开庭审理30件，区长、副区长出庭30件，出庭应诉率100%。'},
    {name: 'success worded as 达成协议 (90 of 100 is 90%)', text: '调解矛盾纠纷100件，调解达成协议90件，调解不成功10件，调解成功率90%。'},
    {name: 'a whole named three sentences before is too far: left open', text: '审结行政诉讼案件40件。胜诉36件。撤诉2件。其中，判决败诉2件，占审结案件的15%。'},
    {name: 'a share of a total named two sentences before that fits (2 of 40 is 5%)', text: '全年审结行政诉讼案件40件。胜诉36件，撤诉2件。其中，判决败诉2件，占审结案件的5%。'},
    {
      name: 'a meaning class configured: 出面 counts as appearing in court',
      text: '开庭审理行政案件20件，行政机关负责人出面应诉20件，出庭应诉率100%。',
      settings: {data: {'count-words': [{id: 'court-appearance', label: '出庭应诉', words: ['出面应诉'], source: '本地', example: '负责人出面应诉20件'}]}},
    },
    {name: 'outcomes adding up to the cases received make them the concluded total (3 of 12 is 25%)', text: '受理行政复议案件12件，其中维持9件、撤销2件、确认违法1件，纠错率25%。'},
    {name: 'outcomes short of the cases received (one pending): no concluded total to check against', text: '受理行政复议案件12件，其中维持8件、撤销2件、确认违法1件，纠错率30%。'},
    {name: 'hedged outcomes prove nothing', text: '受理行政复议案件12件，其中维持9件左右、撤销2件、确认违法1件，纠错率30%。'},
  ],
  invalid: [
    {
      name: 'a share of a total named in the sentence before that the counts do not give (48 of 1298 is 3.7%, not 4.7%)',
      text: '受理1403件，审结1298件。其中，调解和解结案48件，占审结案件的4.7%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'share-of-total', numerator: 48, denominator: 1298}}],
    },
    {
      name: 'exam participation that the counts do not give (86320 of 86532 is 99.8%, not 98.8%)',
      text: '组织国家工作人员参加学法考试，应考86532人，实考86320人，参考率98.8%，合格率100%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'exam-participation', numerator: 86320, denominator: 86532, computed: 99.755}}],
    },
    {
      name: 'a count worded as a verb, its whole as the cases sued (12 of 32 is 37.5%, not 100%)',
      text: '全年行政应诉案件32件，负责人出庭12件，出庭应诉率100%。',
      errors: [{messageId: 'mismatch', line: 1, column: 22, data: {indicator: 'court-appearance', numerator: 12, denominator: 32, computed: 37.5}}],
    },
    {
      name: 'the official named after the verb, in any order (出庭应诉的行政机关负责人)',
      text: '全年开庭审理行政案件16件，出庭应诉的行政机关负责人8件，出庭应诉率100%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'court-appearance', numerator: 8, denominator: 16}}],
    },
    {
      name: 'received and concluded in other words (来信来访, 已办理完毕)',
      text: '全年受理群众来信来访120件，已办理完毕100件，办结率98.3%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'completion', numerator: 100, denominator: 120}}],
    },
    {
      name: 'a reply worded as 回复, the applications as 申请……收到',
      text: '政府信息公开申请全年共收到35件，按期回复30件，答复率100%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'reply', numerator: 30, denominator: 35}}],
    },
    {
      name: 'success worded without the verb (成功2400件), the mediations before it',
      text: '调解矛盾纠纷2505件，成功2400件，调解成功率99.8%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'mediation-success', numerator: 2400, denominator: 2505}}],
    },
    {
      name: 'on time and concluded in other words (在法定期限内全部办理完毕)',
      text: '全年办结信访事项60件，在法定期限内全部办理完毕50件，按期办结率100%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'on-time-completion', numerator: 50, denominator: 60}}],
    },
    {
      name: 'a share whose whole was named two sentences before (2 of 40 is 5%, not 15%)',
      text: '全年审结行政诉讼案件40件。胜诉36件，撤诉2件。其中，判决败诉2件，占审结案件的15%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'share-of-total', numerator: 2, denominator: 40, computed: 5}}],
    },
    {
      name: 'a changed count (2400 of 2505 is 95.8%, not 99.8%)',
      text: '调解案件纠纷2505件，调解成功2400件，调解成功率99.8%。',
      errors: [
        {
          messageId: 'mismatch',
          line: 1,
          column: 23,
          severity: 2,
          data: {indicator: 'mediation-success', stated: 99.8, computed: 95.8084, numerator: 2400, denominator: 2505},
        },
      ],
    },
    {
      name: '100% claims all: 2499 of 2505 is not 100%',
      text: '调解纠纷2505件，调解成功2499件，调解成功率100%。',
      errors: [{messageId: 'mismatch', data: {stated: 100, numerator: 2499, denominator: 2505}}],
    },
    {
      name: 'a 败诉率 with a changed denominator',
      text: '年内，一审行政诉讼案件96宗，败诉12宗，败诉率13.95%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'litigation-loss', numerator: 12, denominator: 96, computed: 12.5}}],
    },
    {
      name: 'a share after 占 with no named whole, against the total before it',
      text: '审结行政复议案件40件，其中调解结案27件，占60%。',
      errors: [{messageId: 'mismatch', data: {indicator: 'share-of-total', stated: 60, numerator: 27, denominator: 40, computed: 67.5}}],
    },
    {
      name: 'a share whose named whole matches a stated total',
      text: '受理行政复议案件50件，其中调解结案10件，占受理案件的25%。',
      errors: [{messageId: 'mismatch', data: {numerator: 10, denominator: 50, computed: 20}}],
    },
    {
      name: 'Chinese numerals and 万 in counts',
      text: '调解纠纷二万零五百件，调解成功一万件，调解成功率99%。',
      errors: [{messageId: 'mismatch', data: {numerator: 10000, denominator: 20500}}],
    },
    {
      name: '余 on the denominator still makes 99% impossible',
      text: '调解纠纷300余件，调解成功100件，调解成功率99%。',
      errors: [{messageId: 'mismatch', data: {numerator: 100, denominator: 300}}],
    },
    {
      name: 'the rate in 百分之 form, counts in Arabic digits',
      text: '收到政府信息公开申请40件，按期答复36件，答复率百分之九十五。',
      errors: [{messageId: 'mismatch', data: {indicator: 'reply', numerator: 36, denominator: 40, computed: 90}}],
    },
    {
      name: 'gaoming-2023: 综合纠错率53.8% over 审结48宗, no whole numerator fits',
      text: '1-11月，共收到行政复议申请106宗，审结48宗，运用调解和解方式结案18宗，综合纠错率53.8%。',
      errors: [
        {
          messageId: 'noWholeNumerator',
          severity: 1,
          data: {indicator: 'review-comprehensive-correction', stated: 53.8, computed: null, numerator: null, denominator: 48, below: 25, above: 26},
        },
      ],
    },
    {
      name: 'a configured indicator is checked like a built-in one',
      text: '受理举报60件，立案40件，立案率75%。',
      settings: {
        data: {
          indicators: [
            {
              id: 'case-filing',
              label: '立案率',
              names: ['立案率'],
              numerator: {label: '立案件数', patterns: ['立案']},
              denominator: {label: '受理件数', patterns: ['受理']},
              formula: '立案率 = 立案件数 ÷ 受理件数 × 100%',
              isShare: true,
              source: '本地统计口径',
              example: '受理举报60件，立案45件，立案率75%',
            },
          ],
        },
      },
      errors: [{messageId: 'mismatch', data: {indicator: 'case-filing', numerator: 40, denominator: 60}}],
    },
  ],
})

describe('count words', () => {
  it('every meaning an indicator names is a class of count-words', () => {
    const classes = new Set(countWordsData.load().map((entry) => entry.id))
    const named = indicatorsData.load().flatMap((entry) => [entry.numerator, entry.denominator].flatMap((phrase) => (phrase?.meanings ?? []).flat()))
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((id) => !classes.has(id))).toEqual([])
  })

  it('each example is worded with a word of its class', () => {
    for (const entry of countWordsData.load()) expect(entry.words.some((word) => entry.example.includes(word)), entry.id).toBe(true)
  })
})

describe('suggestions', () => {
  const head = '某县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n'

  it('offers the rate the counts give in place of the stated one, never as a fix', () => {
    const text = `${head}全年调解矛盾纠纷2505件，调解成功2400件，调解成功率99.8%。`
    const [message] = lintWithRule(rule, text)
    expect(message!.fix).toBeUndefined()
    expect(message!.suggestions).toHaveLength(1)
    const {fix, desc} = message!.suggestions![0]!
    expect(text.slice(fix.range[0], fix.range[1])).toBe('99.8%')
    expect(fix.text).toBe('95.8%')
    expect(desc).toContain('95.8%')
  })

  it('offers nothing when the counts are rounded, so no single rate follows from them', () => {
    const text = `${head}调解纠纷2.05万件，调解成功1.5万件，调解成功率99%。`
    const messages = lintWithRule(rule, text)
    expect(messages.map((message) => message.ruleId)).toEqual(['rate-consistency'])
    expect(messages[0]!.suggestions).toBeUndefined()
  })
})
