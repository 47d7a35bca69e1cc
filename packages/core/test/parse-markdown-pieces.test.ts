/** Markdown parsed in pieces (linear time) gives the tree of the whole source parsed at once. */
import {readFileSync, readdirSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {createLocator} from '../src/text/locator.js'
import {parseMarkdownInPieces} from '../src/parse/parse-markdown.js'

const corpus = new URL('../../../fixtures/corpus/', import.meta.url)

/** A Markdown draft made of the corpus reports, with the blocks that run across blank lines between them. */
function buildDraft(): string {
  const blocks = [
    '```\n代码\n\n一、不是标题\n```',
    '<!-- fzlint-disable empty-section -->',
    '<!--\n注释\n\n一、注释中的行\n-->',
    '<pre>\n\n一、预排版\n</pre>',
    '- 甲\n\n- 乙\n\n  续行\n\n1. 丙\n\n2. 丁',
    '> 引文\n\n> 另一段引文',
    '    缩进代码\n\n    一、缩进代码',
    '~~~~\n```\n\n正文\n~~~~',
  ]
  let draft = ''
  for (const [index, name] of readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort().entries()) {
    const text = readFileSync(new URL(name, corpus), 'utf8')
    draft += `## ${name}\n\n${text.split('\n').join('\n\n')}\n\n${blocks.join('\n\n')}\n\n${blocks[index % blocks.length]}\n`
  }
  return draft.repeat(2)
}

function parseWhole(source: string) {
  return JSON.parse(JSON.stringify(unified().use(remarkParse).parse(source)))
}

describe('parseMarkdownInPieces', () => {
  it('gives the same tree as one parse of the whole source', () => {
    const draft = buildDraft()
    expect(draft.length).toBeGreaterThan(10 * 2_048)
    expect(JSON.parse(JSON.stringify(parseMarkdownInPieces(draft, createLocator(draft))))).toEqual(parseWhole(draft))
  })

  it('keeps a source with a link reference definition in one piece (definitions apply to the whole document)', () => {
    const draft = `见[文件][1]。\n\n${'一、甲\n\n- 乙\n\n'.repeat(1000)}[1]: https://example.gov.cn\n`
    expect(JSON.parse(JSON.stringify(parseMarkdownInPieces(draft, createLocator(draft))))).toEqual(parseWhole(draft))
  })
})
