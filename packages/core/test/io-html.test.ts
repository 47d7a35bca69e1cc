/** .html reading: the report body found and page chrome dropped, blocks as lines, positions in the HTML source, charsets. */
import {describe, expect, it} from 'vitest'
import {readHtml} from '../src/io/read-html.js'
import {InputError} from '../src/io/errors.js'

const encode = (text: string) => new TextEncoder().encode(text)

async function read(html: string) {
  return readHtml(encode(html), 'page.html', {})
}

/** Line and column of `needle` in `html`, 1-based. */
function placeOf(html: string, needle: string, from = 0) {
  const offset = html.indexOf(needle, from)
  const before = html.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某区2023年法治政府建设年度报告</title><script>var a = "一、脚本";</script></head>
<body>
<header><nav><a>首页</a><a>法治政府建设年度报告</a></nav></header>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<div class="wrap">
  <div class="article">
    <h1>某区人民政府关于2023年法治政府建设情况的报告</h1>
    <div class="info">发布时间：2024-03-01</div>
    <div id="zoom">
      <p>2023年，我区&ldquo;深入&rdquo;推进法治政府建设。</p>
      <h2>一、主要举措和成效</h2>
      <p><strong>（一）</strong>依法履职。
         全年办理案件<b>25</b>件。</p>
      <p>第一行<br>第二行</p>
      <table><tr><td>指标</td><td>数值</td></tr><tr><td>复议案件</td><td>25件</td></tr></table>
      <h2>二、存在的不足</h2>
      <p style="display:none">隐藏文字</p>
    </div>
    <div class="bdshare">分享到：微信</div>
  </div>
  <div class="list"><ul><li><a>一、另一篇报告</a></li><li><a>二、又一篇</a></li><li><a>三、第三篇</a></li></ul></div>
</div>
<footer>版权所有 2024年</footer>
</body></html>`

describe('report body', () => {
  it('keeps the article (title included) and drops navigation, share widgets, link lists, scripts, hidden text', async () => {
    const input = await read(PAGE)
    expect(input.text.split('\n')).toEqual([
      '某区人民政府关于2023年法治政府建设情况的报告',
      '发布时间：2024-03-01',
      '2023年，我区“深入”推进法治政府建设。',
      '一、主要举措和成效',
      '（一）依法履职。 全年办理案件25件。',
      '第一行',
      '第二行',
      '指标\t数值',
      '复议案件\t25件',
      '二、存在的不足',
    ])
    expect(input.format).toBe('html')
    expect(input.encoding).toBe('utf-8')
  })

  it('maps characters back to the HTML source, past entities and inline tags', async () => {
    const input = await read(PAGE)
    const map = input.positionMap!
    expect(map.toOriginal(input.text.indexOf('推进法治'))).toEqual(placeOf(PAGE, '推进法治'))
    expect(map.toOriginal(input.text.indexOf('“深入'))).toEqual(placeOf(PAGE, '&ldquo;深入'))
    expect(map.toOriginal(input.text.indexOf('全年办理'))).toEqual(placeOf(PAGE, '全年办理'))
    expect(map.toOriginal(input.text.indexOf('25件。'))).toEqual(placeOf(PAGE, '25</b>'))
    expect(map.toOriginal(input.text.indexOf('二、存在'))).toEqual(placeOf(PAGE, '二、存在'))
  })

  it('keeps white space where the page says pre-wrap, collapses it elsewhere', async () => {
    const input = await read('<body><p style="white-space:pre-wrap">  一、甲  乙 </p><p>  丙   丁  </p></body>')
    expect(input.text).toBe('  一、甲  乙 \n丙 丁')
  })

  it('falls back to the whole page when nothing looks like a report, and fails on a page without text', async () => {
    expect((await read('<body><div>只有一句话</div></body>')).text).toBe('只有一句话')
    const error = await read('<body><script>x()</script></body>').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problem).toBe('empty')
  })
})

describe('charset', () => {
  // 一、 in GB18030 (GB2312-compatible) bytes.
  const gbHeading = [0xd2, 0xbb, 0xa1, 0xa2]
  const gbPage = (meta: string) =>
    new Uint8Array([...encode(`<html><head>${meta}</head><body><p>`), ...gbHeading, ...encode('</p></body></html>')])

  it('decodes with the charset the page declares (http-equiv gb2312)', async () => {
    const input = await readHtml(gbPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'p.html', {})
    expect(input.text).toBe('一、')
    expect(input.encoding).toBe('gb18030')
  })

  it('detects GBK when the page declares nothing, and trusts the bytes when the declaration lies', async () => {
    expect((await readHtml(gbPage(''), 'p.html', {})).text).toBe('一、')
    const utf8Declared = await readHtml(encode('<meta charset="gbk"><p>一、主要举措</p>'), 'p.html', {})
    expect(utf8Declared.text).toBe('一、主要举措')
    expect(utf8Declared.encoding).toBe('utf-8')
  })
})
