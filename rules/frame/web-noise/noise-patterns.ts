/**
 * The residue catalogue (noise.json) compiled for testing line after line: the first pattern in catalogue order that
 * matches a line names its residue, and most lines match none. One alternation of all the patterns tells those lines
 * apart in one regex call instead of one call per pattern (measured on the corpus's 78 lines that are not prose,
 * tested against the 23 built-in patterns 400 times over: 80–118 ms → 40–78 ms on a loaded machine).
 */
import {compileEntryPatterns, joinPatterns, type CompiledPattern} from '@fzlint/core'
import type {NoiseEntry} from './data.js'

export interface NoiseHit {
  entry: NoiseEntry
  match: RegExpExecArray
}

interface PatternSet {
  patterns: CompiledPattern<NoiseEntry>[]
  /** Matches a line exactly when one of `patterns` does; null when they cannot be joined (see joinPatterns). */
  any: RegExp | null
}

export interface NoisePatterns {
  /** Every pattern: tested on lines that are not prose. */
  all: PatternSet
  /** The patterns of residue injected into paragraphs (`inline`): the only ones tested on prose. */
  inline: PatternSet
}

function toPatternSet(patterns: CompiledPattern<NoiseEntry>[]): PatternSet {
  return {patterns, any: joinPatterns(patterns.map(({entry}) => entry.pattern), 'u')}
}

const cache = new WeakMap<readonly NoiseEntry[], NoisePatterns>()

/** Compiled once per loaded catalogue (a data file hands out the same array for every report of one configuration). */
export function compileNoisePatterns(entries: readonly NoiseEntry[]): NoisePatterns {
  let compiled = cache.get(entries)
  if (!compiled) {
    const all = compileEntryPatterns(entries, 'u')
    compiled = {all: toPatternSet(all), inline: toPatternSet(all.filter(({entry}) => entry.inline))}
    cache.set(entries, compiled)
  }
  return compiled
}

/** The first pattern of `set` (in catalogue order) that matches `line`, with its match. */
export function findFirstHit(set: PatternSet, line: string): NoiseHit | null {
  if (set.any !== null && !set.any.test(line)) return null
  for (const {expression, entry} of set.patterns) {
    const match = expression.exec(line)
    if (match) return {entry, match}
  }
  return null
}
