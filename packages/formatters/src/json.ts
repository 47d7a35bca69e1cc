/** `json`: the results array as schemas/results.schema.json describes it (no source text). */
import type {LintResult} from '@fzlint/core'
import type {Formatter} from './types.js'

export function toJsonResults(results: LintResult[]): Omit<LintResult, 'source'>[] {
  return results.map(({source: _source, ...rest}) => rest)
}

export const json: Formatter = (results) => JSON.stringify(toJsonResults(results))
