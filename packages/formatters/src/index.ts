/** @fzlint/formatters: pure functions from results to text. None knows a rule by name. */
import type {Formatter} from './types.js'
import {json} from './json.js'
import {stylish} from './stylish.js'

export type {Formatter, FormatterContext} from './types.js'
export {toJsonResults} from './json.js'

export const formatters: Record<string, Formatter> = {stylish, json}

export function findFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined
}
