import {RuleTester} from '@fzlint/rule-tester'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const body = '2023年，我县深入推进法治政府建设。'

tester.run(rule, {
  valid: [
    {name: 'joint report of 党委 and 政府', text: ['中共某区委 某区人民政府关于2020年度法治政府建设情况的报告', body].join('\n')},
    {name: 'year in Chinese numerals', text: ['某县人民政府关于二〇二三年法治政府建设情况的报告', body].join('\n')},
    {
      name: 'title broken over two lines (gaoming-2023 layout)',
      text: ['佛山市高明区人民政府关于2023年度', '', '法治政府建设工作的报告', '', '区人大常委会：', body].join('\n'),
    },
    {name: 'a note in brackets after the kind', text: ['某县2023年法治政府建设年度报告（全文）', body].join('\n')},
    {name: 'a second subject joined by 暨', text: ['某县人民政府关于2023年法治政府建设工作情况的报告暨2024年工作计划', body].join('\n')},
    {name: 'web residue before the title is not the title', text: ['您当前位置:首页>详细资料', '某县2023年法治政府建设情况报告', body].join('\n')},
    {name: 'a title in traditional characters names 法治政府建设 and 报告', text: ['某縣人民政府關於2023年度法治政府建設情況的報告', body].join('\n')},
    {
      name: 'a metadata value naming the genre is not the title; the title after the metadata table is',
      text: ['[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告', '• 工作报告', '某乡人民政府2025年法治政府建设情况报告', body].join('\n'),
    },
    {name: 'page metadata after the title on its line is not part of the title', text: ['某区2023年法治政府建设情况报告 信息来源: 发布时间:2024-01-02', body].join('\n')},
  ],
  invalid: [
    {
      name: 'a traditional-character title without the genre: the message quotes it as written',
      text: ['某縣2023年法治政府建設工作總結', body].join('\n'),
      errors: [{messageId: 'missingGenre', line: 1, data: {ending: '總結', title: '某縣2023年法治政府建設工作總結'}}],
    },
    {
      name: 'title about 依法行政 without 法治政府建设',
      text: ['某县人民政府关于2023年度依法行政工作情况的报告', body].join('\n'),
      errors: [{messageId: 'missingTopic', line: 1, column: 1, data: {missing: 'topic'}}],
    },
    {
      name: 'neither year nor topic',
      text: ['某县人民政府法治建设工作报告', body].join('\n'),
      errors: [
        {messageId: 'missingYear', line: 1, data: {missing: 'year'}},
        {messageId: 'missingTopic', line: 1, data: {missing: 'topic'}},
      ],
    },
    {
      name: 'a title that stops at the subject: no kind at all',
      text: ['某县人民政府2023年度法治政府建设情况', body].join('\n'),
      errors: [{messageId: 'missingGenre', line: 1, data: {missing: 'genre', ending: '情况'}}],
    },
    {
      name: 'a title worded as a summary of work',
      text: ['某县司法局2023年度法治政府建设工作总结', body].join('\n'),
      errors: [{messageId: 'missingGenre', data: {ending: '总结'}}],
    },
    {
      name: 'only web residue and body: no title (helong-2023 shape)',
      text: ['您当前位置:首页>详细资料', body, '一、主要举措和成效', body].join('\n'),
      errors: [{messageId: 'absent', line: 1, column: 1, data: {missing: 'title'}}],
    },
  ],
})
