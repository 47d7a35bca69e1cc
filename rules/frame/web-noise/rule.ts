/** Reports lines of website residue (page chrome, footers, metadata tables) pasted into a report, each fixable by deleting the line. */
import {compileEntryPatterns, defineRule, type ReportDocument} from '@fzlint/core'
import {z} from 'zod'
import {noiseData} from './data.js'

/** A metadata value (`政务公开`, `2024年02月28日 16:40:00`) is short and is no sentence. */
const MAX_VALUE_LENGTH = 60
const EXCERPT_LENGTH = 24

interface SourceLine {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character (before the line break). */
  end: number
  /** Offset of the next line (past the line break), or `end` on the last line. */
  next: number
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

/** Line numbers (1-based) that are never residue: the title and the numbered headings of the report itself. */
function findProtectedLines(document: ReportDocument): Set<number> {
  const protectedLines = new Set<number>()
  const add = (position: {start: {line: number}; end: {line: number}} | undefined) => {
    if (!position) return
    for (let line = position.start.line; line <= position.end.line; line++) protectedLines.add(line)
  }
  // A real title that equals a column name (法治政府建设年度报告) stays, even if a pattern would match it.
  for (const node of document.title?.nodes ?? []) add(node.position)
  for (const section of document.headings) if (section.numbering) add(section.heading.position)
  return protectedLines
}

/**
 * The whole line with its line break. The last line has none: it takes the break before it, unless the
 * line before is residue too (whose own removal already takes that break; fixes must not overlap).
 */
function deletionRange(line: SourceLine, previous: SourceLine | undefined, isPreviousNoise: boolean): [number, number] {
  if (line.next > line.end || !previous || isPreviousNoise) return [line.start, line.next]
  return [previous.end, line.end]
}

function excerpt(text: string): string {
  const characters = [...text]
  return characters.length > EXCERPT_LENGTH ? `${characters.slice(0, EXCERPT_LENGTH).join('')}…` : text
}

/** Full stops, `。` and the half-width `｡` that NFKC turns into it: counted before a line is normalised. */
function countSentenceEnds(text: string): number {
  let count = 0
  for (let index = text.indexOf('。'); index !== -1; index = text.indexOf('。', index + 1)) count++
  for (let index = text.indexOf('｡'); index !== -1; index = text.indexOf('｡', index + 1)) count++
  return count
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
    },
    options: z.object({}).strict(),
  },
  create(context) {
    return {
      'report:exit'(document) {
        const patterns = compileEntryPatterns(context.data(noiseData), 'u')
        const protectedLines = findProtectedLines(document)
        const lines = listLines(document)
        // Label of a bare metadata field (`索引号` on its own line) whose value is expected on the next non-empty line.
        let pendingLabel: string | null = null
        const findings: {index: number; label: string; range: [number, number]; text: string}[] = []
        lines.forEach((line, index) => {
          const raw = context.source.slice(line.start, line.end)
          const text = raw.trim()
          if (text === '') return
          if (protectedLines.has(index + 1) || text.startsWith('<!--')) {
            pendingLabel = null
            return
          }
          // Prose (two full stops or more) is never page residue, nor the value of a metadata field: skip it
          // before the costly normalisation.
          if (countSentenceEnds(text) >= 2) {
            pendingLabel = null
            return
          }
          const normal = text.normalize('NFKC')
          const hit = patterns.find(({expression}) => expression.test(normal))
          let label: string
          if (hit) {
            label = hit.entry.label
            pendingLabel = hit.entry.valueOnNextLine ? `${hit.entry.label}“${normal.replace(/\s*:$/u, '')}”的取值` : null
          } else if (pendingLabel !== null && [...normal].length <= MAX_VALUE_LENGTH && !normal.includes('。')) {
            // fangxian-2023: `索引号` / `01145506X/2024-15651` / `主题分类` / `政务公开` … one field per line.
            label = pendingLabel
            pendingLabel = null
          } else {
            pendingLabel = null
            return
          }
          const contentStart = line.start + (raw.length - raw.trimStart().length)
          findings.push({index, label, range: [contentStart, contentStart + text.length], text})
        })
        const noiseLines = new Set(findings.map((finding) => finding.index))
        for (const {index, label, range, text} of findings) {
          context.report({
            messageId: 'noise',
            range,
            data: {label, text: excerpt(text), line: index + 1},
            fix: {range: deletionRange(lines[index]!, lines[index - 1], noiseLines.has(index - 1)), text: ''},
          })
        }
      },
    }
  },
})
