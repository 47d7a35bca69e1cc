/**
 * Word 97-2003 .doc, WPS .wps and OFD input (issue #21): what each reader extracts from the committed fixtures
 * (scripts/build-office-fixtures.mjs: .doc by LibreOffice, .ofd by scripts/ofd-writer.mjs, two OFD files from
 * ofdrw), and the CLI's handling of these formats: positions by paragraph, `--fix` refused with the reason.
 */
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LINTABLE_EXTENSIONS, readInputFile} from '@fzlint/core/io'
import {readOleDirectory} from '../packages/core/src/io/ole-compound.js'
import {expandDeltas} from '../packages/core/src/io/read-ofd.js'
import {writeOfd} from '../scripts/ofd-writer.mjs'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const SLUGS = ['dongguan-2018', 'fangxian-2023', 'gaoming-2023', 'helong-2023', 'yicheng-2020']
const fixture = (...parts: string[]) => join(repositoryRoot, 'fixtures', ...parts)

/** The report's lines as a paragraph-based extraction gives them: blank lines dropped, trailing white space too. */
function nonBlankLines(slug: string): string[] {
  return readFileSync(fixture('corpus', `${slug}.txt`), 'utf8')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim() !== '')
}

describe('the new extensions', () => {
  it('are lintable', () => {
    for (const extension of ['.doc', '.wps', '.ofd']) expect(LINTABLE_EXTENSIONS).toContain(extension)
  })
})

describe.each(SLUGS)('%s.doc (LibreOffice)', (slug) => {
  it('reads every paragraph as the .txt has it, typed numbering and curly quotes included', async () => {
    const input = await readInputFile(fixture('doc', `${slug}.doc`))
    expect(input.format).toBe('doc')
    expect(input.text.split('\n')).toEqual(nonBlankLines(slug))
    expect(input.unfixableReason).toMatch(/doc 文件不能自动修复/u)
    // Positions are paragraphs of the document and columns in them.
    const last = input.text.lastIndexOf('\n') + 1
    expect(input.positionMap!.toOriginal(last + 2)).toMatchObject({paragraph: input.text.split('\n').length, column: 3})
  })
})

describe('.wps', () => {
  it('an OLE .wps (older WPS) reads as the Word file it is', async () => {
    for (const slug of ['helong-2023', 'yicheng-2020']) {
      const wps = await readInputFile(fixture('doc', `${slug}.wps`))
      expect(wps.format).toBe('wps')
      expect(wps.text).toBe((await readInputFile(fixture('doc', `${slug}.doc`))).text)
    }
  })

  it('a zip .wps (newer WPS) reads as a .docx, Word numbering included', async () => {
    const wps = await readInputFile(fixture('doc', 'fangxian-2023-zip.wps'))
    const docx = await readInputFile(fixture('docx', 'fangxian-2023.docx'))
    expect(wps.format).toBe('wps')
    expect(wps.text).toBe(docx.text)
    expect(wps.headingHints?.size).toBeGreaterThan(0)
    expect(wps.unfixableReason).toMatch(/wps 文件不能自动修复/u)
  })
})

describe('what web systems hand out under a .doc name', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-not-ole-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('reads an HTML page named .doc as the page it is, and names RTF and MHT', async () => {
    const page = join(folder, 'helong-2023.doc')
    await copyFile(fixture('html', 'helong-2023.html'), page)
    const input = await readInputFile(page)
    expect(input.format).toBe('doc')
    expect(input.text).toBe((await readInputFile(fixture('html', 'helong-2023.html'))).text)
    await writeFile(join(folder, 'rtf.doc'), '{\\rtf1\\ansi 一、主要举措}')
    await expect(readInputFile(join(folder, 'rtf.doc'))).rejects.toThrow(/这是 RTF 文件（扩展名为 \.doc）.*an RTF file named \.doc/u)
    await writeFile(join(folder, 'page.wps'), 'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n')
    await expect(readInputFile(join(folder, 'page.wps'))).rejects.toThrow(/这是单个网页文件（MHT，扩展名为 \.wps）/u)
  })
})

describe('the OLE structure check', () => {
  it('lists the streams of a Word file', () => {
    const directory = readOleDirectory(readFileSync(fixture('doc', 'helong-2023.doc')))
    expect(directory.ok).toBe(true)
    const names = directory.ok ? directory.streams.map((stream) => stream.name) : []
    expect(names).toContain('WordDocument')
    expect(names.some((name) => name === '0Table' || name === '1Table')).toBe(true)
  })

  it('refuses a chain that loops and a file cut short, with the reason', () => {
    const looping = readOleDirectory(readFileSync(fixture('bad-input', 'looping-doc', 'report.doc')))
    expect(looping).toEqual({ok: false, detail: expect.stringMatching(/扇区链循环/u) as unknown})
    const bytes = readFileSync(fixture('doc', 'helong-2023.doc'))
    expect(readOleDirectory(bytes.subarray(0, 600)).ok).toBe(false)
  })
})

describe.each(SLUGS)('%s.ofd (GB/T 9704 pages)', (slug) => {
  it('puts the paragraphs back together from the glyph positions, page numbers left out', async () => {
    const path = fixture('ofd', `${slug}.ofd`)
    const zip = await JSZip.loadAsync(readFileSync(path))
    // A report fills several pages, so paragraphs run across page breaks.
    expect(Object.keys(zip.files).filter((name) => /Pages\/Page_\d+\/Content\.xml$/u.test(name)).length).toBeGreaterThan(2)
    const input = await readInputFile(path)
    expect(input.format).toBe('ofd')
    const paragraphs = input.text.split('\n')
    expect(paragraphs.some((paragraph) => /^[—-]\s*\d+\s*[—-]$/u.test(paragraph))).toBe(false)
    // A page shows no space where a line breaks and none at a paragraph's start: compared without white space,
    // the text is the report's, paragraph for paragraph where no line is wider than the page.
    const squeeze = (lines: string[]) => lines.join('').replace(/\s+/gu, '')
    expect(squeeze(paragraphs)).toBe(squeeze(nonBlankLines(slug)))
    if (['fangxian-2023', 'helong-2023', 'yicheng-2020'].includes(slug)) expect(paragraphs).toEqual(nonBlankLines(slug).map((line) => line.trim()))
    // Positions carry the page: the first character is on page 1, the last on the last page.
    const pageCount = Object.keys(zip.files).filter((name) => /Content\.xml$/u.test(name)).length
    expect(input.positionMap!.toOriginal(0).page).toBe(1)
    expect(input.positionMap!.toOriginal(input.text.length - 1).page).toBe(pageCount)
    expect(input.pages!.map((start) => start.page)).toEqual(Array.from({length: pageCount}, (_, index) => index + 1))
  })
})

describe('OFD pages as other producers write them', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-ofd-pages-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  /** helong-2023.ofd with its first page's Content.xml replaced. */
  async function withFirstPage(name: string, content: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(fixture('ofd', 'helong-2023.ofd')))
    zip.file('Doc_0/Pages/Page_0/Content.xml', content)
    const path = join(folder, name)
    await writeFile(path, await zip.generateAsync({type: 'nodebuffer'}))
    return path
  }

  it('places characters by CTM, DeltaX in the g N d form and per-character TextObjects; decodes entities and CDATA', async () => {
    const page = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1"><ofd:PageBlock ID="2">
<!-- a title scaled by its CTM: 2.5 mm glyphs drawn at twice their size -->
<ofd:TextObject ID="3" Boundary="40 30 130 12" Size="2.5" CTM="2 0 0 2 0 0"><ofd:TextCode X="0" Y="4" DeltaX="g 11 2.5">某县人民政府关于&lt;测试&gt;的报告</ofd:TextCode></ofd:TextObject>
<ofd:TextObject ID="4" Boundary="39 60 10 8" Size="5"><ofd:TextCode X="0" Y="5">一</ofd:TextCode></ofd:TextObject>
<ofd:TextObject ID="5" Boundary="44 60 10 8" Size="5"><ofd:TextCode X="0" Y="5">、</ofd:TextCode></ofd:TextObject>
<ofd:TextObject ID="6" Boundary="49 60 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 5 5"><![CDATA[主要举措和成效]]></ofd:TextCode></ofd:TextObject>
</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>`
    const paragraphs = (await readInputFile(await withFirstPage('ctm.ofd', page))).text.split('\n')
    expect(paragraphs.slice(0, 2)).toEqual(['某县人民政府关于<测试>的报告', '一、主要举措和成效'])
  })

  it('refuses a page whose XML is cut short, naming the part', async () => {
    const content = (await JSZip.loadAsync(readFileSync(fixture('ofd', 'helong-2023.ofd')))).file('Doc_0/Pages/Page_0/Content.xml')!
    const text = await content.async('string')
    const path = await withFirstPage('cut.ofd', text.slice(0, Math.floor(text.length / 2)))
    await expect(readInputFile(path)).rejects.toThrow(/不是有效的 OFD 文件（Doc_0\/Pages\/Page_0\/Content\.xml 不是格式正确的 XML/u)
  })
})

describe('OFD from another producer (ofdrw)', () => {
  it('joins the lines of each indented paragraph, across a page break too', async () => {
    const paragraphs = (await readInputFile(fixture('ofd-ofdrw', 'SplitParagraph.ofd'))).text.split('\n')
    expect(paragraphs.slice(0, 2)).toEqual(['报告：', '“超长文档“裁切测试'])
    expect(paragraphs.slice(2).map((paragraph) => paragraph.slice(0, 4))).toEqual(['第一段：', '第二段：', '第三段：', '第四段：'])
    for (const paragraph of paragraphs.slice(2)) expect(paragraph.length).toBeGreaterThan(300)
  })

  it('reads text inside a PageBlock', async () => {
    expect((await readInputFile(fixture('ofd-ofdrw', 'helloworld_with_pageblock.ofd'))).text).toBe('你好呀，OFD Reader&Writer！')
  })
})

describe('the OFD writer and DeltaX', () => {
  it('writes the same bytes for the same text', async () => {
    const text = readFileSync(fixture('corpus', 'helong-2023.txt'), 'utf8')
    expect(Buffer.compare(await writeOfd(text), await writeOfd(text))).toBe(0)
  })

  it('expands the g N d form of GB/T 33190', () => {
    expect(expandDeltas('g 3 5.5 2.75 g 2 1', 10)).toEqual([5.5, 5.5, 5.5, 2.75, 1, 1])
    expect(expandDeltas('g 3 5', 2)).toEqual([5, 5])
  })
})

describe('the CLI on .doc, .wps and .ofd', {timeout: 300_000}, () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fzlint-office-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('lints them with positions by paragraph (.doc, .wps) and by page (.ofd)', () => {
    const paths = [fixture('doc', 'helong-2023.doc'), fixture('doc', 'helong-2023.wps'), fixture('ofd', 'helong-2023.ofd')]
    const run = runCliJson(paths)
    // Findings (0: warnings only, 1: errors too), never 2: every file was read.
    expect([0, 1]).toContain(run.status)
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    for (const path of paths) {
      const result = run.results.find((candidate) => candidate.filePath === path)!
      expect(result.messages.length).toBeGreaterThan(0)
      for (const message of result.messages) {
        expect(message.fatal).toBeFalsy()
        if (path.endsWith('.ofd')) expect(message.page).toBeGreaterThan(0)
        else expect(message.paragraph).toBeGreaterThan(0)
      }
    }
  })

  // fangxian-2023 has fixable findings; an OLE .wps is the .doc's bytes under another name.
  it('--fix leaves them alone and says why', async () => {
    for (const [from, name] of [[fixture('doc', 'fangxian-2023.doc'), 'a.doc'], [fixture('doc', 'fangxian-2023.doc'), 'b.wps'], [fixture('ofd', 'fangxian-2023.ofd'), 'c.ofd']] as const) {
      const copy = join(folder, name)
      await copyFile(from, copy)
      const before = await readFile(copy)
      const run = runCli(['--fix', copy])
      const format = name.slice(2)
      expect(run.stderr).toContain(`${format} 文件不能自动修复`)
      expect(run.stderr).toContain(`${format} files are not fixed automatically`)
      expect(Buffer.compare(await readFile(copy), before)).toBe(0)
    }
  })

  it('--stdin --fix refuses an .ofd or .doc name: it prints text only', () => {
    for (const name of ['report.ofd', 'report.doc']) {
      const run = runCli(['--stdin', '--fix', '--stdin-filename', name], {input: readFileSync(fixture('corpus', 'helong-2023.txt'))})
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`--stdin --fix 只输出文本`)
      expect(run.stderr).toContain(`.${name.slice(-3)}`)
    }
  })
})
