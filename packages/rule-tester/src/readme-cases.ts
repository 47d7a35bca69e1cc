/**
 * Turns a rule README's ```fzlint``` blocks into test cases (docs examples ARE the tests):
 *   ```text fzlint invalid {"options": …, "settings": …}   — input that must produce messages
 *   ```text fzlint output                                  — the exact messages of the block above
 *   ```text fzlint fixed                                   — the text after --fix (fixable rules)
 *   ```text fzlint valid                                   — input that must produce none
 * `markdown` instead of `text` parses the example as Markdown.
 */
import type {Code, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {LintSettings, SourceSyntax} from '@fzlint/core'

export interface ExpectedLine {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  severity: 1 | 2
  /** Exact message, or a prefix when the README shortens it with `…`. */
  message: string
  isPrefix: boolean
  ruleId: string
}

export interface ReadmeCase {
  kind: 'valid' | 'invalid'
  text: string
  syntax: SourceSyntax
  options?: unknown
  settings?: LintSettings
  expected?: ExpectedLine[]
  fixed?: string
  /** Line of the block in the README, for test names. */
  readmeLine: number
}

const OUTPUT_LINE = /^(\d+):(\d+)(?:-(\d+):(\d+))?\s+(error|warning)\s+(.+?)\s+([a-z][a-z0-9-]*)$/u

export function parseExpectedLine(line: string): ExpectedLine {
  const match = OUTPUT_LINE.exec(line.trim())
  if (!match) throw new Error(`README output line not understood: ${line}`)
  const message = match[6]!
  const isPrefix = message.endsWith('…')
  return {
    line: Number(match[1]),
    column: Number(match[2]),
    endLine: match[3] ? Number(match[3]) : undefined,
    endColumn: match[4] ? Number(match[4]) : undefined,
    severity: match[5] === 'error' ? 2 : 1,
    message: isPrefix ? message.slice(0, -1) : message,
    isPrefix,
    ruleId: match[7]!,
  }
}

export function readReadmeCases(markdown: string): ReadmeCase[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  const cases: ReadmeCase[] = []
  const blocks = tree.children.filter((node): node is Code => node.type === 'code' && /(^|\s)fzlint(\s|$)/u.test(`${node.lang ?? ''} ${node.meta ?? ''}`))
  for (const block of blocks) {
    const words = (block.meta ?? '').trim().split(/\s+/u)
    if (words[0] !== 'fzlint') continue
    const role = words[1]
    const json = (block.meta ?? '').replace(/^\s*fzlint\s+\w+\s*/u, '').trim()
    const extra = json ? (JSON.parse(json) as {options?: unknown; settings?: LintSettings}) : {}
    const syntax: SourceSyntax = block.lang === 'markdown' || block.lang === 'md' ? 'markdown' : 'text'
    const line = block.position?.start.line ?? 0
    if (role === 'valid' || role === 'invalid') {
      cases.push({kind: role, text: block.value, syntax, options: extra.options, settings: extra.settings, readmeLine: line})
    } else if (role === 'output' || role === 'fixed') {
      const previous = cases.at(-1)
      if (!previous || previous.kind !== 'invalid') throw new Error(`README line ${line}: “fzlint ${role}” must follow an invalid example`)
      if (role === 'output') previous.expected = block.value.split('\n').filter((text) => text.trim() !== '').map(parseExpectedLine)
      else previous.fixed = block.value
    } else {
      throw new Error(`README line ${line}: unknown fzlint block role “${role}”`)
    }
  }
  return cases
}
