import {formatChineseOrdinal} from '@fzlint/core'
import {applyFixesOnce, lintWithRule, RuleTester} from '@fzlint/rule-tester'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasChainBreak, splitNestedChains} from './check-sequence.js'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'
const lines = (...rest: string[]) => [title, ...rest].join('\n')

tester.run(rule, {
  valid: [
    {name: 'each parent restarts its children at 一', text: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。', '二、不足和原因', '（一）丙', '原因是编制紧张。')},
    {name: 'a heading pasted twice is one heading in the sequence (duplicate-heading reports the copy)', text: lines('一、举措', '（一）甲', '（一）甲', '正文。', '（二）乙', '正文。')},
    {name: 'a top-level heading pasted twice, then 二、', text: lines('一、举措', '一、举措', '正文。', '二、不足和原因', '原因。')},
    {name: 'levels 3 and 4 in order', text: lines('一、举措', '1.甲。正文。', '（1）子项', '正文。', '（2）子项', '正文。', '2.乙。正文。')},
    {name: 'ordinals up to 十一 and 十二', text: lines(...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((digits) => `${digits}、部分\n正文。`))},
    {name: 'a 1. run directly under 一、 is its own run next to （一）', text: lines('一、举措', '1.甲。正文。', '2.乙。正文。', '二、安排', '正文。')},
    {name: 'false chains: 统一是, 唯一是, 第一是, 这一是', text: lines('一、举措', '坚持统一是非标准，唯一是好，第一是规范，这一是关键。')},
    {name: 'quoted ordinals are not part of the chain', text: lines('一、举措', '一是开展“二是宣传”活动；二是推进《四是条例》落实。')},
    {name: 'the idiom 一是一、二是二', text: lines('一、举措', '一是坚持实事求是，做到：一是一、二是二。二是严格执法。')},
    {name: 'a chain over several paragraphs (yicheng-2020 shape)', text: lines('一、举措', '一是深化改革。', '二是严格执法。', '三是强化监督。')},
    {name: 'a nested chain inside 八是 then 九是 resumes', text: lines('一、举措', ...['一', '二', '三', '四', '五', '六', '七'].map((d) => `${d}是推进。`), '八是创新实践。一是打造品牌。二是创新模式。三是打造平台。', '九是提升普法。', '十是筑牢后盾。')},
    {name: 'two independent chains in two paragraphs', text: lines('一、不足和原因', '问题：一是认识不足；二是能力不强。', '原因：一是学习不够；二是培训不足。')},
    {name: 'a chain under a run-in heading (dongguan-2018 shape, complete)', text: lines('一、基本情况', '(一)依法全面履行政府职能方面。一是深化行政审批制度改革。二是推进权责清单。')},
    {name: 'each heading restarts the chain', text: lines('一、举措', '（一）甲', '一是推进。二是深化。', '（二）乙', '一是规范。二是监督。')},
    {name: 'a wide space after the period before 二是', text: lines('一、举措', '一是推进。　二是深化。')},
    {
      name: 'markdown headings with official numbering',
      syntax: 'markdown',
      text: '# 标题\n\n## 一、举措\n\n一是推进，**二是深化**。\n\n## 二、不足和原因\n\n原因是编制紧张。\n',
    },
  ],
  invalid: [
    {
      name: '一、二、四: gap at 四, fixed by renumbering the run',
      text: lines('一、举措', '正文。', '二、不足和原因', '原因。', '四、安排', '正文。', '五、其他', '无。'),
      errors: [{messageId: 'gap', line: 6, column: 1, endColumn: 2, severity: 2, data: {kind: 'heading', level: 1, actual: 4, expected: 3, heading: null}}],
      output: lines('一、举措', '正文。', '二、不足和原因', '原因。', '三、安排', '正文。', '四、其他', '无。'),
    },
    {
      name: 'the same heading twice with text between is a repeat, not a paste',
      text: lines('一、举措', '（一）甲', '正文。', '（一）甲', '正文。'),
      errors: [{messageId: 'repeat', line: 5, data: {level: 2, actual: 1, expected: 2}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）甲', '正文。'),
    },
    {
      name: '（一）（一）: repeat',
      text: lines('一、举措', '（一）甲', '正文。', '（一）乙', '正文。'),
      errors: [{messageId: 'repeat', line: 5, data: {level: 2, actual: 1, expected: 2, heading: '一、举措'}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。'),
    },
    {
      name: '1. 3. 2.: gap then reversal; only the first carries the fix',
      text: lines('一、举措', '1.甲。正文。', '3.乙。正文。', '2.丙。正文。'),
      errors: [{messageId: 'gap', line: 4, data: {level: 3, actual: 3, expected: 2}}, {messageId: 'reversal', line: 5, data: {actual: 2, expected: 4}}],
      output: lines('一、举措', '1.甲。正文。', '2.乙。正文。', '3.丙。正文。'),
    },
    {
      name: 'a run that starts at （二）',
      text: lines('一、举措', '（二）甲', '正文。', '（三）乙', '正文。'),
      errors: [{messageId: 'gap', line: 3, data: {actual: 2, expected: 1}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。'),
    },
    {
      name: 'half-width brackets keep their form in the fix',
      text: lines('一、举措', '(一)甲', '正文。', '(三)乙', '正文。'),
      errors: [{messageId: 'gap', line: 5, column: 1, endColumn: 4}],
      output: lines('一、举措', '(一)甲', '正文。', '(二)乙', '正文。'),
    },
    {
      name: '十、十二: a gap past ten',
      text: lines(...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十二'].map((digits) => `${digits}、部分\n正文。`)),
      errors: [{messageId: 'gap', line: 22, data: {actual: 12, expected: 11}}],
      output: lines(...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((digits) => `${digits}、部分\n正文。`)),
    },
    {
      name: 'chain 一是 三是 inside one paragraph',
      text: lines('一、举措', '一是深化改革；三是强化监督。'),
      errors: [{messageId: 'gap', line: 3, column: 8, data: {kind: 'inline', level: null, actual: 3, expected: 1 + 1, heading: '一、举措'}}],
      output: lines('一、举措', '一是深化改革；二是强化监督。'),
    },
    {
      name: 'a chain over paragraphs with a gap (一是 / 二是 / 四是)',
      text: lines('一、举措', '一是深化改革。', '二是严格执法。', '四是强化监督。'),
      errors: [{messageId: 'gap', line: 5, column: 1}],
      output: lines('一、举措', '一是深化改革。', '二是严格执法。', '三是强化监督。'),
    },
    {
      name: 'a chain that starts at 二是 under a run-in heading: reported at 二是, no fix (dongguan-2018 (六))',
      text: lines('一、基本情况', '(一)依法有效化解社会矛盾方面。健全预防与依法化解纠纷机制。二是认真开展行政复议应诉工作。三是筹建仲裁委员会。'),
      errors: [{messageId: 'gap', line: 3, column: 31, endColumn: 33, data: {kind: 'inline', actual: 2, expected: 1, heading: '(一)依法有效化解社会矛盾方面。'}}],
    },
    {
      name: 'an ordinal after 。 inside a nested chain that fits neither chain',
      text: lines('一、举措', '一是推进。二是创新。一是打造品牌。二是创新模式。四是打造平台。'),
      errors: [{messageId: 'gap', data: {actual: 4, expected: 3}}],
      output: lines('一、举措', '一是推进。二是创新。一是打造品牌。二是创新模式。三是打造平台。'),
    },
    {
      name: 'a chain in the opening paragraph, before the first heading',
      text: lines('2023年，我县着力推进法治政府建设：一是深化改革，三是强化监督。', '一、举措', '正文。'),
      errors: [{messageId: 'gap', line: 2, data: {heading: null}}],
      output: lines('2023年，我县着力推进法治政府建设：一是深化改革，二是强化监督。', '一、举措', '正文。'),
    },
    {
      name: 'markdown: a level-3 run in a list',
      syntax: 'markdown',
      text: '# 标题\n\n## 一、举措\n\n1. 甲。正文。\n\n3. 乙。正文。\n',
      errors: [{messageId: 'gap', line: 7, column: 1}],
      output: '# 标题\n\n## 一、举措\n\n1. 甲。正文。\n\n2. 乙。正文。\n',
    },
  ],
})

describe('numbering-sequence properties', () => {
  const ordinals = fc.array(fc.integer({min: 1, max: 99}), {minLength: 1, maxLength: 12})

  it('headings numbered 1…n in order are never reported', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 99}), (count) => {
        const text = lines(...Array.from({length: count}, (_, index) => `${formatChineseOrdinal(index + 1)}、部分\n正文。`))
        expect(lintWithRule(rule, text)).toEqual([])
      }),
    )
  })

  it('one fix pass leaves any run of top-level headings numbered 1…n', () => {
    fc.assert(
      fc.property(ordinals, (values) => {
        const text = lines(...values.map((value) => `${formatChineseOrdinal(value)}、部分\n正文。`))
        const fixed = applyFixesOnce(text, lintWithRule(rule, text))
        expect(lintWithRule(rule, fixed)).toEqual([])
        expect(fixed).toBe(lines(...values.map((_, index) => `${formatChineseOrdinal(index + 1)}、部分\n正文。`)))
      }),
    )
  })

  // Nested chains can give overlapping fixes (一是 三是 [一是 五是] 四是), which one pass applies in turn;
  // the CLI's --fix repeats passes until nothing changes (at most 10), so that is the property to hold.
  it('inline chains that start at 一是 are clean once fixes are applied until stable', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 1, max: 8}), {minLength: 1, maxLength: 12}), (values) => {
        const chain = [1, ...values].map((value) => `${formatChineseOrdinal(value)}是推进工作。`).join('')
        let text = lines('一、举措', chain)
        for (let pass = 0; pass < 10; pass++) {
          const fixed = applyFixesOnce(text, lintWithRule(rule, text))
          if (fixed === text) break
          text = fixed
        }
        expect(lintWithRule(rule, text)).toEqual([])
      }),
      {examples: [[[3, 1, 5, 4]]]},
    )
  })

  // addInlineChains builds no runs for a stretch hasChainBreak clears, so the two must agree on every ordinal list.
  it('hasChainBreak is true exactly when splitNestedChains finds a break', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 1, max: 6}), {maxLength: 16}), (values) => {
        const runs = splitNestedChains(values, (value) => value)
        expect(hasChainBreak(values, (value) => value)).toBe(runs.some((run) => run.breaks.length > 0))
      }),
      {numRuns: 2000, examples: [[[1, 2, 1, 2, 3, 3]], [[2]], [[1, 1, 2, 2]], [[1, 2, 1, 3]]]},
    )
  })
})
