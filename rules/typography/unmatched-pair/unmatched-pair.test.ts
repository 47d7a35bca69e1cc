import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

tester.run(rule, {
  valid: [
    {name: 'nested pairs', text: '印发《中共中央国务院印发〈法治政府建设实施纲要（2021—2025年）〉的通知》和“‘八五’普法”规划。'},
    {name: 'quotation over two paragraphs', text: '“第一段引文。\n“第二段引文。”'},
    {name: 'apostrophe in a Latin word', text: '与Xi’an合作。'},
    {name: 'list marker after a semicolon', text: '一是完善制度;a)规范;b)监督。'},
    {name: '文号 in 六角括号', text: '明府函〔2023〕79号'},
  ],
  invalid: [
    {
      name: 'opening book-title mark never closed',
      text: '落实《法治政府建设实施纲要。',
      errors: [{messageId: 'unclosed', line: 1, column: 3, data: {character: '《', expected: '》'}}],
    },
    {
      name: 'a bracket opened inside a pair closed later',
      text: '印发《实施方案（试行》。',
      errors: [{messageId: 'unclosed', line: 1, column: 8, data: {character: '（'}}],
    },
    {
      name: 'pairs do not cross paragraphs',
      text: '开展“三项制度\n落实”工作。',
      errors: [
        {messageId: 'unclosed', line: 1, column: 3},
        {messageId: 'unopened', line: 2, column: 3},
      ],
    },
    {
      name: 'a closer after a year is no list marker (dongguan-2018)',
      text: '目录》2018年)。',
      errors: [{messageId: 'unopened', line: 1, column: 3, data: {character: '》'}}, {messageId: 'unopened', line: 1, column: 9, data: {character: ')'}}],
    },
  ],
})
