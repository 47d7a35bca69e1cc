/** In-process timings for the benchmark: fzlint's parse + lint beside remark-parse alone on the same texts. */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {lintText, type ConfiguredRule} from '@fzlint/core'
import {builtinRules} from '@fzlint/builtin'

const recommended: ConfiguredRule[] = builtinRules
  .filter((rule) => rule.meta.recommended)
  .map((rule) => ({rule, severity: rule.meta.defaultSeverity === 'error' ? 2 : 1}))

export function lintAll(texts: string[]): number {
  let messages = 0
  for (const text of texts) messages += lintText(text, {rules: recommended, syntax: 'text'}).result.messages.length
  return messages
}

const markdown = unified().use(remarkParse)

export function remarkParseAll(texts: string[]): number {
  let nodes = 0
  for (const text of texts) nodes += markdown.parse(text).children.length
  return nodes
}
