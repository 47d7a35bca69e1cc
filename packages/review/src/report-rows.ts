/** What every summary format shows for a report: its matrix cells in words. */
import {relative, sep} from 'node:path'
import {REQUIRED_KINDS, type RequiredKind, type SectionPresence} from './record.js'
import type {ReviewRow} from './review.js'

export const PROFILE_LABELS: Record<string, string> = {government: '政府', department: '部门', township: '乡镇街道'}

export const SECTION_LABELS: Record<string, string> = {
  measures: '主要举措和成效',
  shortcomings: '不足和原因',
  duty: '第一责任人职责',
  plans: '下一年度安排',
  other: '其他部分',
  none: '标题及开头',
}

export function displayPath(filePath: string, cwd: string): string {
  const relativePath = relative(cwd, filePath)
  return (relativePath === '' || relativePath.startsWith('..') ? filePath : relativePath).split(sep).join('/')
}

/** ✓ present, ✗ absent, ✗ with “嵌套” when only a lower heading covers it (counts as missing). */
export function presenceMark(presence: SectionPresence | undefined): string {
  if (!presence) return ''
  if (presence.status === 'present') return '✓'
  return presence.status === 'nested' ? '✗（嵌套）' : '✗'
}

export function missingKinds(row: ReviewRow): RequiredKind[] {
  if (!row.sections) return []
  return REQUIRED_KINDS.filter((kind) => row.sections![kind].status !== 'present')
}

/** The body as shown: the issuer, else the file name (a report with neither title nor sign-off). */
export function bodyLabel(row: ReviewRow): string {
  return row.issuer ?? '（未识别）'
}
