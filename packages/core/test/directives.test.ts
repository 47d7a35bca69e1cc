/** Inline directives: which findings each turns off, checked against the plain reading of the grammar on random files. */
import fc from 'fast-check'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {applyDirectives} from '../src/engine/directives.js'
import {parseMarkdown} from '../src/parse/parse-markdown.js'
import {createLocator} from '../src/text/locator.js'

type Kind = 'disable' | 'enable' | 'disable-next-line'

interface Written {
  kind: Kind
  ruleIds: string[]
  /** Line of the comment in the file. */
  line: number
}

/**
 * The grammar read directly, one finding at a time: a next-line directive covers the next line with content; otherwise
 * the last directive before the finding's line that covers its rule decides.
 */
function isSilenced(directives: Written[], ruleId: string, line: number): boolean {
  const covers = (directive: Written) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)
  // Each directive stands on a line of its own and is followed by a blank line, so the next content is two lines on.
  if (directives.some((directive) => directive.kind === 'disable-next-line' && directive.line + 2 === line && covers(directive))) return true
  const last = directives.filter((directive) => directive.kind !== 'disable-next-line' && directive.line <= line && covers(directive)).at(-1)
  return last?.kind === 'disable'
}

const RULES = ['a-rule', 'b-rule', 'c-rule']

const file = fc.array(
  fc.option(fc.record({kind: fc.constantFrom<Kind>('disable', 'enable', 'disable-next-line'), ruleIds: fc.subarray(RULES)}), {freq: 2}),
  {maxLength: 30},
)
const findings = fc.array(fc.record({ruleId: fc.constantFrom(...RULES), block: fc.nat({max: 31})}), {maxLength: 40})

describe('applyDirectives', () => {
  it('turns off exactly the findings the grammar says, in any order of findings', () => {
    fc.assert(
      fc.property(file, findings, (blocks, found) => {
        // One block per two lines: a directive comment or a line of text, then a blank line.
        const lines = blocks.map((block) => (block ? `<!-- fzlint-${block.kind}${block.ruleIds.map((id) => ` ${id}`).join('')} -->` : '正文。'))
        lines.push('正文。')
        const source = lines.join('\n\n') + '\n'
        const written = blocks.flatMap((block, index) => (block ? [{...block, line: 2 * index + 1}] : []))
        const messages = found.map(({ruleId, block}) => {
          const message = new VFileMessage('x', {place: {line: 2 * Math.min(block, lines.length - 1) + 1, column: 1}, ruleId, source: 'fzlint'})
          return message
        })
        const kept = applyDirectives(messages, parseMarkdown(source), {reportUnused: false, locator: createLocator(source), source})
        const expected = messages.filter((message) => !isSilenced(written, message.ruleId!, (message.place as {line: number}).line))
        expect(kept).toEqual(expected)
      }),
      {numRuns: 300},
    )
  })

  it('takes time linear in findings and directives together', () => {
    const time = (count: number) => {
      const source = Array.from({length: count}, (_, index) => (index % 2 === 0 ? '<!-- fzlint-disable a-rule -->' : '<!-- fzlint-enable a-rule -->')).join('\n\n')
      const tree = parseMarkdown(source)
      const messages = Array.from({length: count}, (_, index) => new VFileMessage('x', {place: {line: 2 * index + 1, column: 1}, ruleId: 'b-rule', source: 'fzlint'}))
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        applyDirectives(messages, tree, {reportUnused: true, locator: createLocator(source), source})
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    time(2000)
    // Quadratic would be 16×; a load spike on the shared machine gets a second measurement.
    const ratio = () => Math.max(time(16_000), 10) / Math.max(time(4000), 10)
    expect(Math.min(ratio(), ratio())).toBeLessThan(6)
  })
})
