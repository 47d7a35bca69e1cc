import {RuleTester} from '@fzlint/rule-tester'
import {describe, expect, it} from 'vitest'
import {noiseData} from './data.js'
import rule from './rule.js'

const tester = new RuleTester()

tester.readme(rule, new URL('./README.md', import.meta.url))

const title = '某县人民政府关于2023年度法治政府建设情况的报告'
const body = '2023年，我县深入推进法治政府建设，全年审查规范性文件12件。'
// An opening paragraph as long as real ones: a short last line could be read as the sign-off.
const opening = `${body}全县各级行政机关坚持依法行政，严格落实重大行政决策程序，规范行政执法行为，化解行政争议，法治政府建设取得新成效。`

describe('noise data', () => {
  it('every entry matches its own example (as the rule normalises lines)', () => {
    for (const entry of noiseData.load()) {
      expect(new RegExp(entry.pattern, 'u').test(entry.example.normalize('NFKC').trim()), entry.pattern).toBe(true)
    }
  })
})

tester.run(rule, {
  valid: [
    {name: 'a clean report', text: [title, '县人大常委会：', body, '一、主要举措和成效', body].join('\n')},
    {
      name: 'body sentences that mention the website, its map and its column',
      text: [title, '在县政府门户网站开设专栏，首页设置网站地图，推进网站无障碍适老化改造。'].join('\n'),
    },
    {name: 'a title equal to the column name is the title, not a breadcrumb', text: ['法治政府建设年度报告', body].join('\n')},
    {
      name: 'a numbered heading that names the website is a heading',
      text: [title, '一、首页 | 网站地图', body].join('\n'),
    },
    {
      name: 'prose with two sentences is never residue, even when a pattern matches it',
      text: [title, '来源:县统计局年度公报。数据已经县统计局核实。', body].join('\n'),
    },
    {
      name: 'a body line starting with 来源 inside a sentence is not a metadata line',
      text: [title, '数据来源:县统计局年度统计公报。'].join('\n'),
    },
    {name: 'GB/T 9704 版头 (公开属性 and 发文字号) is part of the document', text: [title, '主动公开    明府函〔2023〕79号', body].join('\n')},
  ],
  invalid: [
    {
      name: 'page footer block, one finding; its last line has no line break, so the break before the block goes',
      text: [title, body, '扫一扫在手机打开当前页', '主办单位:某县人民政府  网站标识码:4419000098', '粤公网安备 44190002000375  备案号:粤ICP备11012759号'].join('\n'),
      errors: [{messageId: 'block', line: 3, column: 1, endLine: 5, data: {label: '手机扫码提示、网站页脚、网站备案信息', lines: [3, 4, 5]}}],
      output: [title, body].join('\n'),
    },
    {
      name: 'a last line without line break takes the break before it',
      text: [title, body, '', '供稿:某县司法局  审核人:张三'].join('\n'),
      errors: [{messageId: 'noise', line: 4, column: 1, data: {label: '稿件署名'}}],
      output: [title, body, ''].join('\n'),
    },
    {
      name: 'browser page title with the site name, and a layout label (dongguan-2018)',
      text: ['某县2023年法治政府建设情况报告_法治政府建设年度报告_某县人民政府门户网站', '头部', title, body].join('\n'),
      errors: [{messageId: 'block', line: 1, column: 1, endLine: 2, data: {label: '网页标题栏、页面区块标签'}}],
      output: [title, body].join('\n'),
    },
    {
      name: 'full-width punctuation and indentation, CRLF line breaks',
      text: [title, '　　来源：某县司法局　发布时间：2024-03-28 09:18', body].join('\r\n'),
      errors: [{messageId: 'noise', line: 2, column: 3, data: {label: '网页元数据'}}],
      output: [title, body].join('\r\n'),
    },
    {
      name: 'a bare label followed by an empty value: the long opening paragraph is not its value',
      text: [title, '文号', '', body].join('\n'),
      errors: [{messageId: 'noise', line: 2, column: 1, data: {label: '网页元数据表'}}],
      output: [title, '', body].join('\n'),
    },
    {
      name: 'a stale site date banner and a breadcrumb through the column name',
      text: ['某县人民政府 2019年12月3日星期二', '首页 > 政务公开 > 法治政府建设年度报告', title, body].join('\n'),
      errors: [{messageId: 'block', line: 1, column: 1, endLine: 2, data: {label: '网站日期栏、页面位置导航'}}],
      output: [title, body].join('\n'),
    },
    {
      name: 'page metadata after the title on its line: only the metadata goes (the fix never deletes the title)',
      text: [`${title} 信息来源: 发布时间:2024-01-02`, body].join('\n'),
      errors: [{messageId: 'inline', line: 1, column: 26, data: {label: '网页元数据', lines: [1]}}],
      output: [title, body].join('\n'),
    },
    {
      name: 'before the body, a line naming the topic and the genre is reported but never deleted (it may be the title)',
      text: [`${title}-某某在线`, opening].join('\n'),
      errors: [{messageId: 'noise', line: 1, data: {label: '标题前的页面内容'}}],
    },
    {
      name: 'a column tag before the title on its line: only the tag goes',
      text: [`【2023年】${title}`, opening].join('\n'),
      errors: [{messageId: 'inline', line: 1, column: 1, endColumn: 8, data: {label: '栏目标签'}}],
      output: [title, opening].join('\n'),
    },
    {
      name: 'a reposting site watermark inside a paragraph: only the watermark goes',
      text: [title, '2023年，我县深入推进法治政府建设，秘书之家—全网资源每日更新www.mishuzj.com全年审查规范性文件12件。'].join('\n'),
      errors: [{messageId: 'inline', line: 2, data: {label: '转载网站水印'}}],
      output: [title, '2023年，我县深入推进法治政府建设，全年审查规范性文件12件。'].join('\n'),
    },
    {
      name: 'metadata layouts of other CMSs before the title: bullets, spaced labels, cells, a bare label and its value on the next line',
      text: ['- 索 引 号:000014349/2024-00191', '• 发布机构 | 某县司法局', '发布日期', '2024-02-27', '设为首页 | 无障碍 | 长者版', '大', '中', '小', '朗读', title, opening].join('\n'),
      errors: [{messageId: 'block', line: 1, endLine: 9, data: {lines: [1, 2, 3, 4, 5, 6, 7, 8, 9]}}],
      output: [title, opening].join('\n'),
    },
    {
      name: 'a breadcrumb broken after its separator goes on on the next line, the column name',
      text: [title, '您所在的位置:首页 > 政务公开 >', '法治政府建设年度报告', opening].join('\n'),
      errors: [{messageId: 'block', line: 2, endLine: 3, data: {lines: [2, 3]}}],
      output: [title, opening].join('\n'),
    },
    {
      name: 'between the title and the body: a date, a view count and a tool bar each on its own line',
      text: [title, '2024-03-28 09:18', '浏览次数：125', '【打印】【关闭】', opening].join('\n'),
      errors: [{messageId: 'block', line: 2, endLine: 4}],
      output: [title, opening].join('\n'),
    },
    {
      name: 'local residue added through configuration',
      text: [title, '某县政务服务网', body].join('\n'),
      settings: {data: {noise: [{pattern: '^某县政务服务网$', label: '网站名称', source: 'test', example: '某县政务服务网'}]}},
      errors: [{messageId: 'noise', line: 2, column: 1, data: {label: '网站名称'}}],
      output: [title, body].join('\n'),
    },
  ],
})
