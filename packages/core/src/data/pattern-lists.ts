/**
 * Pattern lists: data files whose entries each name a regular expression (a cause marker, a duty marker, a
 * request phrase, a line of web residue) with a label for messages, where it comes from and a sentence it
 * matches. One schema shape for them, and their patterns compiled once per loaded list.
 */
import {z} from 'zod'
import {defineDataFile, regexPatternSchema, type DataFile} from './define-data.js'
import {joinPatterns} from '../text/join-patterns.js'

/** What each field of one list's entries means, for its JSON Schema and editors' hovers. */
export interface PatternListDescriptions {
  pattern: string
  label: string
  source: string
  example: string
}

export function patternListEntrySchema(describe: PatternListDescriptions) {
  return z
    .object({
      pattern: regexPatternSchema().describe(describe.pattern),
      label: z.string().min(1).describe(describe.label),
      source: z.string().min(1).describe(describe.source),
      example: z.string().min(1).describe(describe.example),
    })
    .strict()
}

export type PatternListEntry = z.output<ReturnType<typeof patternListEntrySchema>>

/**
 * A data file of pattern-list entries. Its schema is built when first needed, not when the module loads (see
 * DataFileDefinition.entry).
 */
export function definePatternList(definition: {name: string; builtIn: unknown; describe: PatternListDescriptions}): DataFile<PatternListEntry> {
  return defineDataFile<PatternListEntry>({
    name: definition.name,
    entry: () => patternListEntrySchema(definition.describe),
    builtIn: definition.builtIn,
  })
}

export interface CompiledPattern<Entry> {
  entry: Entry
  expression: RegExp
}

// A data file hands out the same array for every report of one configuration, so its patterns compile once per
// array and flags. Expressions compiled with `g` keep state in lastIndex: callers set it before each search.
const compiledByFlags = new WeakMap<readonly object[], Map<string, CompiledPattern<object>[]>>()

const joinedByFlags = new WeakMap<readonly object[], Map<string, RegExp | null>>()

/**
 * Every entry's `pattern` as one alternation (joinPatterns), cached per entries array and flags as compileEntryPatterns
 * is: a text that none of them matches is told in one scan. Null when they cannot be joined (back references, group
 * names): the caller then tries compileEntryPatterns' expressions in turn.
 */
export function joinEntryPatterns(entries: readonly {pattern: string}[], flags: string): RegExp | null {
  let byFlags = joinedByFlags.get(entries)
  if (!byFlags) {
    byFlags = new Map()
    joinedByFlags.set(entries, byFlags)
  }
  let joined = byFlags.get(flags)
  if (joined === undefined) {
    const patterns: string[] = []
    for (const entry of entries) patterns.push(entry.pattern)
    joined = joinPatterns(patterns, flags)
    byFlags.set(flags, joined)
  }
  return joined
}

/** Each entry's `pattern` compiled with `flags` (unicode: `u`, as the schema checks them), cached per entries array. */
export function compileEntryPatterns<Entry extends {pattern: string}>(entries: readonly Entry[], flags: string): CompiledPattern<Entry>[] {
  let byFlags = compiledByFlags.get(entries)
  if (!byFlags) {
    byFlags = new Map()
    compiledByFlags.set(entries, byFlags)
  }
  let compiled = byFlags.get(flags) as CompiledPattern<Entry>[] | undefined
  if (!compiled) {
    compiled = entries.map((entry) => ({entry, expression: new RegExp(entry.pattern, flags)}))
    byFlags.set(flags, compiled)
  }
  return compiled
}
