/**
 * Judging a line of a web page by its form: a field of a metadata table in any CMS layout, a line of widget words,
 * a date stamp or a view count. Used for the lines outside the report's frame, where no phrase list can be complete.
 */
import type {PageWordEntry} from './page-words-data.js'

export interface PageWords {
  /** A field label at the start of a cell: after a bullet, a `|` or an opening bracket, with spaces between its characters or not. */
  fieldAtStart: RegExp
  /** A field label followed by a colon or a closing bracket anywhere in the line. */
  fieldCell: RegExp
  /** A field label alone on its line (its value on the next line). */
  bareField: RegExp
  widgets: Set<string>
}

const cache = new WeakMap<PageWordEntry[], PageWords>()

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** `索引号` → `索\s*引\s*号`: CMS layouts space a label's characters to align a table (`索 引 号`). */
function spaced(word: string): string {
  return [...word].map(escape).join('\\s*')
}

const BULLET = '[-•·*▪●◆■|]?\\s*'

export function compilePageWords(entries: PageWordEntry[]): PageWords {
  let compiled = cache.get(entries)
  if (compiled) return compiled
  const fields = entries
    .filter((entry) => entry.kind === 'field')
    .flatMap((entry) => entry.words)
    .sort((a, b) => b.length - a.length)
  const field = `(?:${fields.map(spaced).join('|')})`
  compiled = {
    fieldAtStart: new RegExp(`^${BULLET}(?:[[【]\\s*${field}\\s*[\\]】]|${field}\\s*(?:[:]|$))`, 'u'),
    fieldCell: new RegExp(`(?:^|[\\s|\\]】])(?:[[【]\\s*${field}\\s*[\\]】]|${field}\\s*:)`, 'gu'),
    bareField: new RegExp(`^${BULLET}[[【]?\\s*${field}\\s*[\\]】]?\\s*:?$`, 'u'),
    widgets: new Set(entries.filter((entry) => entry.kind === 'widget').flatMap((entry) => entry.words)),
  }
  cache.set(entries, compiled)
  return compiled
}

const SENTENCE_END = /[。！？；!?;]/u
/** A word of a widget line: what lies between the separators `[\s|/·【】[\]()<>:]`. */
const WIDGET_TOKEN = /[^\s|/·【】[\]()<>:]+/gu
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
  if (words.fieldAtStart.test(text)) return '网页元数据'
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
  return words.bareField.test(text)
}
