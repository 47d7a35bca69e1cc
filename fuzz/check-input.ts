/**
 * One fuzz input through the reader for its format and every built-in rule, judged: read or declined with an
 * InputError, never a throw of anything else, no rule crash, every message placed inside the text it refers to, every
 * fix inside the linted text, and the whole within a time bound.
 */
import {lintInput, parseReport, type ConfiguredRule, type LintMessage} from '@fzlint/core'
import {InputError, READERS, type ReadInput} from '@fzlint/core/io'
import {builtinRules} from '@fzlint/builtin'
import type {FuzzInput} from './arbitraries.js'

/** Every built-in rule on: each must survive any input. */
const ALL_RULES: ConfiguredRule[] = builtinRules.map((rule) => ({rule, severity: 2, options: undefined}))

/** An input of a few kilobytes taking longer than this (read and lint, ms) counts as a hang. */
export const SLOW_INPUT_MS = 2000

export type FuzzOutcome = {kind: 'linted' | 'declined'; ms: number} | {kind: 'crash' | 'hang'; ms: number; detail: string}

/** Lines of the text a message's place refers to: the file's own for .txt/.md/.html, the extracted text for the others. */
function placeLines(input: FuzzInput, read: ReadInput): string[] {
  if (input.format === 'docx' || input.format === 'doc' || input.format === 'ofd') return read.text.split('\n')
  if (!read.positionMap) return read.text.split(/\r\n|\r|\n/u)
  // Positions map back into the file: decoded as the reader decoded it (the BOM left out, as by the reader).
  return new TextDecoder(read.encoding).decode(input.bytes).split(/\r\n|\r|\n/u)
}

/** Why a message stands outside the text, or null. Columns may point one past a line's end (an end position). */
function findMisplacement(message: LintMessage, lines: string[], input: FuzzInput, read: ReadInput): string | null {
  const points: [number, number][] = [[message.line, message.column]]
  if (message.endLine !== undefined) points.push([message.endLine, message.endColumn ?? 1])
  for (const [line, column] of points) {
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return `place ${line}:${column}`
    if (line > lines.length) return `line ${line} of ${lines.length}`
    // A .docx column counts from its paragraph's start, and a paragraph may hold line breaks (w:br).
    const limit = input.format === 'docx' ? read.text.length + 1 : lines[line - 1]!.length + 1
    if (column > limit) return `column ${column} of line ${line} (${lines[line - 1]!.length} long)`
  }
  for (const fix of message.fix ?? []) {
    if (!(fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= read.text.length)) return `fix range ${fix.range.join('–')} of ${read.text.length}`
  }
  return null
}

export async function checkInput(input: FuzzInput): Promise<FuzzOutcome> {
  const start = performance.now()
  const elapsed = () => performance.now() - start
  const extension = `.${input.format}`
  const reader = READERS.find((candidate) => candidate.extensions.includes(extension))!
  let read: ReadInput
  try {
    read = await reader.read(input.bytes, `fuzz${extension}`, {})
  } catch (error) {
    if (error instanceof InputError) return {kind: 'declined', ms: elapsed()}
    return {kind: 'crash', ms: elapsed(), detail: `reader: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}
  }
  try {
    // The cross-year rules compare with last year's report: the same text stands in for it.
    const previous = parseReport(read.text, {syntax: read.syntax, headingHints: read.headingHints})
    // Every rule runs, even on what does not look like a report: each must survive any input.
    const {result} = lintInput(read, {rules: ALL_RULES, settings: {related: {previous}}, detectNonReports: false})
    const crashed = result.messages.find((message) => message.fatal)
    if (crashed) return {kind: 'crash', ms: elapsed(), detail: `${crashed.ruleId ?? 'engine'}: ${crashed.message}`}
    const lines = placeLines(input, read)
    for (const message of result.messages) {
      const misplacement = findMisplacement(message, lines, input, read)
      if (misplacement) return {kind: 'crash', ms: elapsed(), detail: `${message.ruleId} placed outside the text: ${misplacement}`}
    }
  } catch (error) {
    return {kind: 'crash', ms: elapsed(), detail: `lint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}
  }
  const ms = elapsed()
  return ms > SLOW_INPUT_MS ? {kind: 'hang', ms, detail: `took ${ms.toFixed(0)} ms (limit ${SLOW_INPUT_MS})`} : {kind: 'linted', ms}
}
