/**
 * `github`: GitHub Actions workflow commands (`::error file=…::…`) that become annotations on the diff, and a
 * markdown table of every finding for the job summary, since GitHub shows only ten annotations of each kind per step.
 */
import type {LintMessage} from '@fzlint/core'
import {countNoun, describeProblemCounts} from './english-count.js'
import {toRelativePath} from './locations.js'
import type {Formatter} from './types.js'

/** Escapes the message part of a workflow command as the runner decodes it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

/** Escapes a `key=value` property: in addition to the data escapes, `:` and `,` separate properties. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}

function describeProperties(path: string, message: LintMessage): string {
  const properties: [string, string | number][] = [['file', path], ['line', message.line]]
  if (message.endLine !== undefined) properties.push(['endLine', message.endLine])
  // Columns are only meaningful to the runner within one line; a span over lines is shown by its lines.
  if (message.endLine === undefined || message.endLine === message.line) {
    properties.push(['col', message.column])
    if (message.endColumn !== undefined) properties.push(['endColumn', message.endColumn])
  }
  properties.push(['title', message.ruleId ? `fzlint ${message.ruleId}` : 'fzlint'])
  return properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(',')
}

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const path = toRelativePath(result.filePath, context.cwd)
    for (const message of result.messages) {
      const command = message.severity === 2 ? 'error' : 'warning'
      lines.push(`::${command} ${describeProperties(path, message)}::${escapeCommandData(message.message)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** Makes text safe inside one cell of a markdown table. */
function toTableCell(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\|/gu, '\\|')
    .replace(/\r?\n|\r/gu, '<br>')
}

/** The job summary (`$GITHUB_STEP_SUMMARY`): counts, then one table row per finding. The CLI appends it to the file. */
export const githubStepSummary: Formatter = (results, context) => {
  let errors = 0
  let warnings = 0
  const rows: string[] = []
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    const path = toRelativePath(result.filePath, context.cwd)
    for (const message of result.messages) {
      const place = message.paragraph === undefined ? `${message.line}:${message.column}` : `第${message.paragraph}段 ${message.line}:${message.column}`
      const severity = message.severity === 2 ? '错误 error' : '警告 warning'
      rows.push(`| ${toTableCell(path)} | ${place} | ${severity} | ${toTableCell(message.message)} | ${toTableCell(message.ruleId ?? '')} |`)
    }
  }
  const heading = '### fzlint'
  if (rows.length === 0) return `${heading}\n\n未发现问题 / no problems found in ${countNoun(results.length, 'file')}\n`
  return [
    heading,
    '',
    `${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告）/ ${describeProblemCounts(errors, warnings)}`,
    '',
    '| 文件 file | 位置 place | 级别 severity | 问题 message | 规则 rule |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
