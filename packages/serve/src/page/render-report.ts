/**
 * One dropped file's report as DOM: heading with counts, the linted text with line numbers and every finding
 * marked, and the findings list with the rule's explanation. Failures get a bilingual error block instead.
 * Text goes in through textContent only, never as HTML.
 */
import type {LintMessage, LintResult, ReportingBodyProfile, RuleMeta} from '@fzlint/core'
import {NOT_A_REPORT_ID, type ReadInput} from '@fzlint/core/browser'
import {findingSpans, markLines, type FindingSpan, type LinePiece} from './text-marks.js'

const PROFILE_LABELS: Record<ReportingBodyProfile, string> = {
  government: '县级以上地方政府 / local government',
  department: '政府部门 / government department',
  township: '乡镇、街道 / township or subdistrict',
}

const FORMAT_LABELS: Record<string, string> = {
  docx: 'Word 文档 (.docx)，显示提取出的文字 / extracted text',
  doc: 'Word 97-2003 文档 (.doc)，显示提取出的文字 / extracted text',
  wps: 'WPS 文字文档 (.wps)，显示提取出的文字 / extracted text',
  ofd: 'OFD 版式文档，按字的位置还原段落，显示提取出的文字 / paragraphs rebuilt from the glyph positions; extracted text',
  text: '纯文本 / plain text',
  markdown: 'Markdown',
}

const SEVERITY_CLASS = {1: 'sev-warning', 2: 'sev-error'} as const
const SEVERITY_LABEL = {1: '警告', 2: '错误'} as const

type Child = Node | string | null | undefined | false

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child)
  return node
}

function countsLine(errorCount: number, warningCount: number): HTMLElement {
  return element(
    'p',
    {class: 'counts'},
    element('span', {class: 'count sev-error'}, `错误 ${errorCount}`),
    element('span', {class: 'count sev-warning'}, `警告 ${warningCount}`),
    element('span', {class: 'en'}, `${errorCount} error${errorCount === 1 ? '' : 's'}, ${warningCount} warning${warningCount === 1 ? '' : 's'}`),
  )
}

export function renderPendingFile(fileName: string): HTMLElement {
  return element('section', {class: 'file-report pending', 'data-file': fileName}, element('h2', {}, fileName), element('p', {class: 'meta'}, '正在检查… / checking…'))
}

export function renderFailedFile(fileName: string, reason: string): HTMLElement {
  return element(
    'section',
    {class: 'file-report failed', 'data-file': fileName},
    element('h2', {}, fileName),
    element('div', {class: 'file-error', role: 'alert'}, element('strong', {}, '无法检查此文件 / could not check this file'), element('p', {}, reason)),
  )
}

function locationLabel(message: LintMessage): string {
  // A PDF's lines and columns are those of the text shown here, extracted from it; the page says where in the PDF.
  if (message.page !== undefined) return `第${message.page}页 第${message.line}行第${message.column}列`
  return message.paragraph === undefined ? `第${message.line}行第${message.column}列` : `第${message.paragraph}段第${message.column}字`
}

function renderPiece(piece: LinePiece): Node {
  if (piece.kind === 'text') return document.createTextNode(piece.text)
  const severity = Math.max(...piece.spans.map((span) => span.severity)) as 1 | 2
  const rules = [...new Set(piece.spans.map((span) => span.ruleId ?? 'fzlint'))]
  const mark = element('mark', {
    class: `${SEVERITY_CLASS[severity]}${piece.text === '' ? ' point' : ''}`,
    'data-rule': rules.join(' '),
    'data-findings': piece.spans.map((span) => span.id).join(' '),
    title: rules.join('、'),
  })
  mark.textContent = piece.text
  return mark
}

function renderSource(text: string, spans: readonly FindingSpan[]): HTMLElement {
  const source = element('div', {class: 'source', role: 'region', 'aria-label': '报告全文 / report text'})
  for (const line of markLines(text, spans)) {
    const lineText = element('span', {class: 'line-text'})
    for (const piece of line.pieces) lineText.append(renderPiece(piece))
    source.append(element('div', {class: 'line', 'data-line': String(line.number)}, lineText))
  }
  return source
}

function renderFinding(message: LintMessage, span: FindingSpan, meta: RuleMeta | undefined): HTMLElement {
  const data: Record<string, string> = {
    class: `finding ${SEVERITY_CLASS[message.severity]}`,
    id: span.id,
    'data-finding': span.id,
    'data-rule': message.ruleId ?? '',
    'data-severity': String(message.severity),
    'data-line': String(message.line),
    'data-column': String(message.column),
  }
  if (message.endLine !== undefined) data['data-end-line'] = String(message.endLine)
  if (message.endColumn !== undefined) data['data-end-column'] = String(message.endColumn)
  if (message.paragraph !== undefined) data['data-paragraph'] = String(message.paragraph)
  if (message.page !== undefined) data['data-page'] = String(message.page)
  const url = message.url ?? meta?.docs.url
  const ruleLink = message.ruleId === null ? null : url ? element('a', {class: 'rule', href: url, target: '_blank', rel: 'noreferrer'}, message.ruleId) : element('span', {class: 'rule'}, message.ruleId)
  const basis = message.note ?? meta?.docs.basis
  return element(
    'li',
    data,
    element(
      'button',
      {type: 'button', class: 'locate', title: '在正文中定位 / show in the text'},
      element('span', {class: 'sev'}, SEVERITY_LABEL[message.severity]),
      element('span', {class: 'loc'}, locationLabel(message)),
      element('span', {class: 'msg'}, message.message),
    ),
    element('p', {class: 'explain'}, ruleLink, meta ? ` ${meta.docs.description}` : null),
    basis ? element('p', {class: 'basis'}, `依据 / basis：${basis}`) : null,
  )
}

export interface CheckedFile {
  fileIndex: number
  fileName: string
  input: ReadInput
  result: LintResult
  profile: ReportingBodyProfile | null
  rulesMeta: ReadonlyMap<string, RuleMeta>
}

export function renderCheckedFile({fileIndex, fileName, input, result, profile, rulesMeta}: CheckedFile): HTMLElement {
  const spans = findingSpans(result.messages, input.text, input.positionMap, (index) => `f${fileIndex}-m${index}`)
  const notReport = result.messages.find((message) => message.ruleId === NOT_A_REPORT_ID)
  const meta = [FORMAT_LABELS[input.format] ?? input.format, `编码 / encoding ${input.encoding}`, profile ? `报告主体 / reporting body：${PROFILE_LABELS[profile]}` : null]
  const findings =
    result.messages.length === 0
      ? element('p', {class: 'all-clear'}, '没有发现问题 / no findings')
      : element('ol', {class: 'findings'}, ...result.messages.map((message, index) => renderFinding(message, spans[index]!, message.ruleId ? rulesMeta.get(message.ruleId) : undefined)))
  return element(
    'section',
    {class: 'file-report', 'data-file': fileName, 'data-errors': String(result.errorCount), 'data-warnings': String(result.warningCount)},
    element('header', {}, element('h2', {}, fileName), countsLine(result.errorCount, result.warningCount), element('p', {class: 'meta'}, meta.filter(Boolean).join(' · '))),
    // The engine's message already says no rule ran; shown above the text so it is not missed in the list.
    notReport ? element('p', {class: 'notice', role: 'status'}, notReport.message) : null,
    element(
      'div',
      {class: 'report-body'},
      renderSource(input.text, spans),
      element('aside', {class: 'findings-panel', 'aria-label': '问题列表 / findings'}, element('h3', {}, `问题 / findings（${result.messages.length}）`), findings),
    ),
  )
}
