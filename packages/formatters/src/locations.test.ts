import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lintInput, type ReadInput, type Rule} from '@fzlint/core'
import {readDecodedText} from '@fzlint/core/io'
import {describe, expect, it} from 'vitest'
import {computeFingerprints, type LintedReport} from './locations.js'

const corpusFolder = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url))
const reports = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt'))

/** Flags every paragraph, so that findings fall in every section of a report (and in its preamble). */
const everyParagraph: Rule = {
  meta: {id: 'every-paragraph', type: 'suggestion', defaultSeverity: 'warn', recommended: false, docs: {description: ''}, messages: {paragraph: '段落'}},
  create: (context) => ({paragraph: (node) => context.report({messageId: 'paragraph', node})}),
} as Rule

function lint(input: ReadInput) {
  return {...lintInput(input, {rules: [{rule: everyParagraph, severity: 1}], path: 'report.txt'}), input}
}

/** A page-wrapped copy (PDF text copied out): read with its paragraphs rejoined, so the source is not the file. */
function wrapLines(text: string): string {
  return text.split('\n').flatMap((line) => line.match(/.{1,28}/gu) ?? ['']).join('\n')
}

describe('computeFingerprints with the lint that made the result', () => {
  for (const name of reports) {
    const text = readFileSync(corpusFolder + name, 'utf8')
    for (const [kind, input] of [
      ['text', readDecodedText(text, 'text', 'utf-8')],
      ['markdown', readDecodedText(text, 'markdown', 'utf-8')],
      ['page-wrapped text', readDecodedText(wrapLines(text), 'text', 'utf-8')],
    ] as const) {
      it(`${name} as ${kind}: the same fingerprints as from parsing the source again`, () => {
        const linted = lint(input)
        expect(linted.result.messages.length).toBeGreaterThan(0)
        // A wrapped text's paragraphs are rejoined: the source is not the file's text.
        expect(input.text === text).toBe(kind !== 'page-wrapped text')
        expect(computeFingerprints(linted.result, 'scope', linted)).toEqual(computeFingerprints(linted.result, 'scope'))
      })
    }
  }

  const text = readFileSync(corpusFolder + reports[0]!, 'utf8')
  const linted = lint(readDecodedText(text, 'text', 'utf-8'))
  const renamed: LintedReport = {...linted, document: {...linted.document!, allSections: linted.document!.allSections.map((section) => ({...section, title: '改名'}))}}

  it("takes the titles from the lint's sections (renamed there, the fingerprints change)", () => {
    expect(computeFingerprints(linted.result, '', renamed)).not.toEqual(computeFingerprints(linted.result, ''))
  })

  it('parses the source again when the lint parsed it otherwise than that parse would', () => {
    const expected = computeFingerprints(linted.result, '')
    // Markdown syntax for a result that says plain text; .docx heading hints; another text.
    expect(computeFingerprints(linted.result, '', {...renamed, input: {syntax: 'markdown'}})).toEqual(expected)
    expect(computeFingerprints(linted.result, '', {...renamed, input: {syntax: 'text', headingHints: new Map()}})).toEqual(expected)
    expect(computeFingerprints({...linted.result, source: `${text} `}, '', renamed)).toEqual(computeFingerprints({...linted.result, source: `${text} `}, ''))
  })
})
