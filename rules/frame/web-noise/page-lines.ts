/**
 * Judging a line of a web page by its form: a field of a metadata table in any CMS layout, a line of widget words,
 * a date stamp or a view count. Used for the lines outside the report's frame, where no phrase list can be complete.
 */
import {escapeRegExp} from '@fzlint/core'
import {isSpaceCode} from '@fzlint/core/text'
import type {PageWordEntry} from './page-words-data.js'

/**
 * A field-label pattern tested on a line with its whitespace taken out, where `索 引 号` reads `索引号`: the pattern then
 * needs no `\s*` between a label's characters. V8 compiles a regular expression on its first run, and the spaced
 * form cost every one-file run 3-4 ms there (measured in a fresh process: fieldAtStart 3.4 ms → 0.3 ms, bareField
 * 1.3 ms → 0.2 ms). The two agree on a line that neither starts nor ends with whitespace: the spaced pattern allows
 * whitespace at every other place (after the bullet, around a bracket, between a label's characters, before the
 * colon). Callers pass trimmed lines; one that NFKC gave an edge space (`￣` → ` ̄`) is tested with the spaced form.
 */
interface FieldPattern {
  /** The pattern without whitespace, for the line without whitespace. */
  squeezed: RegExp
  /** The pattern as written for the line as it is, compiled only for a line with whitespace at an edge. */
  spacedSource: string
  spaced?: RegExp
}

export interface PageWords {
  /** A field label at the start of a cell: after a bullet, a `|` or an opening bracket, with spaces between its characters or not. */
  fieldAtStart: FieldPattern
  /** A field label followed by a colon or a closing bracket anywhere in the line. */
  fieldCell: RegExp
  /** A field label alone on its line (its value on the next line). */
  bareField: FieldPattern
  widgets: Set<string>
  /** The first code unit of every widget word. */
  widgetInitials: Set<string>
}

const cache = new WeakMap<PageWordEntry[], PageWords>()

/** `索引号` → `索\s*引\s*号`: CMS layouts space a label's characters to align a table (`索 引 号`). */
function spaced(word: string): string {
  return [...word].map(escapeRegExp).join('\\s*')
}

const BULLET_MARK = '[-•·*▪●◆■|]?'
const BULLET = `${BULLET_MARK}\\s*`

export function compilePageWords(entries: PageWordEntry[]): PageWords {
  let compiled = cache.get(entries)
  if (compiled) return compiled
  const fields = entries
    .filter((entry) => entry.kind === 'field')
    .flatMap((entry) => entry.words)
    .sort((a, b) => b.length - a.length)
  const widgets = entries.filter((entry) => entry.kind === 'widget').flatMap((entry) => entry.words)
  const field = `(?:${fields.map(spaced).join('|')})`
  const squeezedField = `(?:${fields.map(escapeRegExp).join('|')})`
  compiled = {
    fieldAtStart: {
      squeezed: new RegExp(`^${BULLET_MARK}(?:[[【]${squeezedField}[\\]】]|${squeezedField}(?:[:]|$))`, 'u'),
      spacedSource: `^${BULLET}(?:[[【]\\s*${field}\\s*[\\]】]|${field}\\s*(?:[:]|$))`,
    },
    fieldCell: new RegExp(`(?:^|[\\s|\\]】])(?:[[【]\\s*${field}\\s*[\\]】]|${field}\\s*:)`, 'gu'),
    bareField: {
      squeezed: new RegExp(`^${BULLET_MARK}[[【]?${squeezedField}[\\]】]?:?$`, 'u'),
      spacedSource: `^${BULLET}[[【]?\\s*${field}\\s*[\\]】]?\\s*:?$`,
    },
    widgets: new Set(widgets),
    widgetInitials: new Set(widgets.map((word) => word.charAt(0))),
  }
  cache.set(entries, compiled)
  return compiled
}

const WHITESPACE = /\s+/gu

/**
 * Whether the text starts or ends with whitespace (`\s`), read at its two ends: `/^\s|\s$/u` tried `\s$` at every
 * character of the line (measured on the corpus: 2.3 µs a report).
 */
function hasEdgeWhitespace(text: string): boolean {
  return text !== '' && (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1)))
}

/** Whether a field-label pattern matches the line (see FieldPattern). */
function matchesField(pattern: FieldPattern, text: string): boolean {
  if (hasEdgeWhitespace(text)) return (pattern.spaced ??= new RegExp(pattern.spacedSource, 'u')).test(text)
  return pattern.squeezed.test(text.replace(WHITESPACE, ''))
}

const SENTENCE_END = /[。！？；!?;]/u
/** What separates the words of a widget line. */
const WIDGET_SEPARATORS = '\\s|/·【】[\\]()<>:'
const WIDGET_SEPARATOR = new RegExp(`[${WIDGET_SEPARATORS}]`, 'u')
/** A word of a widget line: what lies between the separators. */
const WIDGET_TOKEN = new RegExp(`[^${WIDGET_SEPARATORS}]+`, 'gu')
// 2024-01-02, 2024/1/2 09:18, 2024年1月2日 09:18:00 on its own line. A date written 2024年3月8日 without a time is how a
// document dates itself (GB/T 9704 7.3.5: 成文日期, as under a cover letter), not a page stamp.
const DATE_STAMP = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?)$/u
const TIME_STAMP = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}/u
const VIEW_COUNT = /^(?:(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*:?\s*\d*\s*次?|\d+\s*(?:次浏览|次阅读|人阅读|人浏览|次))$/u

/** A line (NFKC, trimmed) that is no sentence: no full stop, question or exclamation mark, or semicolon. */
export function hasSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

/** A line of metadata cells is short; a paragraph is not scanned for them. */
const MAX_CELLS_LINE = 200

/** What kind of page chrome a line is by its form, or null. */
export function judgeLineForm(text: string, words: PageWords): string | null {
  if (matchesField(words.fieldAtStart, text)) return '网页元数据'
  // Two fields in one line (`来源:… 发布时间:…`, `[ 索引号 ] … [ 发文字号 ]`); a cell ends its label with : ] or 】.
  if (text.length <= MAX_CELLS_LINE && /[:\]】]/u.test(text)) {
    words.fieldCell.lastIndex = 0
    let cells = 0
    while (cells < 2 && words.fieldCell.exec(text)) cells++
    if (cells >= 2) return '网页元数据'
  }
  if (DATE_STAMP.test(text)) return '网页发布时间'
  if (VIEW_COUNT.test(text)) return '浏览次数'
  if (!hasSentence(text) && TIME_STAMP.test(text)) return '网页发布时间'
  return isWidgetLine(text, words) ? '页面工具栏' : null
}

/** A line made only of widget words (`打印 关闭`, `【大】【中】【小】`, `设为首页 | 无障碍 | 长者版`). */
export function isWidgetLine(text: string, words: PageWords): boolean {
  if (text.length > MAX_CELLS_LINE) return false
  // A line that starts with a word no widget word starts like fails on that word: told by its first character, before
  // the line is tokenised (most lines tested are headings and short paragraphs).
  const initial = text.charAt(0)
  if (!words.widgetInitials.has(initial) && !WIDGET_SEPARATOR.test(initial)) return false
  // Word by word, up to the first that is no widget's: most lines fail on their first, and are not split whole.
  let tokens = 0
  WIDGET_TOKEN.lastIndex = 0
  for (let token = WIDGET_TOKEN.exec(text); token !== null; token = WIDGET_TOKEN.exec(text)) {
    if (!words.widgets.has(token[0])) return false
    tokens++
  }
  return tokens > 0
}

/** A field label alone on its line: its value is on the next line. */
export function isBareField(text: string, words: PageWords): boolean {
  return matchesField(words.bareField, text)
}
