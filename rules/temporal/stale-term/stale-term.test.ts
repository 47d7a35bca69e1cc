import {RuleTester} from '@fzlint/rule-tester'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {termsData} from '../data/terms.js'
import {findClause, normaliseForMatching} from '../shared/normalise.js'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

/** A report for `year` with `measures` in its first section and `plans` in the plans section. */
const report = (year: number, measures: string, plans = '继续推进。') =>
  [
    `某县人民政府关于${year}年度法治政府建设情况的报告`,
    '一、主要举措和成效',
    measures,
    '二、存在的不足和原因',
    '执法力量不足，原因是编制紧张。',
    `三、${year + 1}年主要工作安排`,
    plans,
  ].join('\n')

tester.run(rule, {
  valid: [
    {name: 'yicheng-2020: 七五普法 and 十九大 are current in 2020', text: report(2020, '深入贯彻党的十九大、十九届四中、五中全会和中央全面依法治国委员会第二次、第三次会议精神，“七五”普法依法治理工作顺利通过市验收。')},
    {name: 'yicheng-2020: the plans (2021) may name 八五普法 and the new 行政处罚法', text: report(2020, '扎实推进。', '制订《峄城区“八五”普法依法治理规划》。深入贯彻新颁布的《行政处罚法》。')},
    {name: 'historical mention: 七五普法 accepted in a 2021 report', text: report(2021, '“七五”普法顺利通过省级验收，被评为全国“七五”普法先进单位。')},
    {name: 'closing 七五普法 in 2021, the year after it ended', text: report(2021, '做好“七五”普法总结验收工作。')},
    {name: 'the 七五 years in retrospect, any year later', text: report(2024, '我县在“七五”普法期间被评为全国普法先进县。')},
    {name: 'closing the 十四五 in 2026', text: report(2026, '做好“十四五”规划实施总结评估。')},
    {name: 'a plenum named, not its 精神 studied as current', text: report(2023, '党的十九届四中全会提出推进国家治理体系和治理能力现代化。')},
    {name: '党的十九大以来 is a period, not the current congress', text: report(2023, '党的十九大以来，我县法治建设成效明显。')},
    {name: 'dongguan-2018: the 2015 纲要 with an en dash, in 2018', text: report(2018, '紧扣中共中央、国务院《法治政府建设实施纲要(2015–2020年)》，深入学习党的十九大会议精神。')},
    {name: 'learning the revised 行政复议法 in 2023, before it took effect', text: report(2023, '组织学习新修订的《行政复议法》，开展宣传解读。')},
    {name: 'implementing the revised 行政复议法 planned for 2024', text: report(2023, '扎实推进。', '贯彻实施新修订的《行政复议法》。')},
    {name: 'the old 法制办 named as what was merged', text: report(2021, '原县政府法制办的职责整体划入县司法局。')},
    {name: 'the 2021 纲要 in a 2023 report, half-width brackets and hyphen', text: report(2023, '深入贯彻《法治政府建设实施纲要(2021-2025年)》。')},
    {name: '九五普法 planned in the plans of a 2025 report', text: report(2025, '谋划“九五”普法规划编制。', '全面启动“九五”普法。')},
    {name: 'preparing the 十五五 in 2025, the last year of the 十四五: 纳入 the next plan', text: report(2025, '将法治政府建设重点任务纳入“十五五”规划，做好与“十五五”规划的衔接。')},
    {name: 'preparing the 十四五 in 2020: 编制 the next plan', text: report(2020, '高质量编制“十四五”法治政府建设规划。')},
    {name: 'the 十三五 as current in its own years (a 2018 report)', text: report(2018, '2018年是“十三五”规划深入推进之年。')},
    {name: 'the 十三五 in retrospect in a 2021 report', text: report(2021, '“十三五”时期，我县法治政府建设取得明显成效。')},
    {name: 'closing the 十三五 in 2021', text: report(2021, '完成“十三五”规划实施总结评估。')},
    {name: 'the 十四五 goals met, reported in 2026', text: report(2026, '“十四五”规划目标任务全面完成。')},
    {name: 'gaoming-2023: 一规划两纲要 with its mid-term review', text: report(2023, '全面对照落实法治建设“一规划两纲要”，做好中期评估工作。')},
    {name: 'welcoming the 二十大 in a 2021 report, before it met', text: report(2021, '以优异成绩迎接党的二十大胜利召开。')},
    {name: 'unknown report year: nothing to compare with', text: '一、主要举措和成效\n深入推进“七五”普法。'},
    {
      name: 'a context pattern added in configuration for a built-in term',
      text: report(2023, '整理“七五”普法档案资料。'),
      settings: {
        data: {
          terms: [
            {
              term: '七五普法',
              patterns: ['"?七五"?\\s*普法'],
              validFrom: 2016,
              validTo: 2020,
              note: '“七五”普法规划的期限是2016—2020年',
              replacement: '“八五”普法',
              contextPatterns: ['档案'],
              source: '本地',
              example: '深入推进“七五”普法。',
            },
          ],
        },
      },
    },
  ],
  invalid: [
    {
      name: '七五普法 as current in 2023',
      text: report(2023, '深入推进七五普法。'),
      errors: [{messageId: 'stale', line: 3, column: 5, data: {term: '七五普法', referenceYear: 2023, replacement: '“八五”普法', isPlans: false}}],
    },
    {
      // A text handed over with its byte-order mark (an API caller's, not a file's: readers strip it) keeps its offsets.
      name: '七五普法 after a leading U+FEFF, at the same place',
      text: `\uFEFF${report(2023, '深入推进七五普法。')}`,
      errors: [{messageId: 'stale', line: 3, column: 5, data: {term: '七五普法'}}],
    },
    {
      name: '七五普法 in the plans of a 2022 report (reference year 2023)',
      text: report(2022, '扎实推进“八五”普法。', '深入推进“七五”普法。'),
      errors: [{messageId: 'stale', line: 7, column: 5, data: {referenceYear: 2023, isPlans: true}}],
    },
    {
      name: 'a term current in the report year (2020) but not in the plans year (2021)',
      text: report(2020, '深入推进“七五”普法。', '深入推进“七五”普法。'),
      errors: [{messageId: 'stale', line: 7, column: 5, data: {referenceYear: 2021, isPlans: true}}],
    },
    {
      name: 'a configured term whose pattern has no literal every match shares (a top-level alternative)',
      text: report(2023, '落实旧规定甲和旧规定乙。'),
      settings: {
        data: {
          terms: [
            {
              term: '旧规定',
              patterns: ['旧规定甲|旧规定乙'],
              validFrom: null,
              validTo: 2020,
              note: '旧规定2020年废止',
              replacement: null,
              source: '本地',
              example: '落实旧规定甲。',
            },
          ],
        },
      },
      errors: [
        {messageId: 'staleUnreplaced', line: 3, column: 3, data: {term: '旧规定'}},
        {messageId: 'staleUnreplaced', line: 3, column: 8, data: {term: '旧规定'}},
      ],
    },
    {
      name: 'a configured pattern written with a full-width bracket matches the text written either way',
      text: report(2023, '落实《某条例(试行)》和《某条例（试行）》。'),
      settings: {
        data: {
          terms: [
            {
              term: '某条例（试行）',
              patterns: ['某条例\\(试行\\)'],
              validFrom: null,
              validTo: 2020,
              note: '试行版2020年废止',
              replacement: null,
              source: '本地',
              example: '落实《某条例(试行)》。',
            },
          ],
        },
      },
      errors: [
        {messageId: 'staleUnreplaced', line: 3, column: 4, data: {term: '某条例（试行）'}},
        {messageId: 'staleUnreplaced', line: 3, column: 14, data: {term: '某条例（试行）'}},
      ],
    },
    {
      name: 'the 2015 纲要 written with a collapsed span (markup lost the dash)',
      text: report(2023, '全面落实《法治政府建设实施纲要(20152020年)》。'),
      errors: [{messageId: 'stale', line: 3, column: 6, data: {term: '《法治政府建设实施纲要（2015—2020年）》'}}],
    },
    {
      name: '十九大 and its plenums as the current guidance in 2023',
      text: report(2023, '深入学习贯彻党的十九大和十九届历次全会精神。'),
      errors: [{messageId: 'stale', line: 3, column: 7, data: {term: '党的十九大精神', validTo: 2022}}],
    },
    {
      name: '法制办 after the institutional reform',
      text: report(2020, '县政府法制办审核规范性文件12件。'),
      errors: [{messageId: 'stale', line: 3, column: 4, data: {term: '政府法制办', replacement: '司法局'}}],
    },
    {
      name: '《信访条例》 after 2022',
      text: report(2023, '依照《信访条例》规定的期限办理信访事项。'),
      errors: [{messageId: 'stale', line: 3, column: 3, data: {replacement: '《信访工作条例》'}}],
    },
    {
      name: 'the 2021 纲要 cited as current in 2026: no successor known',
      text: report(2026, '深入贯彻《法治政府建设实施纲要（2021—2025年）》。'),
      errors: [{messageId: 'staleUnreplaced', line: 3, column: 6, data: {validTo: 2025, replacement: null}}],
    },
    {
      name: '八五普法 in a 2019 report',
      text: report(2019, '深入推进“八五”普法。'),
      errors: [{messageId: 'premature', line: 3, column: 5, data: {term: '八五普法', predecessor: '“七五”普法', validFrom: 2021}}],
    },
    {
      name: 'the revised 行政复议法 as in force in 2023: reported once, not again for 新',
      text: report(2023, '贯彻实施新修订的《行政复议法》，发挥行政复议主渠道作用。'),
      errors: [{messageId: 'premature', line: 3, column: 1, data: {term: '贯彻实施新《行政复议法》', validFrom: 2024}}],
    },
    {
      name: 'a 新《行政复议法》 in 2022, before the revision existed',
      text: report(2022, '组织学习新《行政复议法》。'),
      errors: [{messageId: 'premature', line: 3, column: 5, data: {term: '新《行政复议法》', validFrom: 2023}}],
    },
    {
      name: '新《行政处罚法》 in the measures of a 2020 report',
      text: report(2020, '深入贯彻新修订的《行政处罚法》。'),
      errors: [{messageId: 'premature', line: 3, column: 5, data: {term: '新《行政处罚法》'}}],
    },
    {
      name: '二十大 studied as current in a 2021 report',
      text: report(2021, '深入学习贯彻党的二十大精神。'),
      errors: [{messageId: 'premature', line: 3, column: 7, data: {term: '党的二十大', predecessor: '党的十九大'}}],
    },
    {
      name: 'a plenum that had not met yet',
      text: report(2024, '学习贯彻二十届四中全会精神。'),
      errors: [{messageId: 'prematureUnreplaced', line: 3, column: 5, data: {term: '二十届四中全会', validFrom: 2025}}],
    },
    {
      name: 'closing 七五普法 three years after it ended: a sentence copied from an old report',
      text: report(2024, '扎实推进“七五”普法总结验收。'),
      errors: [{messageId: 'stale', line: 3, column: 5, data: {term: '七五普法', referenceYear: 2024}}],
    },
    {
      name: 'preparing the 十五五 two years early: only the last year of the 十四五 prepares the next',
      text: report(2023, '将法治政府建设纳入“十五五”规划。'),
      errors: [{messageId: 'premature', line: 3, column: 10, data: {term: '“十五五”', referenceYear: 2023, validFrom: 2026, predecessor: '“十四五”'}}],
    },
    {
      name: 'the ended 十三五 cited as the current plan in a 2022 report',
      text: report(2022, '深入实施“十三五”规划。'),
      errors: [{messageId: 'stale', line: 3, column: 5, data: {term: '“十三五”', referenceYear: 2022, validTo: 2020, replacement: '“十四五”'}}],
    },
    {
      name: 'the ended 十四五 linked to (衔接) as current in 2026: preparing is no excuse once the period has ended',
      text: report(2026, '做好与“十四五”规划的衔接。'),
      errors: [{messageId: 'stale', line: 3, column: 4, data: {term: '“十四五”', referenceYear: 2026}}],
    },
    {
      name: '十四五 as current in 2026, but not its 时期 in retrospect',
      text: report(2026, '“十四五”时期累计办理案件300件。深入实施“十四五”规划。'),
      errors: [{messageId: 'stale', line: 3, column: 23, data: {replacement: '“十五五”'}}],
    },
  ],
})

describe('terms data', () => {
  const terms = termsData.load()

  it('has distinct terms', () => {
    expect(new Set(terms.map((term) => term.term)).size).toBe(terms.length)
  })

  for (const term of terms) {
    it(`${term.term}: validity is ordered and a direction has something to say`, () => {
      if (term.validFrom !== null && term.validTo !== null) expect(term.validFrom).toBeLessThanOrEqual(term.validTo)
      expect(term.validFrom !== null || term.validTo !== null).toBe(true)
    })
    it(`${term.term}: the example matches a pattern and no context pattern`, () => {
      const normal = normaliseForMatching(term.example)
      const match = term.patterns.map((pattern) => new RegExp(pattern, 'u').exec(normal)).find((found) => found !== null)
      expect(match, term.example).toBeDefined()
      const [start, end] = findClause(normal, match!.index, match!.index + match![0].length)
      const clause = normal.slice(start, end)
      expect(term.contextPatterns.some((pattern) => new RegExp(pattern, 'u').test(clause)), clause).toBe(false)
    })
  }
})

describe('normaliseForMatching', () => {
  it('keeps the length and maps brackets, dashes, quotes and full-width digits', () => {
    const text = '《纲要（２０２１－2025年）》“八五”普法～〈条例〉'
    const normal = normaliseForMatching(text)
    expect(normal.length).toBe(text.length)
    expect(normal).toBe('《纲要(2021-2025年)》"八五"普法-《条例》')
  })

  // Node takes a faster way (Buffer's UTF-16 conversions) than the decoder alone; both must give the same string.
  it('gives what the UTF-16 decoder gives (U+FEFF kept), for lone surrogates, pairs and a leading U+FEFF too', () => {
    const alphabet = ['a', '中', '，', '（', '－', '２', '“', '\uFEFF', '\uFFFD', '\uD800', '\uDC00', '😀']
    const decoded = (text: string) => {
      const codes = new Uint16Array(text.length)
      for (let index = 0; index < text.length; index++) {
        // Each unit as normalised alone, but for a surrogate (its own normal form) and U+FEFF (its own, kept).
        const code = text.charCodeAt(index)
        const isSurrogate = code >= 0xd800 && code <= 0xdfff
        codes[index] = isSurrogate || code === 0xfeff ? code : normaliseForMatching(text[index]!).charCodeAt(0)
      }
      return new TextDecoder('utf-16le', {ignoreBOM: true}).decode(codes)
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 40}), (characters) => {
        const text = characters.join('')
        expect(normaliseForMatching(text)).toBe(decoded(text))
      }),
      {numRuns: 2000},
    )
    // Long enough for a buffer of its own, outside Node's pool of small ones.
    expect(normaliseForMatching('，中\uD800'.repeat(5000))).toBe(decoded('，中\uD800'.repeat(5000)))
    expect(normaliseForMatching('\uFEFF（'.repeat(5000))).toBe(decoded('\uFEFF（'.repeat(5000)))
  })
})
