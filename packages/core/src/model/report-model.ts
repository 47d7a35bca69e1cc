/**
 * The report model: a typed view over the tree that every rule shares — title, addressee, the
 * top-level sections classified by the regulation's content list, the sign-off and the report year.
 */
import type {Heading, Root, RootContent} from 'mdast'
import type {Numbering} from '../parse/numbering.js'
import {sectionsData, type SectionEntry, type SectionKind} from '../data/sections.js'
import type {Locator} from '../text/locator.js'
import {findYears} from '../text/years.js'
import {findDates, mayHoldDate, parseDateLine, type DateMention} from '../text/dates.js'
import {maskQuotedNames} from '../text/quoted-names.js'
import {toSimplified} from '../text/simplified.js'
import {NFKC_INERT_RANGES, outsideRanges, toNfkc} from '../text/nfkc.js'
import {joinPatterns} from '../text/join-patterns.js'
import {GENRE_AT_END, TITLE_WORDING, WHOLE_TITLE_TOPIC} from '../text/title-wording.js'
import {findTitlePart, isNeverTitle, scoreTitle} from './title-candidates.js'
import '../parse/mdast-data.js'

export interface Section {
  heading: Heading
  /** 1 for the top level of this report, whatever its ordinals. */
  level: number
  /** Heading text without ordinal and closing punctuation. */
  title: string
  numbering: Numbering | undefined
  /** Which required part a top-level section is; null for lower headings. */
  kind: SectionKind | null
  parent: Section | null
  children: Section[]
  /** Non-heading nodes directly under this heading, before its first sub-heading. */
  content: RootContent[]
  /** Source offsets: from the heading's first character to where the next heading of the same or a higher level starts. */
  start: number
  end: number
}

export interface TextLine {
  text: string
  node: RootContent
}

export interface Signoff {
  /** 发文机关署名, when a line before the date names the issuing body. */
  issuer: TextLine | null
  /** 成文日期. */
  date: (TextLine & {value: DateMention}) | null
}

/** The publication date a web page's header gives (`发文日期`, `发布时间:`, `时间: 2021-03-08`). */
export interface Publication extends TextLine {
  value: DateMention
  /** The label as written (`发文日期`, `时间`), or '' for a bare page timestamp (`www.dg.gov.cn  2019-01-24 15:36  来源:`). */
  label: string
  /** Source offsets of the date as written. */
  range: [number, number]
}

/** The title: its text joined across the lines it is broken over (GB/T 9704 7.3.1 回行), `node` its first line. */
export interface Title extends TextLine {
  /** Every line of the title, in order (`node` is the first). */
  nodes: RootContent[]
  /**
   * Source ranges on the title's lines that are page chrome sharing them: a reposting site's watermark before the
   * title, page metadata after it (`……情况报告 信息来源: 发布时间:2024-01-02`). The title's text leaves them out.
   */
  pageChrome: [number, number][]
}

export interface ReportDocument {
  tree: Root
  source: string
  locator: Locator
  title: Title | null
  addressee: TextLine | null
  /** The first body paragraph (开头段), before the first section. */
  opening: TextLine | null
  /** Nodes before the first top-level section. */
  preamble: RootContent[]
  /** The top-level sections (一、二、…) in order; the lower ones are their `children`. */
  topSections: Section[]
  /** Every section at every level (one per heading after the title), in document order: what the `section` visitor walks. */
  allSections: Section[]
  signoff: Signoff | null
  /** Publication date from the page header, when the text was copied from a website. */
  publication: Publication | null
  year: number | null
  yearSource: 'config' | 'title' | 'opening' | 'headings' | null
  /** The line classification data the model used (built-in merged with configuration). */
  sectionEntries: SectionEntry[]
}

export interface BuildReportOptions {
  /** Overrides year detection (`reportYear` in configuration). */
  reportYear?: number
  /** Extra section entries from configuration (`data.sections`). */
  sectionExtensions?: unknown[]
}

/** Plain text of a node (text and inline code values joined). */
export function nodeText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value
  if (!('children' in node)) return ''
  // Concatenated in a loop, not map(nodeText).join(''): TurboFan's inlined map() returns a holey array where the
  // interpreter's is packed, so the join() after it, typed by the interpreter's runs, met an array of another map
  // once optimised and deoptimised ("wrong map") — and with it buildReport, which inlines this and took 60-70 ms of
  // TurboFan time per compile (V8 --trace-deopt on 10,000 reports).
  let text = ''
  for (const child of node.children as RootContent[]) text += nodeText(child)
  return text
}

const SENTENCE_PUNCTUATION = /[。，,；;！!？?]/u
const CLAUSE_PUNCTUATION = /[。，,；;：:！!？?]/u
// Page titles of websites (`…报告_法治政府建设情况报告_东莞市人民政府门户网站`) and site chrome are not the report's title.
const SITE_CHROME = /[_|｜>＞]|网站|网页|门户|位置|首页|欢迎/u
const ADDRESSEE = /^[^，。,；;\s]{2,60}[：:]$/u
const CLOSING_FORMULA = /^(特此|专此|以上)(报告|汇报)/u
const ISSUER_SUFFIX = /(政府|委员会|委|局|办公室|办|街道|街道办事处|镇|乡|院|厅|处|中心|部|所|站|队|党组|署|会)$/u
// Where the seal goes, noted in a text copy of the signed original: 某某区司法局（盖章）.
const SEAL_NOTE = /\s*[（(](?:盖章|印章|公章|签章|章)[）)]$/u
/** Lines longer than this are body text, not a title, addressee or sign-off line. */
const SHORT_LINE = 80
const MAX_SIGNOFF_LINES = 8
// The issuer and the date on one line, white space between them.
const INLINE_SIGNOFF = /^(\S.*?\S)\s{1,}(\S+)$/u
const INLINE_SIGNOFF_SPACE = /\s/u

function isShortLine(text: string): boolean {
  return text.length > 0 && text.length <= SHORT_LINE
}

/** A preamble line as a title candidate: its text without the page chrome sharing the line. */
interface TitleLine extends TextLine {
  /** The line's whole text, chrome included. */
  lineText: string
  /** Offset of the title part in the line's text. */
  partStart: number
}

function toTitleLines(preamble: TextLine[]): TitleLine[] {
  // Pushed, not map()ped: an optimised map() returns a holey array and the interpreter's a packed one, and code typed
  // by one deoptimised on the other ("wrong map", see nodeText). The same holds for the title's nodes below.
  const lines: TitleLine[] = []
  for (const line of preamble) {
    const {start, end} = findTitlePart(line.text)
    // Written out, not spread: the spread took V8's slow path, a fifth of building the report model (TIMING=1).
    lines.push({text: line.text.slice(start, end), node: line.node, lineText: line.text, partStart: start})
  }
  return lines
}

/**
 * The title among the short lines before the body: every line worded as a title is a candidate, joined with the
 * lines it continues, and the first whose wording names nearly as much as the best one (issuing body, year,
 * 法治政府建设, 报告) wins — a page may repeat the title as its heading, while a channel name or a metadata value
 * (`[体裁分类] 工作报告`) is never a title.
 */
function findTitle(preamble: TitleLine[]): TextLine | null {
  const candidates: {line: TitleLine; score: number}[] = []
  for (const [index, line] of preamble.entries()) {
    if (!isShortLine(line.text)) break
    if (line.node.type === 'heading' && !line.node.data?.numbering) return line
    const simple = toSimplified(line.text)
    // The wording first: most short lines have none (addressee, page chrome), and the tests after it only exclude.
    if (simple.length < 6 || !TITLE_WORDING.test(simple)) continue
    if (isNeverTitle(line.lineText.slice(line.partStart)) || CLAUSE_PUNCTUATION.test(simple) || SITE_CHROME.test(simple)) continue
    candidates.push({line, score: scoreTitle(joinTitleLines(preamble, index).text)})
  }
  const best = Math.max(...candidates.map((candidate) => candidate.score))
  return candidates.find((candidate) => candidate.score >= best - 1)?.line ?? null
}

// A title broken over lines (GB/T 9704 7.3.1: 回行): `某某区人民政府` / `关于2023年度法治政府建设情况的报告`, or
// `…关于2023年度法治政府` / `建设情况的报告`. Its lines are short and carry no clause punctuation; a title runs to
// three lines at most.
const TITLE_CONTINUATION_MAX = 40
const TITLE_MAX_LINES = 3

function isTitleContinuation(line: TextLine | undefined): line is TextLine {
  return line !== undefined && line.text.length <= TITLE_CONTINUATION_MAX && !CLAUSE_PUNCTUATION.test(line.text) && !SITE_CHROME.test(line.text) && line.node.type !== 'heading'
}

/**
 * The title line with the lines it continues: lines after it until it ends in 报告/总结/汇报, then the issuing
 * body on the line before a title that starts with 关于, or lines before it that bring the year or topic it lacks.
 */
function joinTitleLines(lines: TextLine[], index: number): Title {
  let first = index
  let last = index
  const text = () => {
    let joined = ''
    for (let at = first; at <= last; at++) joined += lines[at]!.text
    return joined
  }
  const hasRoom = () => last - first + 1 < TITLE_MAX_LINES
  while (!GENRE_AT_END.test(text()) && hasRoom() && isTitleContinuation(lines[last + 1])) {
    // Only toward a line that ends the title; otherwise the next line is the body, not the rest of the title.
    if (!lines.slice(last + 1, first + TITLE_MAX_LINES).some((line) => GENRE_AT_END.test(line.text))) break
    last++
  }
  while (hasRoom() && isTitleContinuation(lines[first - 1])) {
    const current = text()
    if (current.startsWith('关于') && ISSUER_SUFFIX.test(lines[first - 1]!.text)) {
      first--
      break
    }
    // Otherwise a line before belongs to the title only when it brings the year or the topic the title lacks.
    const merged = lines[first - 1]!.text + current
    const bringsYear = findYears(current).length === 0 && findYears(merged).length > 0
    const bringsTopic = !WHOLE_TITLE_TOPIC.test(current) && WHOLE_TITLE_TOPIC.test(merged)
    if (!bringsYear && !bringsTopic) break
    first--
  }
  const nodes: RootContent[] = []
  for (let at = first; at <= last; at++) nodes.push(lines[at]!.node)
  return {text: text(), node: nodes[0]!, nodes, pageChrome: []}
}

/** The source ranges of the chrome sharing the title's lines (see Title.pageChrome). */
function findTitleChrome(title: Title, lines: TitleLine[], source: string): [number, number][] {
  const ranges: [number, number][] = []
  for (const node of title.nodes) {
    const line = lines.find((candidate) => candidate.node === node)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (!line || start === undefined || end === undefined || line.text === line.lineText) continue
    const at = start + source.slice(start, end).indexOf(line.lineText)
    if (line.partStart > 0) ranges.push([at, at + line.partStart])
    const partEnd = line.partStart + line.text.length
    // Metadata after the title is chrome; a paragraph fused to the title is the body and stays.
    if (partEnd < line.lineText.length && /^\s/u.test(line.lineText.slice(partEnd))) ranges.push([at + partEnd, at + line.lineText.length])
  }
  return ranges
}

function findAddressee(preamble: TextLine[]): TextLine | null {
  for (const line of preamble) {
    if (!isShortLine(line.text)) return null
    if (ADDRESSEE.test(line.text) && !SITE_CHROME.test(line.text)) return line
  }
  return null
}

function findOpening(preamble: TextLine[]): TextLine | null {
  return preamble.find((line) => line.node.type === 'paragraph' && !isShortLine(line.text)) ?? null
}

function findSignoff(nodes: RootContent[]): Signoff | null {
  const lines: TextLine[] = []
  for (let index = nodes.length - 1; index >= 0 && lines.length < MAX_SIGNOFF_LINES; index--) {
    const node = nodes[index]!
    if (node.type === 'html') continue
    const text = nodeText(node).trim()
    if (text === '') continue
    if (node.type === 'heading' || (!isShortLine(text) && SENTENCE_PUNCTUATION.test(text))) break
    lines.push({text, node})
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const value = parseDateLine(line.text)
    if (!value) {
      // `佛山市高明区人民政府  2023年12月19日` on one line. Only a line with white space and a date can be one (most
      // have neither, and the pattern backtracks through a long line of page chrome).
      const inline = INLINE_SIGNOFF_SPACE.test(line.text) && mayHoldDate(line.text) ? INLINE_SIGNOFF.exec(line.text) : null
      const inlineValue = inline && ISSUER_SUFFIX.test(inline[1]!) ? parseDateLine(inline[2]!) : null
      if (inline && inlineValue) return {issuer: {text: inline[1]!, node: line.node}, date: {text: line.text, node: line.node, value: inlineValue}}
      continue
    }
    const date = {text: line.text, node: line.node, value}
    const above = lines[index + 1]
    // The issuer is the organ's name; a seal note after it is not part of it.
    const previous = above && {text: above.text.replace(SEAL_NOTE, ''), node: above.node}
    const isIssuer =
      previous !== undefined &&
      previous.text.length <= 40 &&
      !CLAUSE_PUNCTUATION.test(previous.text) &&
      !CLOSING_FORMULA.test(previous.text) &&
      ISSUER_SUFFIX.test(previous.text.replace(/\s+/gu, ''))
    return {issuer: isIssuer ? previous : null, date}
  }
  return null
}

// `发文日期` and `发布时间` are publication labels with or without a colon; a bare `时间`/`日期` needs one, and
// 成文日期 (the document's own date), 施行日期 and the like are not publication.
// A label in brackets (`[ 发布日期 ] 2026-02-10`, `【发布时间】`) is followed by its closing bracket.
const PUBLICATION_LABEL = /((?:发文|发布|公开|发表|发稿|更新|上网)(?:日期|时间)|(?<!成文|印发|施行|生效|有效|实施|截止|办结|会议)(?:时间|日期)(?=\s*[:：]))\s*[:：\]】]?\s*/gu
// A page timestamp without a label (dongguan-2018: `中国东莞政府门户网站 www.dg.gov.cn  2019-01-24 15:36  来源: 东莞市司法局`):
// a date with a time of day on a line of page chrome.
const PAGE_CHROME = /来源|发布|浏览|作者|编辑|www\.|网站|网/u

/** Source offsets of `text` inside a node's span of the source. */
function findRangeInNode(source: string, node: RootContent, text: string, fromIndex = 0): [number, number] | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return null
  const at = source.slice(start, end).indexOf(text, fromIndex)
  return at === -1 ? null : [start + at, start + at + text.length]
}

/**
 * The publication on a line. Its properties written out, not spread from the line (a TextLine has only these two):
 * a spread with properties after it takes V8's slow path, and the CPU profile of parseReport put a third of
 * findStampedPublication's own time on its return statements.
 */
function makePublication(line: TextLine, value: DateMention, label: string, range: [number, number]): Publication {
  return {text: line.text, node: line.node, value, label, range}
}

// A date a page shows that is not its publication: the site's clock (`今天是:2019年10月31日 星期三`) and the
// document's own dates (成文日期, 印发, 施行).
const NOT_PUBLICATION = /星期|今天|农历|成文|印发|施行|生效|有效期|截止|废止/u

/**
 * The page's publication date: a labelled date (发布时间, 发文日期…), else a page timestamp with a time of day, else
 * any date in the page chrome before the body (`2024-03-28` alone under the title), the site's clock and the
 * document's own dates excepted. `chromeEnd` is the index of the first body line (opening paragraph or heading).
 */
function findPublication(lines: TextLine[], source: string, chromeEnd = lines.length): Publication | null {
  const labelled = findStampedPublication(lines, source)
  if (labelled) return labelled
  for (const line of lines.slice(0, chromeEnd)) {
    if (!isShortLine(line.text) || line.node.type === 'heading' || NOT_PUBLICATION.test(line.text)) continue
    const [date] = findDates(line.text)
    const range = date ? findRangeInNode(source, line.node, date.text) : null
    if (date && range) return makePublication(line, date, '', range)
  }
  return null
}

function findStampedPublication(lines: TextLine[], source: string): Publication | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (!isShortLine(line.text)) continue
    PUBLICATION_LABEL.lastIndex = 0
    // exec() rather than matchAll(), which clones the pattern for each of the many short lines; and only on a line
    // with 时间 or 日期, which every label has.
    const mayHaveLabel = line.text.includes('时间') || line.text.includes('日期')
    for (let label = mayHaveLabel ? PUBLICATION_LABEL.exec(line.text) : null; label; label = PUBLICATION_LABEL.exec(line.text)) {
      const after = label.index! + label[0].length
      const [date] = findDates(line.text.slice(after))
      if (date && date.index === 0) {
        const range = findRangeInNode(source, line.node, date.text, after)
        if (range) return makePublication(line, {...date, index: date.index + after}, label[1]!, range)
      }
      // fangxian-2023: `发文日期` alone on a line, the date on the next.
      if (after === line.text.length && lines[index + 1]) {
        const next = lines[index + 1]!
        const value = parseDateLine(next.text)
        const range = value ? findRangeInNode(source, next.node, value.text) : null
        if (value && range) return makePublication(next, value, label[1]!, range)
      }
    }
    // A page timestamp has a time of day, written with a colon (dates.ts TIME_AFTER): most chrome lines have none,
    // and finding every date on them only to keep none took a third of this search.
    const mayHaveTime = line.text.includes(':') || line.text.includes('：')
    if (mayHaveTime && PAGE_CHROME.test(line.text)) {
      const stamped = findDates(line.text).find((date) => date.time !== undefined)
      const range = stamped ? findRangeInNode(source, line.node, stamped.text) : null
      if (stamped && range) return makePublication(line, stamped, '', range)
    }
  }
  return null
}

/**
 * The year a passage at `offset` reports on: the report year, except in the plans section (下一年度安排),
 * which speaks of the year after (yicheng-2020 plans its “八五”普法 for 2021). Null when the year is unknown.
 */
export function findReferenceYear(report: ReportDocument, offset: number): {year: number; isPlans: boolean} | null {
  if (report.year === null) return null
  const section = findSectionHolding(report.topSections, offset)
  const isPlans = section?.kind === 'plans'
  const [reportYear, plansYear] = findReferenceYears(report.year)
  return {year: isPlans ? plansYear : reportYear, isPlans}
}

/** Every year findReferenceYear can give for a report of `reportYear`: the year itself, and the plans' year after it. */
export function findReferenceYears(reportYear: number): [reportYear: number, plansYear: number] {
  return [reportYear, reportYear + 1]
}

function compilePatterns(patterns: string[] | undefined): RegExp[] {
  return (patterns ?? []).map((pattern) => new RegExp(pattern, 'u'))
}

interface CompiledEntry {
  kind: SectionKind
  patterns: RegExp[]
  nestedPatterns: RegExp[]
  /**
   * The patterns, and the nested ones, each list as one alternation (null when it cannot be joined, see joinPatterns):
   * one test per entry instead of one per pattern (measured on the top-level titles of the corpus and page fixtures:
   * 480 → 150 ns a title).
   */
  anyPattern: RegExp | null
  anyNestedPattern: RegExp | null
}

interface CompiledEntries {
  entries: CompiledEntry[]
  /**
   * Every entry's nested patterns as one alternation (null when they cannot be joined): most lower headings cover no
   * part, and one scan tells them apart where a scan per pattern did.
   */
  anyNested: RegExp | null
}

const compiledCache = new WeakMap<SectionEntry[], CompiledEntries>()

function compileEntries(entries: SectionEntry[]): CompiledEntries {
  let compiled = compiledCache.get(entries)
  if (!compiled) {
    compiled = {
      entries: entries.map((entry) => ({
        kind: entry.kind,
        patterns: compilePatterns(entry.patterns),
        nestedPatterns: compilePatterns(entry.nestedPatterns),
        anyPattern: joinPatterns(entry.patterns ?? [], 'u'),
        anyNestedPattern: joinPatterns(entry.nestedPatterns ?? [], 'u'),
      })),
      anyNested: joinPatterns(
        entries.flatMap((entry) => entry.nestedPatterns ?? []),
        'u',
      ),
    }
    compiledCache.set(entries, compiled)
  }
  return compiled
}

export function compileSectionEntries(entries: SectionEntry[]): CompiledEntry[] {
  return compileEntries(entries).entries
}

/** `ranges` (ascending, as NFKC_INERT_RANGES) without the code points of `removed` (ascending, each inside one range). */
function cutRanges(ranges: readonly (readonly [number, number])[], removed: readonly (readonly [number, number])[]): [number, number][] {
  const kept: [number, number][] = []
  for (const [first, last] of ranges) {
    let from = first
    for (const [start, end] of removed) {
      if (start < from || end > last) continue
      if (start > from) kept.push([from, start - 1])
      from = end + 1
    }
    if (from <= last) kept.push([from, last])
  }
  return kept
}

/**
 * The white space of NFKC_INERT_RANGES: tab to carriage return, and the space. Every other code point `\s` matches
 * (U+00A0, U+3000, …) lies outside those ranges (the tests normalise every code unit both ways).
 */
const INERT_SPACES = [
  [0x09, 0x0d],
  [0x20, 0x20],
] as const
/**
 * A code unit normaliseTitle may change or remove: one outside NFKC_INERT_RANGES (toNfkc normalises the title) or
 * white space. A title without one is its own normal form.
 */
const MAY_CHANGE_TITLE = outsideRanges(cutRanges(NFKC_INERT_RANGES, INERT_SPACES))

// Every heading of the corpus reports is ideographs and punctuation NFKC leaves alone, without white space: one test
// tells such a heading apart, where toNfkc's test and the white space replace took 47 + 73 ns on the corpus lower
// headings, against 50 for the test (headings are classified for every report, and their sub-headings again by each
// rule that looks for a part among them).
export function normaliseTitle(title: string): string {
  return MAY_CHANGE_TITLE.test(title) ? toNfkc(title).replace(/\s+/gu, '') : title
}

/** Whether one of `patterns` matches `text`: by their alternation `any` when there is one. */
function matchesAny(patterns: RegExp[], any: RegExp | null, text: string): boolean {
  if (any !== null) return any.test(text)
  for (const pattern of patterns) if (pattern.test(text)) return true
  return false
}

/** The required part a top-level heading names, or null. Entries earlier in the data win. */
export function classifySectionTitle(title: string, entries: SectionEntry[]): SectionKind | null {
  const normal = normaliseTitle(title)
  for (const entry of compileSectionEntries(entries)) {
    if (matchesAny(entry.patterns, entry.anyPattern, normal)) return entry.kind
  }
  return null
}

/** The required parts a lower-level heading covers (`2.压实法治政府建设第一责任。` covers duty). */
export function findKindsCoveredByHeading(title: string, entries: SectionEntry[]): SectionKind[] {
  const normal = normaliseTitle(title)
  const compiled = compileEntries(entries)
  const kinds: SectionKind[] = []
  if (compiled.anyNested !== null && !compiled.anyNested.test(normal)) return kinds
  for (const entry of compiled.entries) {
    if (matchesAny(entry.nestedPatterns, entry.anyNestedPattern, normal)) kinds.push(entry.kind)
  }
  return kinds
}

function mostFrequent(values: number[]): number | null {
  const counts = new Map<number, number>()
  let best: number | null = null
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1
    counts.set(value, count)
    if (best === null || count > counts.get(best)!) best = value
  }
  return best
}

/**
 * The report's title when it is written as a heading (Markdown `# 标题`, or a Word paragraph styled as a heading):
 * the first heading, un-numbered, either leading the document or, after web-page residue, worded as a report
 * title (`…工作报告`) with no title line before it.
 */
function findTitleHeading(nodes: RootContent[]): Heading | null {
  const first = nodes.findIndex((node) => node.type === 'heading')
  if (first === -1) return null
  const heading = nodes[first] as Heading
  if (heading.data?.numbering) return null
  const before = nodes.slice(0, first).filter((node) => node.type !== 'html')
  if (before.length === 0) return heading
  const text = nodeText(heading).trim()
  const looksLikeTitle = (line: string) => isShortLine(line) && line.length >= 6 && !CLAUSE_PUNCTUATION.test(line) && !SITE_CHROME.test(line) && TITLE_WORDING.test(line)
  const hasTitleLineBefore = before.some((node) => looksLikeTitle(nodeText(node).trim()))
  return !hasTitleLineBefore && looksLikeTitle(text) && GENRE_AT_END.test(text) ? heading : null
}

/**
 * The year the report is on, and where it was found: configuration, else the title, else the opening paragraph, else
 * the year its top-level headings name most. Each source is read only when those before it give none.
 */
function findReportYear(
  reportYear: number | undefined,
  title: Title | null,
  opening: TextLine | null,
  topSections: Section[],
): Pick<ReportDocument, 'year' | 'yearSource'> {
  if (reportYear !== undefined) return {year: reportYear, yearSource: 'config'}
  // A year span inside a cited document name (《……纲要(2023—2027年)》) is not the report's year.
  const titleYear = title ? findYears(maskQuotedNames(title.text))[0] : undefined
  if (titleYear) return {year: titleYear.value, yearSource: 'title'}
  const openingYear = opening ? findYears(maskQuotedNames(opening.text))[0] : undefined
  if (openingYear) return {year: openingYear.value, yearSource: 'opening'}
  const headingYear = mostFrequent(topSections.flatMap((section) => findYears(section.title).map((mention) => mention.value)))
  return headingYear === null ? {year: null, yearSource: null} : {year: headingYear, yearSource: 'headings'}
}

export function buildReport(tree: Root, source: string, locator: Locator, options: BuildReportOptions = {}): ReportDocument {
  const sectionEntries = sectionsData.load(options.sectionExtensions)
  const nodes = tree.children
  // Section levels count from the shallowest heading: numbered ones, and un-numbered ones that a Word style or a
  // Markdown `#` makes headings (a .docx may style its top level and type `（一）` below it). The title is no level.
  const titleHeading = findTitleHeading(nodes)
  const headingNodes = nodes.filter((node): node is Heading => node.type === 'heading' && node !== titleHeading)
  let topLevel = 6
  for (const node of headingNodes) topLevel = Math.min(topLevel, node.depth)

  // The title is never a section, even when written as a heading; what precedes the first top-level section is
  // the preamble (title, addressee, opening paragraph).
  const preambleEnd = nodes.findIndex((node) => node.type === 'heading' && node !== titleHeading && node.depth === topLevel)
  const preambleNodes = preambleEnd === -1 ? nodes.filter((node) => node.type !== 'heading') : nodes.slice(0, preambleEnd)
  const preambleLines: TextLine[] = []
  for (const node of preambleNodes) {
    const text = node.type === 'html' ? '' : nodeText(node).trim()
    if (text !== '') preambleLines.push({text, node})
  }
  const titleLines = toTitleLines(preambleLines)
  const titleLine = findTitle(titleLines)
  const title = titleLine ? joinTitleLines(titleLines, titleLines.indexOf(titleLine as TitleLine)) : null
  if (title) title.pageChrome = findTitleChrome(title, titleLines, source)
  const afterTitle = title ? preambleLines.slice(preambleLines.findIndex((line) => line.node === title.nodes.at(-1)) + 1) : preambleLines
  const addressee = findAddressee(afterTitle)
  const opening = findOpening(preambleLines)

  const allSections: Section[] = []
  const topSections: Section[] = []
  const stack: Section[] = []
  let current: Section | null = null
  const startIndex = preambleEnd === -1 ? nodes.length : preambleEnd
  for (let index = startIndex; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type === 'heading' && node !== title?.node) {
      const level = Math.max(1, node.depth - topLevel + 1)
      // A section ends where the next heading of its level or above starts; those still open end with the text.
      while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop()!.end = node.position!.start.offset!
      const parent = stack.at(-1) ?? null
      const section: Section = {
        heading: node,
        level,
        title: node.data?.title ?? nodeText(node).trim(),
        numbering: node.data?.numbering,
        kind: null,
        parent,
        children: [],
        content: [],
        start: node.position!.start.offset!,
        end: source.length,
      }
      if (parent) parent.children.push(section)
      else topSections.push(section)
      allSections.push(section)
      stack.push(section)
      current = section
    } else if (current) {
      current.content.push(node)
    }
  }

  for (const section of topSections) section.kind = classifySectionTitle(section.title, sectionEntries)
  // Reports that split their measures into topical top-level sections (一、坚持党的领导……) before the
  // shortcomings: those sections are the measures part.
  if (!topSections.some((section) => section.kind === 'measures')) {
    for (const section of topSections) {
      if (section.kind !== null) break
      section.kind = 'measures'
    }
  }

  const signoff = findSignoff(nodes)
  const openingIndex = opening ? preambleLines.indexOf(opening) : -1
  const publication = findPublication(preambleLines, source, openingIndex === -1 ? preambleLines.length : openingIndex)

  const {year, yearSource} = findReportYear(options.reportYear, title, opening, topSections)

  return {
    tree,
    source,
    locator,
    title,
    addressee,
    opening,
    preamble: preambleNodes,
    topSections,
    allSections,
    signoff,
    publication,
    year,
    yearSource,
    sectionEntries,
  }
}

/**
 * The section of `siblings` whose range holds `offset`. Siblings follow one another without overlapping, so a binary
 * search finds it: rules ask this of every date and year, and a scan of every section made them quadratic.
 */
function findSectionHolding(siblings: Section[], offset: number): Section | undefined {
  let low = 0
  let high = siblings.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (siblings[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  const candidate = siblings[low - 1]
  return candidate !== undefined && offset < candidate.end ? candidate : undefined
}

/** The deepest section whose range holds `offset`. */
export function findSectionAt(report: ReportDocument, offset: number): Section | undefined {
  let found: Section | undefined
  let candidates = report.topSections
  for (;;) {
    const hit = findSectionHolding(candidates, offset)
    if (!hit) return found
    found = hit
    candidates = hit.children
  }
}

/** The top-level section a section belongs to. */
export function findTopSection(section: Section): Section {
  let top = section
  while (top.parent) top = top.parent
  return top
}
