import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'

tester.run(rule, {
  valid: [
    {name: 'the same heading in two parts, with text between', text: `${title}\n一、主要举措和成效\n（一）推进依法行政\n正文。\n二、2024年工作安排\n（一）推进依法行政\n正文。`},
    {name: 'same ordinal, other words: a numbering fault, not a paste', text: `${title}\n一、主要举措和成效\n（一）推进依法行政\n（一）规范行政执法\n正文。`},
    {name: 'a run-in heading and its body between the two', text: `${title}\n一、主要举措和成效\n（一）依法行政方面。全面推行三项制度。\n（一）依法行政方面。全面推行三项制度。`},
  ],
  invalid: [
    {
      name: 'a top-level heading pasted twice',
      text: `${title}\n一、主要举措和成效\n一、主要举措和成效\n全面推行三项制度。`,
      errors: [{messageId: 'pasted', line: 3, column: 1, data: {heading: '一、主要举措和成效', line: 3, originalLine: 2, level: 1}}],
      output: `${title}\n一、主要举措和成效\n全面推行三项制度。`,
    },
    {
      name: 'pasted with a blank line and different white space between',
      text: `${title}\n一、主要举措和成效\n（二）健全 决策机制\n\n（二）健全决策机制\n正文。`,
      errors: [{messageId: 'pasted', line: 5, column: 1, data: {line: 5, originalLine: 3}}],
      output: `${title}\n一、主要举措和成效\n（二）健全 决策机制\n正文。`,
    },
    {
      name: 'the copy is a run-in heading: its body stays on the line',
      text: `${title}\n一、主要举措和成效\n（一）规范执法。\n（一）规范执法。全面推行三项制度。`,
      errors: [{messageId: 'pasted', line: 4, column: 1, data: {line: 4, originalLine: 3}}],
      output: `${title}\n一、主要举措和成效\n（一）规范执法。全面推行三项制度。`,
    },
    {
      name: 'pasted three times: each copy once',
      text: `${title}\n一、主要举措和成效\n（一）规范执法\n（一）规范执法\n（一）规范执法\n正文。`,
      errors: [
        {messageId: 'pasted', line: 4, column: 1, data: {originalLine: 3}},
        {messageId: 'pasted', line: 5, column: 1, data: {originalLine: 4}},
      ],
      output: `${title}\n一、主要举措和成效\n（一）规范执法\n正文。`,
    },
    {
      name: 'a top-level heading written without its ordinal, pasted twice before its （一）',
      text: `${title}\n一、主要举措和成效\n正文。\n存在的不足和原因\n存在的不足和原因\n（一）执法力量不足\n原因是编制紧张。`,
      errors: [{messageId: 'pasted', line: 5, column: 1, data: {heading: '存在的不足和原因', line: 5, originalLine: 4, level: 1}}],
      output: `${title}\n一、主要举措和成效\n正文。\n存在的不足和原因\n（一）执法力量不足\n原因是编制紧张。`,
    },
    {
      name: 'an un-numbered heading (Markdown) pasted twice',
      syntax: 'markdown',
      text: `# ${title}\n\n## 主要举措和成效\n\n## 主要举措和成效\n\n正文。\n`,
      errors: [{messageId: 'pasted', line: 5, column: 1, data: {heading: '主要举措和成效'}}],
      output: `# ${title}\n\n## 主要举措和成效\n\n正文。\n`,
    },
  ],
})
