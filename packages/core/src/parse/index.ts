/** Parsing: source text → mdast with official headings. */
import type {Root} from 'mdast'
import {createLocator, type Locator} from '../text/locator.js'
import {parseMarkdown} from './parse-markdown.js'
import {parsePlainText} from './parse-plain-text.js'
import {promoteUnnumberedHeadings} from './unnumbered-headings.js'
import type {HeadingHints, SourceSyntax} from './types.js'

export type {HeadingDepth, HeadingHints, SourceSyntax} from './types.js'
export {matchNumbering, parseChineseOrdinal, CHINESE_ORDINAL_CHARACTERS, formatChineseOrdinal, type Numbering, type NumberingLevel} from './numbering.js'
export {parsePlainText} from './parse-plain-text.js'
export {parseMarkdown} from './parse-markdown.js'
export {headingTitle} from './make-nodes.js'

export interface ParseReportTextOptions {
  /** `text` (default): official numbering marks the headings; `markdown`: `#` does. */
  syntax?: SourceSyntax
  /** The source's locator, when the caller has one already. */
  locator?: Locator
  /** Headings the original file marks by style (.docx), by the offset where their line starts (plain text only). */
  headingHints?: HeadingHints
}

/** Source text → mdast: headings (with their official numbering) and paragraphs; the report model is built on it. */
export function parseReportText(source: string, {syntax = 'text', locator = createLocator(source), headingHints}: ParseReportTextOptions = {}): Root {
  if (syntax === 'markdown') return parseMarkdown(source, locator)
  // Markdown marks its headings with `#`; a plain text marks them only with ordinals, and may leave one out.
  return promoteUnnumberedHeadings(parsePlainText(source, locator, headingHints), source, locator)
}
