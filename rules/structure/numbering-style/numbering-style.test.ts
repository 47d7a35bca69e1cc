import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'
const lines = (...rest: string[]) => [title, ...rest].join('\n')

tester.run(rule, {
  valid: [
    {name: 'the four standard levels, full width', text: lines('一、举措', '（一）甲', '1.乙。正文。', '（1）丙', '正文。')},
    {name: 'full-width point after an Arabic ordinal is accepted', text: lines('一、举措', '1．乙。正文。')},
    {name: '1. straight under 一、 (two-level report)', text: lines('一、举措', '1.乙。正文。', '2.丙。正文。')},
    {name: 'a whole document with half-width brackets (NFKC web copy)', text: lines('一、举措', '(一)甲', '1.乙。正文。', '(1)丙', '正文。', '(二)丁', '正文。')},
    {name: 'full level 2 and half level 4 are different levels', text: lines('一、举措', '（一）甲', '1.乙。正文。', '(1)丙', '正文。')},
    {name: 'top level written as （一） (a one-level document)', text: lines('（一）甲', '正文。', '（二）乙', '正文。')},
    {name: 'a colon after the title is not after the bracket', text: lines('一、举措', '（一）依法行政方面：', '正文。')},
    {name: 'requireFullWidth with full brackets', text: lines('一、举措', '（一）甲', '正文。'), options: {requireFullWidth: true}},
    {name: 'markdown headings', syntax: 'markdown', text: '# 标题\n\n## 一、举措\n\n### （一）甲\n\n正文。\n'},
  ],
  invalid: [
    {
      name: '一， (comma) at level 1',
      text: lines('一，举措', '正文。'),
      errors: [{messageId: 'chinesePunctuation', line: 2, column: 1, endColumn: 3, severity: 1, data: {punctuation: '，', expected: '一、'}}],
      output: lines('一、举措', '正文。'),
    },
    {
      name: '一． (full-width point) at level 1',
      text: lines('一．举措', '正文。'),
      errors: [{messageId: 'chinesePunctuation', data: {punctuation: '．'}}],
      output: lines('一、举措', '正文。'),
    },
    {
      name: '(一). half-width with a point',
      text: lines('一、举措', '(一).甲', '正文。'),
      errors: [{messageId: 'bracketPunctuation', line: 3, data: {punctuation: '.', expected: '(一)'}}],
      output: lines('一、举措', '(一)甲', '正文。'),
    },
    {
      name: '（1）、 at level 4',
      text: lines('一、举措', '（一）甲', '1.乙。正文。', '（1）、丙', '正文。'),
      errors: [{messageId: 'bracketPunctuation', line: 5}],
      output: lines('一、举措', '（一）甲', '1.乙。正文。', '（1）丙', '正文。'),
    },
    {
      name: '1、 at level 3, each heading its own finding',
      text: lines('一、举措', '1、甲。正文。', '2、乙。正文。'),
      errors: [{messageId: 'arabicPunctuation', line: 3}, {messageId: 'arabicPunctuation', line: 4}],
      output: lines('一、举措', '1.甲。正文。', '2.乙。正文。'),
    },
    {
      name: '（1） straight under 一、: reported once per parent',
      text: lines('一、举措', '（1）甲', '正文。', '（2）乙', '正文。'),
      errors: [{messageId: 'skippedLevel', line: 3, data: {level: 4, parentLevel: 1, parent: '一、举措'}}],
    },
    {
      name: '（1） straight under （一）',
      text: lines('一、举措', '（一）甲', '（1）乙', '正文。'),
      errors: [{messageId: 'skippedLevel', line: 4, data: {level: 4, parentLevel: 2}}],
    },
    {
      name: 'mixed widths in level 2: the half-width minority is reported',
      text: lines('一、举措', '（一）甲', '正文。', '(二)乙', '正文。', '（三）丙', '正文。'),
      errors: [{messageId: 'mixedWidth', line: 5, column: 1, endColumn: 4, data: {width: '半角', majorityWidth: '全角', majorityCount: 2}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。', '（三）丙', '正文。'),
    },
    {
      name: 'mixed widths in a mostly half-width document: the full-width one is reported',
      text: lines('一、举措', '(一)甲', '正文。', '(二)乙', '正文。', '（三）丙', '正文。'),
      errors: [{messageId: 'mixedWidth', line: 7, data: {width: '全角', majorityWidth: '半角', expected: '(三)'}}],
      output: lines('一、举措', '(一)甲', '正文。', '(二)乙', '正文。', '(三)丙', '正文。'),
    },
    {
      name: 'one full, one half: a tie goes to full width',
      text: lines('一、举措', '(一)甲', '正文。', '（二）乙', '正文。'),
      errors: [{messageId: 'mixedWidth', line: 3, data: {width: '半角'}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。'),
    },
    {
      name: 'an unbalanced bracket',
      text: lines('一、举措', '（一)甲', '正文。'),
      errors: [{messageId: 'unbalancedBracket', line: 3, data: {expected: '（一）'}}],
      output: lines('一、举措', '（一）甲', '正文。'),
    },
    {
      name: 'requireFullWidth: one finding for the whole half-width document',
      options: {requireFullWidth: true},
      text: lines('一、举措', '(一)甲', '正文。', '(二)乙', '正文。', '二、不足和原因', '(一)丙', '原因。'),
      errors: [{messageId: 'halfWidthDocument', line: 3, data: {count: 3}}],
      output: lines('一、举措', '（一）甲', '正文。', '（二）乙', '正文。', '二、不足和原因', '（一）丙', '原因。'),
    },
  ],
})
