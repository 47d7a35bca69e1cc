/**
 * `github`: GitHub Actions workflow commands (`::error file=…::…`) that become annotations on the diff, and a
 * markdown table of every finding for the job summary, since GitHub shows only ten annotations of each kind per step.
 */
import type {LintMessage} from '@fzlint/core'
import {countNoun, describeProblemCounts} from './english-count.js'
import {toRelativePath} from './locations.js'
import {describePlace} from './place.js'
import {wholeOutput, type StreamingFormatter} from './types.js'

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

export const githubStream: StreamingFormatter = (context) => ({
  start: () => '',
  add(result) {
    const path = toRelativePath(result.filePath, context.cwd)
    let text = ''
    for (const message of result.messages) {
      const command = message.severity === 2 ? 'error' : 'warning'
      text += `::${command} ${describeProperties(path, message)}::${escapeCommandData(message.message)}\n`
    }
    return text
  },
  end: () => '',
})

export const github = wholeOutput(githubStream)

/** Makes text safe inside one cell of a markdown table. */
function toTableCell(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\|/gu, '\\|')
    .replace(/\r?\n|\r/gu, '<br>')
}

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): counts, then one table row per finding. The CLI appends it to the file.
 * The counts come first, so the rows are held until the end: a few hundred bytes a finding (GitHub shows at most
 * 1 MiB of a step's summary), never a result.
 */
export const githubStepSummaryStream: StreamingFormatter = (context) => {
  let errors = 0
  let warnings = 0
  let files = 0
  const rows: string[] = []
  return {
    start: () => '',
    add(result) {
      files++
      errors += result.errorCount
      warnings += result.warningCount
      const path = toRelativePath(result.filePath, context.cwd)
      for (const message of result.messages) {
        const place = describePlace(message)
        const severity = message.severity === 2 ? '错误 error' : '警告 warning'
        rows.push(`| ${toTableCell(path)} | ${place} | ${severity} | ${toTableCell(message.message)} | ${toTableCell(message.ruleId ?? '')} |`)
      }
      return ''
    },
    end() {
      const heading = '### fzlint'
      if (rows.length === 0) return `${heading}\n\n未发现问题 / no problems found in ${countNoun(files, 'file')}\n`
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
    },
  }
}

export const githubStepSummary = wholeOutput(githubStepSummaryStream)
