/**
 * Every corpus report gives the same findings as .txt, .docx (Word-numbered headings), .html (a portal
 * page), GB18030 text, Word 97-2003 .doc (written by LibreOffice), OFD (GB/T 9704 pages) and PDF (exported by
 * LibreOffice), through the real CLI. Findings are compared by rule, severity and the section they fall in — line
 * numbers differ by format by design; for .doc, .ofd and .pdf also by the words each finding marks. Whatever rules are built in take part.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseReport, type Section} from '@fzlint/core'
import {readInputFile} from '@fzlint/core/io'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const slugs = readdirSync(join(repositoryRoot, 'fixtures/corpus'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))

const formats = {
  txt: (slug: string) => join(repositoryRoot, 'fixtures/corpus', `${slug}.txt`),
  docx: (slug: string) => join(repositoryRoot, 'fixtures/docx', `${slug}.docx`),
  html: (slug: string) => join(repositoryRoot, 'fixtures/html', `${slug}.html`),
  gb18030: (slug: string) => join(repositoryRoot, 'fixtures/gb18030', `${slug}.txt`),
  doc: (slug: string) => join(repositoryRoot, 'fixtures/doc', `${slug}.doc`),
  ofd: (slug: string) => join(repositoryRoot, 'fixtures/ofd', `${slug}.ofd`),
  pdf: (slug: string) => join(repositoryRoot, 'fixtures/pdf', `${slug}.pdf`),
}

interface HeadingPlace {
  line: number
  path: string
}

/** Each heading's line in the original file (mapped like messages are) and its path of titles. */
async function findHeadingPlaces(filePath: string): Promise<HeadingPlace[]> {
  const input = await readInputFile(filePath)
  const document = parseReport(input.text, {syntax: input.syntax, headingHints: input.headingHints})
  const pathOf = (section: Section): string => (section.parent ? `${pathOf(section.parent)} › ` : '') + section.title
  return document.allSections.map((section) => {
    const offset = section.heading.position?.start.offset ?? 0
    return {line: input.positionMap ? input.positionMap.toOriginal(offset).line : section.heading.position!.start.line, path: pathOf(section)}
  })
}

function sectionAt(places: HeadingPlace[], line: number): string {
  let found = '(开头 / before the first heading)'
  for (const place of places) if (place.line <= line) found = place.path
  return found
}

describe.each(slugs)('%s', (slug) => {
  it('has the same findings as .txt, .docx, .html, GB18030 text, .doc, .ofd and .pdf', async () => {
    const paths = Object.values(formats).map((pathFor) => pathFor(slug))
    const run = runCliJson(paths)
    expect(run.stderr).not.toMatch(/\n\s+at /u)
    const findingsByFormat: Record<string, string[]> = {}
    for (const [format, pathFor] of Object.entries(formats)) {
      const result = run.results.find((candidate) => candidate.filePath === pathFor(slug))!
      expect(result.messages.filter((message) => message.fatal)).toEqual([])
      const places = await findHeadingPlaces(pathFor(slug))
      findingsByFormat[format] = result.messages
        .map((message) => `${message.ruleId} ${message.severity} ${sectionAt(places, message.line)}`)
        .sort()
    }
    // A comparison of empty lists would prove nothing: the corpus reports all have findings.
    expect(findingsByFormat['txt']!.length).toBeGreaterThan(0)
    expect(findingsByFormat['docx']).toEqual(findingsByFormat['txt'])
    expect(findingsByFormat['html']).toEqual(findingsByFormat['txt'])
    expect(findingsByFormat['gb18030']).toEqual(findingsByFormat['txt'])
    expect(findingsByFormat['doc']).toEqual(findingsByFormat['txt'])
    expect(findingsByFormat['ofd']).toEqual(findingsByFormat['txt'])
    expect(findingsByFormat['pdf']).toEqual(findingsByFormat['txt'])
    // The same words too: each finding's span read out of the text the file gives.
    const wordsOf = async (pathFor: (slug: string) => string) => markedWords(run, pathFor(slug))
    const txtWords = await wordsOf(formats.txt)
    expect(txtWords.some((words) => words.split(' ').slice(2).join(' ').length > 1)).toBe(true)
    expect(await wordsOf(formats.doc)).toEqual(txtWords)
    // A printed page shows no space where a line breaks, so OFD's words are compared without their white space.
    const withoutSpaces = (words: string[]) => words.map((entry) => entry.replace(/^(\S+ \d) /u, '$1\u0000').replace(/\s+/gu, ''))
    expect(withoutSpaces(await wordsOf(formats.ofd))).toEqual(withoutSpaces(txtWords))
    // So are a PDF's (LibreOffice's export of a GB/T 9704 layout): the gap Word and Writer set between Chinese and
    // Latin text is no typed space, and the reader drops it. Each PDF finding names its page.
    expect(withoutSpaces(await wordsOf(formats.pdf))).toEqual(withoutSpaces(txtWords))
    for (const message of run.results.find((result) => result.filePath === formats.pdf(slug))!.messages) expect(message.page).toBeGreaterThan(0)
    // .docx positions name the paragraph (第n段) and the column in it.
    for (const message of run.results.find((result) => result.filePath === formats.docx(slug))!.messages) {
      expect(message.paragraph).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
    }
    const gb18030 = run.results.find((result) => result.filePath === formats.gb18030(slug))!
    expect(gb18030.encoding).toBe('gb18030')
  }, 180_000)
})

/**
 * Each finding with the words it marks: its span (line and column to end line and column) cut out of the text the
 * file gives — the file itself for .txt; for .doc and .ofd the extracted text, whose lines are paragraphs and
 * whose columns count from the paragraph's start.
 */
async function markedWords(run: ReturnType<typeof runCliJson>, filePath: string): Promise<string[]> {
  const result = run.results.find((candidate) => candidate.filePath === filePath)!
  const lines = (await readInputFile(filePath)).text.split('\n')
  return result.messages
    .map((message) => {
      const endLine = message.endLine ?? message.line
      const endColumn = message.endColumn ?? message.column + 1
      const span = lines.slice(message.line - 1, endLine).join('\n')
      const words = span.slice(message.column - 1, span.length - ((lines[endLine - 1] ?? '').length - (endColumn - 1)))
      // Blank lines are no words: a .txt keeps them, a paragraph-based extraction has none.
      return `${message.ruleId} ${message.severity} ${words.replace(/\n(?:[ \t\u3000]*\n)+/gu, '\n')}`
    })
    .sort()
}

/** Findings as the test above compares them: rule, severity and the section they fall in. */
async function findingsBySection(run: ReturnType<typeof runCliJson>, filePath: string): Promise<string[]> {
  const result = run.results.find((candidate) => candidate.filePath === filePath)!
  expect(result.messages.filter((message) => message.fatal)).toEqual([])
  const places = await findHeadingPlaces(filePath)
  return result.messages.map((message) => `${message.ruleId} ${message.severity} ${sectionAt(places, message.line)}`).sort()
}

interface OutlineNode {
  kind?: string | null
  text: string
  depth: number
  children: OutlineNode[]
}

/** The outline without line numbers (a .docx has no blank paragraphs); heading texts are titles, ordinals left out. */
function outlineShape(filePath: string): unknown {
  const run = runCli(['outline', filePath])
  expect(run.status).toBe(0)
  const outline = JSON.parse(run.stdout) as {title: {text: string} | null; year: number | null; sections: OutlineNode[]}
  const shape = (node: OutlineNode): unknown => ({
    kind: node.kind ?? null,
    text: node.text,
    depth: node.depth,
    children: node.children.map(shape),
  })
  return {title: outline.title?.text ?? null, year: outline.year, sections: outline.sections.map(shape)}
}

// Drafts whose top two heading levels have no numbers at all, only Word's heading style (标题 1) or an outline
// level: built by scripts/build-fixtures.mjs from the corpus reports.
describe.each(['fangxian-2023', 'yicheng-2020'])('%s with Word heading styles and no numbers', (slug) => {
  const styled = join(repositoryRoot, 'fixtures/docx-styled', `${slug}.docx`)

  it('has the outline of the typed report: styles and outline levels are heading depths', () => {
    const shape = outlineShape(styled) as {sections: unknown[]}
    expect(shape.sections.length).toBeGreaterThanOrEqual(3)
    expect(shape).toEqual(outlineShape(formats.txt(slug)))
  })

  it('has the findings of the typed report', async () => {
    const run = runCliJson([formats.txt(slug), styled])
    const typed = await findingsBySection(run, formats.txt(slug))
    expect(typed.length).toBeGreaterThan(0)
    expect(await findingsBySection(run, styled)).toEqual(typed)
  }, 180_000)
})
