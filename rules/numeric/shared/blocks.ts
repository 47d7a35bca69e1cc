/** The sentences of a paragraph or heading node, read once per node and shared by the numeric rules. */
import {findFirstAtOrAfter, findOccurrences} from '@fzlint/core/text'
import {findSentences, type Sentence} from './figures.js'

/** A paragraph or heading node: only its source offsets are read. */
export interface PositionedNode {
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/**
 * Whether a node's source text (markup included) contains `word`: a quick look before reading its sentences. The
 * rules ask this of every paragraph, so it is answered from the places of `word` in the whole source, found once.
 */
export function nodeIncludes(source: string, node: PositionedNode, word: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return false
  if (lastPlaces?.source !== source || lastPlaces.word !== word) lastPlaces = {source, word, starts: findOccurrences(source, word)}
  else lastPlaces.source = source // see keepNewestString
  // Every place is as long as `word`, so the first one starting in the node is the first to end: the node holds
  // the word exactly when it holds that place.
  const {starts} = lastPlaces
  const index = findFirstAtOrAfter(starts, start)
  return index < starts.length && starts[index]! + word.length <= end
}

// The places of the word asked about last, in the source asked about last: one report's paragraphs are asked in turn.
let lastPlaces: {source: string; word: string; starts: number[]} | undefined

/**
 * Sentences of a node's source text (markup included, so offsets stay exact), read once per block: the numeric
 * rules each ask for the sentences of the same paragraphs.
 */
export function findNodeSentences(source: string, node: PositionedNode): Sentence[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  // Kept by the block's offsets in the source read last, not in a WeakMap by node: adding a WeakMap entry cost about
  // 1 µs (measured), as much as reading a short block's sentences. The same text has the same sentences, so a
  // report linted again reads them from here, and the map never holds more than one source's blocks.
  if (lastSentences?.source !== source) lastSentences = {source, byStart: new Map()}
  else lastSentences.source = source // see keepNewestString
  const known = lastSentences.byStart.get(start)
  if (known?.end === end) return known.sentences
  const sentences = findSentences(source, start, end)
  lastSentences.byStart.set(start, {end, sentences})
  return sentences
}

let lastSentences: {source: string; byStart: Map<number, {end: number; sentences: Sentence[]}>} | undefined

// keepNewestString: a slot found to hold the same text keeps the string it was just asked with. A report linted again
// (the language server) comes as another string of the same text, which `!==` compares character by character
// (about 60 µs a megabyte) at every block; the string of the lint under way is compared by reference, at once.
