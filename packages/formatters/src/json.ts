/** `json`: the results array as schemas/results.schema.json describes it (no source text), streamed one result at a time. */
import type {LintResult} from '@fzlint/core'
import {wholeOutput, type StreamingFormatter} from './types.js'

export function toJsonResults(results: LintResult[]): Omit<LintResult, 'source'>[] {
  return results.map(toJsonResult)
}

function toJsonResult({source: _source, ...rest}: LintResult): Omit<LintResult, 'source'> {
  return rest
}

export const jsonStream: StreamingFormatter = () => {
  let isFirst = true
  return {
    start: () => '[',
    add(result) {
      const text = JSON.stringify(toJsonResult(result))
      if (isFirst) {
        isFirst = false
        return text
      }
      return `,${text}`
    },
    end: () => ']',
  }
}

export const json = wholeOutput(jsonStream)
