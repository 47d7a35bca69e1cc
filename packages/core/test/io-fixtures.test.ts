/** The committed .docx, .html and GB18030 fixtures extract to the same report lines as the text they were built from. */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readInputFile} from '../src/io/index.js'

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const slugs = readdirSync(`${fixtures}corpus`).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4))

/** Report lines as a reader of any format should give them: blank lines dropped, outer white space kept. */
function corpusLines(slug: string): string[] {
  return readFileSync(`${fixtures}corpus/${slug}.txt`, 'utf8').split(/\r?\n/u).filter((line) => line.trim() !== '')
}

describe.each(slugs)('%s', (slug) => {
  it('.docx extracts the text lines, Word-numbered headings included', async () => {
    const input = await readInputFile(`${fixtures}docx/${slug}.docx`)
    expect(input.format).toBe('docx')
    expect(input.text.split('\n')).toEqual(corpusLines(slug))
  })

  it('.html extracts the report body and nothing of the page around it', async () => {
    const input = await readInputFile(`${fixtures}html/${slug}.html`)
    expect(input.format).toBe('html')
    expect(input.text.split('\n')).toEqual(corpusLines(slug))
  })

  it('GB18030 text decodes to the UTF-8 original', async () => {
    const input = await readInputFile(`${fixtures}gb18030/${slug}.txt`)
    expect(input.encoding).toBe('gb18030')
    expect(input.text).toBe(readFileSync(`${fixtures}corpus/${slug}.txt`, 'utf8'))
  })
})
