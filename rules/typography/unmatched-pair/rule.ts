/** Reports a bracket or quotation mark (《》“”‘’（）()【】[]〔〕〈〉) left without its partner within one paragraph. */
import {defineRule} from '@fzlint/core'
import {z} from 'zod'

interface PairFamily {
  name: string
  open: string[]
  close: string[]
}

// Half- and full-width parentheses are one family: NFKC-converted copies mix `(` with `）`, and the
// width is punctuation-width's concern, not balance.
const FAMILIES: PairFamily[] = [
  {name: '书名号', open: ['《'], close: ['》']},
  {name: '单书名号', open: ['〈'], close: ['〉']},
  {name: '双引号', open: ['“'], close: ['”']},
  {name: '单引号', open: ['‘'], close: ['’']},
  {name: '圆括号', open: ['（', '('], close: ['）', ')']},
  {name: '方头括号', open: ['【'], close: ['】']},
  {name: '方括号', open: ['['], close: [']']},
  {name: '六角括号', open: ['〔'], close: ['〕']},
]
const OPENERS = new Map(FAMILIES.flatMap((family) => family.open.map((character) => [character, family] as const)))
const CLOSERS = new Map(FAMILIES.flatMap((family) => family.close.map((character) => [character, family] as const)))
/** Every mark of every family, for a scan that skips the text between marks natively. */
const ANY_MARK = new RegExp(`[${[...OPENERS.keys(), ...CLOSERS.keys()].map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu')
/** `1)` `a)` `一)` opening a list item: at the start of the paragraph or after punctuation or a space. */
const LIST_MARKER_BEFORE = /(?:^|[\s。；;，,：:、])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,2})$/u

interface Finding {
  offset: number
  character: string
  family: PairFamily
  kind: 'unclosed' | 'unopened'
}

/** Unbalanced marks of one paragraph; `text` starts at `offset` in the source. */
export function findUnmatchedMarks(text: string, offset: number, nextParagraph: string): Finding[] {
  const findings: Finding[] = []
  const stack: {index: number; character: string; family: PairFamily}[] = []
  for (const match of text.matchAll(ANY_MARK)) {
    const index = match.index
    const character = match[0]
    const opening = OPENERS.get(character)
    if (opening) {
      stack.push({index, character, family: opening})
      continue
    }
    const closing = CLOSERS.get(character)
    if (!closing) continue
    // An apostrophe inside a Latin word (Xi’an) is no quotation mark.
    if (character === '’' && /[A-Za-z]/u.test(text[index - 1] ?? '') && /[A-Za-z]/u.test(text[index + 1] ?? '')) continue
    const depth = stack.findLastIndex((entry) => entry.family === closing)
    if (depth === -1) {
      if (closing.name === '圆括号' && LIST_MARKER_BEFORE.test(text.slice(Math.max(0, index - 4), index))) continue
      findings.push({offset: offset + index, character, family: closing, kind: 'unopened'})
      continue
    }
    // Marks opened inside the pair that this closer ends were never closed.
    for (const inner of stack.splice(depth).slice(1)) findings.push({offset: offset + inner.index, character: inner.character, family: inner.family, kind: 'unclosed'})
  }
  for (const entry of stack) {
    // GB/T 15834 4.1.3.4: a quotation over several paragraphs opens each paragraph and closes only the last.
    if (entry.family.name.endsWith('引号') && nextParagraph.trimStart().startsWith(entry.character)) continue
    findings.push({offset: offset + entry.index, character: entry.character, family: entry.family, kind: 'unclosed'})
  }
  return findings.sort((a, b) => a.offset - b.offset)
}

export default defineRule({
  meta: {
    id: 'unmatched-pair',
    type: 'problem',
    defaultSeverity: 'error',
    recommended: true,
    fixable: false,
    docs: {
      description: '同一段内的书名号、引号、括号须成对',
      basis: 'GB/T 15834-2011《标点符号用法》第4.8、4.9、4.1条：括号、书名号、引号成对使用，标示的内容首尾各用一个',
    },
    messages: {
      unclosed: '“{character}”在本段没有对应的“{expected}”：{name}须成对使用，疑为漏写或误删（GB/T 15834-2011）',
      unopened: '“{character}”在本段前面没有对应的“{expected}”：{name}须成对使用，疑为漏写或误删（GB/T 15834-2011）',
    },
    options: z.object({}).strict(),
  },
  create(context) {
    return {
      'report:exit'() {
        const source = context.source
        const paragraphs = [...source.matchAll(/[^\r\n]+/gu)]
        paragraphs.forEach((match, index) => {
          const text = match[0]
          if (text.trimStart().startsWith('<!--')) return
          for (const finding of findUnmatchedMarks(text, match.index!, paragraphs[index + 1]?.[0] ?? '')) {
            const family = finding.family
            const expected = finding.kind === 'unclosed' ? family.close[0]! : family.open[0]!
            context.report({
              messageId: finding.kind,
              range: [finding.offset, finding.offset + 1],
              data: {character: finding.character, expected, name: family.name, pair: family.name},
            })
          }
        })
      },
    }
  },
})
