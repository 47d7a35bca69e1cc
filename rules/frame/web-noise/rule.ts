/**
 * Reports website residue around and inside a report: the report's frame (GB/T 9704 §7: title, addressee, body,
 * sign-off and date) is found first, and each line outside it is judged by its form; inside the body, only the
 * phrase catalogue counts. Consecutive chrome lines are one finding whose fix removes them all; chrome sharing a
 * line with the title or the body is reported and removed alone.
 */
import {defineRule, noOptions, type ReportDocument} from '@fzlint/core'
import {SUBJECT_THEN_GENRE, toSimplified} from '@fzlint/core/text'
import {noiseData} from './data.js'
import {compilePageWords, hasSentence, isBareField, isWidgetLine, judgeLineForm, type PageWords} from './page-lines.js'
import {pageWordsData} from './page-words-data.js'
import {compileNoisePatterns, findFirstHit} from './noise-patterns.js'

/** A metadata value (`政务公开`, `2024年02月28日 16:40:00`) is short and is no sentence. */
const MAX_VALUE_LENGTH = 60
const EXCERPT_LENGTH = 24
// GB/T 9704 7.2 版头 before the title belongs to the document: 份号, 密级, 紧急程度, 发文机关标志 (……文件), 发文字号, 签发人,
// and the 公开属性 a text copy carries (`主动公开    明府函〔2023〕79号`).
const DOCUMENT_HEAD = /[〔[]\d{4}[〕\]]\d+号$|^(?:主动公开|依申请公开|不予公开|密级|紧急程度|签发人|特急|加急)|文件$|^\d{6}$|^附件\s*\d*$/u
const BREADCRUMB_BROKEN = /(?:位置|首页)[^。]*[>»›]\s*$/u
// A line before the title that names the topic and the genre (SUBJECT_THEN_GENRE) may be a title the model did not
// take, or a browser's page title repeating it: it is reported, but never deleted by the fix.

// 版记 and 附注 after the date belong to it too.
const DOCUMENT_TAIL = /^(?:附件|抄送|印发|[（(]此件|注[:：])/u

interface SourceLine {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character (before the line break). */
  end: number
  /** Offset of the next line (past the line break), or `end` on the last line. */
  next: number
}

/** Where a line stands in the report's frame. */
type Region = 'before' | 'head' | 'body' | 'after'

interface Finding {
  index: number
  label: string
  range: [number, number]
  text: string
  /** Reported without a fix: the line may be report text (see SUBJECT_THEN_GENRE). */
  isUnfixable?: boolean
}

/** The report's lines as its locator found them (broken at `\r\n`, `\n` or `\r`): the text is not scanned again. */
function listLines(document: ReportDocument): SourceLine[] {
  const {locator, source} = document
  const lines: SourceLine[] = []
  for (let line = 1; line <= locator.lineCount; line++) {
    lines.push({start: locator.lineStart(line), end: locator.lineEnd(line), next: line < locator.lineCount ? locator.lineStart(line + 1) : source.length})
  }
  return lines
}

function lineOf(node: {position?: {start: {line: number}; end: {line: number}}} | undefined): [number, number] | null {
  return node?.position ? [node.position.start.line, node.position.end.line] : null
}

/**
 * Line numbers (1-based) that are never residue as a whole: the title, the numbered headings and the sign-off of the
 * report itself — even when a title equals a column name (法治政府建设年度报告). A flag per line number: every line is
 * looked up, and a plain array of booleans took a corpus report's lines in a third of a Set's time (a Uint8Array's
 * allocation cost more than the Set).
 */
function findProtectedLines(document: ReportDocument): boolean[] {
  const {lineCount} = document.locator
  const isProtected = new Array<boolean>(lineCount + 1).fill(false)
  const add = (node: Parameters<typeof lineOf>[0]) => {
    const position = node?.position
    if (position) for (let line = position.start.line; line <= Math.min(position.end.line, lineCount); line++) isProtected[line] = true
  }
  for (const node of document.title?.nodes ?? []) add(node)
  for (const section of document.allSections) if (section.numbering) add(section.heading)
  add(document.signoff?.issuer?.node)
  add(document.signoff?.date?.node)
  return isProtected
}

/**
 * The frame's lines: the title's first and last, where the body starts (the opening paragraph or the first
 * section, whichever comes first) and the sign-off date. Null when the text shows no report at all.
 */
function findFrame(document: ReportDocument): {titleFirst: number | null; titleLast: number | null; bodyStart: number; signoffDate: number | null} | null {
  const title = document.title
  const titleFirst = title ? lineOf(title.nodes[0])?.[0] ?? null : null
  const titleLast = title ? lineOf(title.nodes.at(-1))?.[1] ?? null : null
  const starts = [lineOf(document.opening?.node)?.[0], lineOf(document.topSections[0]?.heading)?.[0]].filter((line): line is number => line !== undefined && (titleLast === null || line > titleLast))
  const bodyStart = starts.length > 0 ? Math.min(...starts) : titleLast !== null ? titleLast + 1 : null
  if (bodyStart === null) return null
  const signoffDate = lineOf(document.signoff?.date?.node)?.[1] ?? null
  return {titleFirst, titleLast, bodyStart, signoffDate}
}

function regionOf(line: number, frame: ReturnType<typeof findFrame>): Region {
  if (!frame) return 'body'
  if (frame.titleFirst !== null && line < frame.titleFirst) return 'before'
  if (frame.titleFirst === null && line < frame.bodyStart) return 'before'
  if (line < frame.bodyStart) return 'head'
  if (frame.signoffDate !== null && line > frame.signoffDate) return 'after'
  return 'body'
}

/** The text's first EXCERPT_LENGTH characters (code points) and `…`, or the text when it is no longer; only those are read. */
function excerpt(text: string): string {
  let end = 0
  for (let count = 0; count < EXCERPT_LENGTH && end < text.length; count++) end += text.codePointAt(end)! > 0xffff ? 2 : 1
  return end < text.length ? `${text.slice(0, end)}…` : text
}

/**
 * Whether a line has two full stops or more, `。` or the half-width `｡` that NFKC turns into it (tested before the line
 * is normalised, which also turns the vertical form `︒` into `。`). The search stops at the second: prose has two
 * early, where counting searched every line to its end for each form.
 */
function hasTwoSentenceEnds(text: string): boolean {
  let count = 0
  for (let index = text.indexOf('。'); index !== -1 && count < 2; index = text.indexOf('。', index + 1)) count++
  for (let index = text.indexOf('｡'); index !== -1 && count < 2; index = text.indexOf('｡', index + 1)) count++
  return count >= 2
}

function hasFullStop(text: string): boolean {
  return text.includes('。') || text.includes('｡')
}

/** The NFKC form of a line with, for each of its offsets, the offset in the line as written. */
function normaliseWithOffsets(raw: string): {text: string; offsets: number[]} {
  let text = ''
  const offsets: number[] = []
  for (let index = 0; index < raw.length; ) {
    const code = raw.codePointAt(index)!
    const character = String.fromCodePoint(code)
    const normal = character.normalize('NFKC')
    for (let unit = 0; unit < normal.length; unit++) offsets.push(index)
    text += normal
    index += character.length
  }
  offsets.push(raw.length)
  return {text, offsets}
}

/** Joins whole-line findings separated only by blank lines into blocks. */
function groupBlocks(findings: Finding[], lines: SourceLine[], source: string): Finding[][] {
  const blocks: Finding[][] = []
  for (const finding of findings) {
    const block = blocks.at(-1)
    const previous = block?.at(-1)
    const isBlankBetween = previous !== undefined && lines.slice(previous.index + 1, finding.index).every((line) => source.slice(line.start, line.end).trim() === '')
    // A finding without a fix stands alone, so that a block's fix never takes it.
    if (block && isBlankBetween && !finding.isUnfixable && !previous.isUnfixable) block.push(finding)
    else blocks.push([finding])
  }
  return blocks
}

/** The whole lines from `first` to `last` with their line breaks; the last line has none, so it takes the break before the first. */
function deletionRange(lines: SourceLine[], first: number, last: number): [number, number] {
  const end = lines[last]!
  if (end.next > end.end || first === 0) return [lines[first]!.start, end.next]
  return [lines[first - 1]!.end, end.end]
}

export default defineRule({
  meta: {
    id: 'web-noise',
    type: 'problem',
    defaultSeverity: 'warn',
    recommended: true,
    fixable: true,
    docs: {
      description: '报告中不应夹带从网页复制来的导航、页脚、元数据等页面残留',
      basis: 'GB/T 9704-2012《党政机关公文格式》第7条：公文由版头、主体、版记组成，主体为标题、主送机关、正文、附件说明、发文机关署名、成文日期等要素，网页导航、页脚和信息公开元数据不属于公文',
    },
    messages: {
      noise: '网页残留（{label}）：“{text}”是从网站复制带入的页面内容，应删除此行；报告只由标题、主送机关、正文、署名和成文日期等公文要素组成（GB/T 9704-2012 第7条）',
      block:
        '网页残留（{label}）：自此行起共{count}行（“{text}”等）是从网站复制带入的页面内容，应一并删除；报告只由标题、主送机关、正文、署名和成文日期等公文要素组成（GB/T 9704-2012 第7条）',
      inline:
        '网页残留（{label}）：“{text}”与报告文字同在一行，是从网站复制带入的页面内容，应只删去这部分、保留报告文字；报告只由标题、主送机关、正文、署名和成文日期等公文要素组成（GB/T 9704-2012 第7条）',
    },
    options: noOptions,
  },
  create(context) {
    return {
      'report:exit'(document) {
        const patterns = compileNoisePatterns(context.data(noiseData))
        const words: PageWords = compilePageWords(context.data(pageWordsData))
        const protectedLines = findProtectedLines(document)
        // The addressee (`唐山市人民政府:`) is the document's, unless it is a field label the model took for one (`发布单位:`).
        const addresseeLine = lineOf(document.addressee?.node)?.[0]
        const frame = findFrame(document)
        const lines = listLines(document)
        // Label of a bare metadata field (`索引号` on its own line) whose value is expected on the next non-empty line.
        let pendingLabel: string | null = null
        const findings: Finding[] = []
        const partials: Finding[] = []
        for (const range of document.title?.pageChrome ?? []) {
          const text = context.source.slice(range[0], range[1]).trim()
          if (text === '') continue
          const label = /www\./iu.test(text) ? '转载网站水印' : /^[【[]/u.test(text) ? '栏目标签' : '网页元数据'
          partials.push({index: document.locator.toPoint(range[0]).line - 1, label, range, text})
        }
        // A loop, not lines.forEach: a callback would keep pendingLabel and the rest in a heap context, read and
        // written there on every line.
        for (let index = 0; index < lines.length; index++) {
          const line = lines[index]!
          const raw = context.source.slice(line.start, line.end)
          const text = raw.trim()
          if (text === '') continue
          if (protectedLines[index + 1] === true || text.startsWith('<!--')) {
            pendingLabel = null
            continue
          }
          const normal = text.normalize('NFKC')
          if (index + 1 === addresseeLine && !isBareField(normal, words)) {
            pendingLabel = null
            continue
          }
          const region = regionOf(index + 1, frame)
          // Prose (two full stops or more) is never page residue as a whole line, nor the value of a field.
          const isProse = hasTwoSentenceEnds(text)
          // In prose only residue injected into paragraphs is looked for (a watermark), and the line stays prose.
          const hit = findFirstHit(isProse ? patterns.inline : patterns.all, normal)
          // A watermark inside a paragraph: only the watermark goes, when what remains of the line is report text (it
          // has a full stop).
          if (hit?.entry.inline && hit.match[0].length < normal.length && hasFullStop(normal.slice(0, hit.match.index) + normal.slice(hit.match.index + hit.match[0].length))) {
            // Offsets in the line as written, mapped character by character (only for such a line: most lines have no hit).
            const mapped = normaliseWithOffsets(text)
            const {offsets} = mapped
            const contentStart = line.start + (raw.length - raw.trimStart().length)
            const start = contentStart + offsets[hit.match.index]!
            const end = contentStart + offsets[hit.match.index + hit.match[0].length]!
            if ((region === 'body' || region === 'head') && mapped.text === normal) {
              partials.push({index, label: hit.entry.label, range: [start, end], text: context.source.slice(start, end)})
              pendingLabel = null
              continue
            }
          }
          if (isProse) {
            pendingLabel = null
            continue
          }
          let label: string | null = hit?.entry.label ?? null
          const wasPending = pendingLabel
          pendingLabel = null
          if (label === null && region !== 'body') label = judgeLineForm(normal, words)
          // Inside the body only a line of widget words counts by its form.
          if (label === null && region === 'body' && isWidgetLine(normal, words)) label = '页面工具栏'
          if (label !== null && (hit?.entry.valueOnNextLine || isBareField(normal, words))) pendingLabel = `${label}“${normal.replace(/\s*:$/u, '')}”的取值`
          // A breadcrumb broken after its separator (`您所在的位置:首页 > 政务公开 >`) goes on on the next line.
          else if (label !== null && BREADCRUMB_BROKEN.test(normal)) pendingLabel = `${label}（续行）`
          if (label === null && wasPending !== null && [...normal].length <= MAX_VALUE_LENGTH && !hasSentence(normal)) label = wasPending
          // Before the title, a line with no sentence in it is page chrome (a site banner, a channel name or tab, a
          // breadcrumb's second line), unless it is part of the document's own 版头.
          let isUnfixable = false
          if (label === null && region === 'before' && !hasSentence(normal) && !DOCUMENT_HEAD.test(normal)) {
            label = '标题前的页面内容'
            isUnfixable = SUBJECT_THEN_GENRE.test(toSimplified(normal))
          }
          if (label === null) continue
          const contentStart = line.start + (raw.length - raw.trimStart().length)
          findings.push({index, label, range: [contentStart, contentStart + text.length], text, isUnfixable})
        }
        for (const block of groupBlocks(findings, lines, context.source)) {
          const first = block[0]!
          const last = block.at(-1)!
          // A value's label (`网页元数据表“索引号”的取值`) names its field; a block names the kinds once.
          const labels = [...new Set(block.map((finding) => (block.length > 1 ? finding.label.replace(/“[^”]*”的取值$/u, '') : finding.label)))].join('、')
          const fix = first.isUnfixable ? undefined : {range: deletionRange(lines, first.index, last.index), text: ''}
          const range: [number, number] = [first.range[0], last.range[1]]
          if (block.length === 1) {
            context.report({messageId: 'noise', range, data: {label: labels, text: excerpt(first.text), line: first.index + 1, lines: [first.index + 1]}, fix})
          } else {
            const numbers = block.map((finding) => finding.index + 1)
            context.report({
              messageId: 'block',
              range,
              data: {label: labels, text: excerpt(first.text), from: first.index + 1, to: last.index + 1, count: block.length, line: first.index + 1, lines: numbers},
              fix,
            })
          }
        }
        for (const partial of partials) {
          context.report({messageId: 'inline', range: partial.range, data: {label: partial.label, text: excerpt(partial.text), line: partial.index + 1, lines: [partial.index + 1]}, fix: {range: partial.range, text: ''}})
        }
      },
    }
  },
})
