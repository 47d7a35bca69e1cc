/** The sentences of a paragraph or heading node, read once per node and shared by the numeric rules. */
import {findSentences, type Sentence} from './figures.js'

/** A paragraph or heading node: only its source offsets are read. */
export interface PositionedNode {
  position?: {start: {offset?: number}; end: {offset?: number}}
}

const cache = new WeakMap<object, Sentence[]>()

/** A node's source text, markup included (empty when it has no offsets): for a quick look before reading sentences. */
export function nodeSource(source: string, node: PositionedNode): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : source.slice(start, end)
}

/** Sentences of a node's source text (markup included, so offsets stay exact). */
export function findNodeSentences(source: string, node: PositionedNode): Sentence[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  let sentences = cache.get(node)
  if (!sentences) {
    sentences = findSentences(source, start, end)
    cache.set(node, sentences)
  }
  return sentences
}
