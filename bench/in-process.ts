/** In-process timings for the benchmark: fzlint's parse + lint beside remark-parse alone on the same texts. */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {lintText} from '@fzlint/core'
import {builtinRules} from '@fzlint/builtin'
import {configureRules, recommendedRuleStates} from '@fzlint/config'

// What a run with no config file uses on a government's report: the recommended preset and that profile.
const recommended = configureRules(builtinRules, recommendedRuleStates('government'))

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
