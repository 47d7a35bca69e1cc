/** A finding's or an indicator's sentence, as review shows it: cut around the range, the range highlighted. */
import type {MessageContext} from './record.js'

/** Sentences longer than this are cut around the finding, so a details page stays readable. */
const CONTEXT_RADIUS = 120
/** Sentence ends (。！？!?；;) and line breaks, by code unit: tested for up to 240 characters around each finding. */
const SENTENCE_END_CODES = new Set([...'。！？!?；;\r\n'].map((character) => character.charCodeAt(0)))
const LINE_BREAK_CODES = new Set([10, 13])

/** The sentence holding [start, end), trimmed to CONTEXT_RADIUS characters either side of the finding. */
export function findSentence(source: string, start: number, end: number): MessageContext {
  let from = start
  while (from > 0 && start - from < CONTEXT_RADIUS && !SENTENCE_END_CODES.has(source.charCodeAt(from - 1))) from--
  let to = Math.max(end, start)
  while (to < source.length && to - end < CONTEXT_RADIUS && !SENTENCE_END_CODES.has(source.charCodeAt(to))) to++
  // The sentence's own end mark belongs to it; a line break does not.
  if (to < source.length && !LINE_BREAK_CODES.has(source.charCodeAt(to)) && SENTENCE_END_CODES.has(source.charCodeAt(to))) to++
  const sentence = source.slice(from, to)
  const leading = sentence.length - sentence.trimStart().length
  const trimmed = sentence.trim()
  const highlightStart = Math.min(Math.max(start - from - leading, 0), trimmed.length)
  const highlightEnd = Math.min(Math.max(end - from - leading, highlightStart), trimmed.length)
  return {sentence: trimmed, highlight: [highlightStart, highlightEnd]}
}
