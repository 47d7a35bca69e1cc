/**
 * Every corpus report gives the same findings as .txt, .docx (Word-numbered headings), .html (a portal
 * page) and GB18030 text, through the real CLI. Findings are compared by rule, severity and the section
 * they fall in — line numbers differ by format by design. Whatever rules are built in take part.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseReport, type Section} from '@fzlint/core'
import {readInputFile} from '@fzlint/core/io'
import {repositoryRoot, runCliJson} from './helpers/run-cli.js'

const slugs = readdirSync(join(repositoryRoot, 'fixtures/corpus'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))

const formats = {
  txt: (slug: string) => join(repositoryRoot, 'fixtures/corpus', `${slug}.txt`),
  docx: (slug: string) => join(repositoryRoot, 'fixtures/docx', `${slug}.docx`),
  html: (slug: string) => join(repositoryRoot, 'fixtures/html', `${slug}.html`),
  gb18030: (slug: string) => join(repositoryRoot, 'fixtures/gb18030', `${slug}.txt`),
}

interface HeadingPlace {
  line: number
  path: string
}

/** Each heading's line in the original file (mapped like messages are) and its path of titles. */
async function findHeadingPlaces(filePath: string): Promise<HeadingPlace[]> {
  const input = await readInputFile(filePath)
  const document = parseReport(input.text, input.syntax)
  const pathOf = (section: Section): string => (section.parent ? `${pathOf(section.parent)} › ` : '') + section.title
  return document.headings.map((section) => {
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
  it('has the same findings as .txt, .docx, .html and GB18030 text', async () => {
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
    // .docx positions name the paragraph (第n段) and the column in it.
    for (const message of run.results.find((result) => result.filePath === formats.docx(slug))!.messages) {
      expect(message.paragraph).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
    }
    const gb18030 = run.results.find((result) => result.filePath === formats.gb18030(slug))!
    expect(gb18030.encoding).toBe('gb18030')
  }, 180_000)
})
