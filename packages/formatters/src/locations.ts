/** Where a finding is, for machine formats: repository-relative paths and fingerprints that survive edits above it. */
import {createRequire} from 'node:module'
import {isAbsolute, relative, sep} from 'node:path'
import {createLocator, parseReport, type LintMessage, type LintResult, type ReadInput, type ReportDocument} from '@fzlint/core'
import type {PreparedResult} from './types.js'

/** `reports/2023/报告.txt`: relative to `cwd` with forward slashes (code-scanning tools want repository paths). */
export function toRelativePath(filePath: string, cwd: string): string {
  const relativePath = isAbsolute(filePath) ? relative(cwd, filePath) : filePath
  return (relativePath === '' ? filePath : relativePath).split(sep).join('/')
}

/** The relative path as a URI reference: each segment percent-encoded (CJK file names are common). */
export function toUriReference(relativePath: string): string {
  // A loop into one string, not split().map().join(): V8's optimised map() returns a holey array where the
  // interpreter's is packed, and the join typed by one deoptimised the SARIF printer once warm.
  const segments = relativePath.split('/')
  let reference = ''
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    if (index > 0) reference += '/'
    reference += segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)
  }
  return reference
}

/**
 * The lint that made a result, as lintFile returns it: the report model the rules read and the reader's output it was
 * parsed from. Its sections spare the fingerprints a second parse of the source (measured on 10,000 corpus reports,
 * --format sarif: 15.7 → 14.5 s CPU, about 0.12 ms a report).
 */
export interface LintedReport {
  document: Pick<ReportDocument, 'source' | 'locator' | 'allSections'> | null
  input: Pick<ReadInput, 'syntax' | 'headingHints'> | null
}

/** The syntax the source of a result is parsed again with when no lint's report model is at hand. */
function syntaxOf(result: LintResult): 'markdown' | 'text' {
  return result.format === 'markdown' ? 'markdown' : 'text'
}

/**
 * The linted report's model when it is exactly what parsing `result.source` again would give: the same text parsed
 * with the same syntax and no heading hints (.docx styles, which that parse would not have). Configuration settings
 * change only a section's kind and the report year, never where a section is or its title.
 */
function reusableDocument(result: LintResult, linted: LintedReport | undefined): LintedReport['document'] {
  const document = linted?.document
  if (!document || !linted.input || result.source === undefined || document.source !== result.source) return null
  return linted.input.syntax === syntaxOf(result) && linted.input.headingHints === undefined ? document : null
}

/** Title of the deepest section containing each offset; sections come from the same parser the rules saw. */
function findSectionTitles(result: LintResult, offsets: number[], document: LintedReport['document']): string[] {
  const source = result.source
  if (source === undefined) return offsets.map(() => '')
  let headings: readonly {start: number; end: number; title: string}[]
  if (document) headings = document.allSections
  else {
    try {
      headings = parseReport(source, {syntax: syntaxOf(result)}).allSections
    } catch {
      return offsets.map(() => '')
    }
  }
  const titles: string[] = []
  for (const offset of offsets) {
    let title = ''
    // Headings are in document order; a later one that starts before the offset is nested deeper or follows.
    for (const heading of headings) {
      if (heading.start > offset) break
      if (offset < heading.end) title = heading.title
    }
    titles.push(title)
  }
  return titles
}

/**
 * The text a message flags, read from the linted source. Positions of .docx/.html findings point into the
 * original file, not the extracted text, so there the flagged text is unknown and the message stands in.
 */
function findFlaggedTexts(result: LintResult, document: LintedReport['document']): {texts: (string | null)[]; offsets: number[]} {
  const source = result.source
  const isTextSource = source !== undefined && (result.format === undefined || result.format === 'text' || result.format === 'markdown' || result.format === 'pdf')
  const texts: (string | null)[] = []
  const offsets: number[] = []
  if (!isTextSource) {
    for (let index = 0; index < result.messages.length; index++) {
      texts.push(null)
      offsets.push(0)
    }
    return {texts, offsets}
  }
  const locator = document?.locator ?? createLocator(source)
  for (const message of result.messages) {
    const start = locator.toOffset(message)
    offsets.push(start)
    const end = message.endLine === undefined ? start : locator.toOffset({line: message.endLine, column: message.endColumn ?? 1})
    texts.push(source.slice(start, Math.max(start, end)))
  }
  return {texts, offsets}
}

// node:crypto is required when a fingerprint is first made, not imported: loading it cost every run 1.5 ms,
// and only the SARIF and GitLab formats make fingerprints.
let hash: typeof import('node:crypto').hash | undefined

function hashParts(parts: string[]): string {
  hash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).hash
  // NUL cannot occur in decoded report text, so joined parts cannot collide by shifting a boundary. The one-shot
  // hash, not a Hash object per message (measured: 1.2 → 0.6 µs a fingerprint; the same digest): Node 20.12 and
  // 21.7 added it, so every Node the engines field admits (^20.19) has it and no fallback to createHash is kept.
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 32)
}

/**
 * One fingerprint per message of a result: a hash of the rule, the flagged text and its section title
 * (without ordinal, so renumbering does not count), never the line number, plus an occurrence counter for
 * identical findings. Code scanning then keeps an alert open as one alert when lines are inserted above it.
 * `scope` is mixed in by formats whose fingerprints are global rather than per file (GitLab). `linted`, the lint
 * that made the result, lends its report model where that is the one the source would be parsed into again.
 */
export function computeFingerprints(result: LintResult, scope = '', linted?: LintedReport): string[] {
  if (result.messages.length === 0) return []
  const document = reusableDocument(result, linted)
  const {texts, offsets} = findFlaggedTexts(result, document)
  const sections = findSectionTitles(result, offsets, document)
  const seen = new Map<string, number>()
  // Pushed in a loop, not map()ped: the printer reading them (and this loop reading texts and sections) deoptimised
  // when an optimised map()'s holey array met code typed by the interpreter's packed one.
  const fingerprints: string[] = []
  for (let index = 0; index < result.messages.length; index++) {
    const message: LintMessage = result.messages[index]!
    const flagged = texts[index]
    // An empty range (a missing part) or an unknown one is identified by what the message says instead.
    const what = flagged === null || flagged === '' ? `message:${message.message}` : `text:${flagged}`
    const key = hashParts([scope, message.ruleId ?? '', message.messageId ?? '', what, sections[index]!])
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    fingerprints.push(`${key}:${occurrence}`)
  }
  return fingerprints
}

/**
 * Which formats fingerprint their findings, and with what scope: SARIF per file (''), GitLab across the report (the
 * file's relative path). Undefined for the others.
 */
export function fingerprintScope(format: string): 'file' | 'path' | undefined {
  return format === 'sarif' ? 'file' : format === 'gitlab' ? 'path' : undefined
}

/**
 * What `format` needs of a result's source, made where the result is (a pool worker), so that the source need not be
 * sent on: the fingerprints, computed exactly as the format would (same scope, same messages), from the sections of
 * `linted` (the lint that made the result) where they serve.
 */
export function prepareResult(result: LintResult, format: string, cwd: string, linted?: LintedReport): PreparedResult | undefined {
  const scope = fingerprintScope(format)
  if (scope === undefined) return undefined
  return {fingerprints: computeFingerprints(result, scope === 'path' ? toRelativePath(result.filePath, cwd) : '', linted)}
}
