/** `gitlab`: a GitLab code-quality report (the `artifacts:reports:codequality` JSON array), streamed one file at a time. */
import {splitAroundArray, stringifyItem} from './json-array-stream.js'
import {computeFingerprints, toRelativePath} from './locations.js'
import {wholeOutput, type StreamingFormatter} from './types.js'

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

export const gitlabStream: StreamingFormatter = (context) => {
  const {head, tail, itemPrefix, closePrefix} = splitAroundArray((items) => items)
  let hasIssues = false
  return {
    start: () => head,
    add(result, prepared) {
      const path = toRelativePath(result.filePath, context.cwd)
      // GitLab compares fingerprints across the whole report, so the file is part of each one.
      const fingerprints = prepared?.fingerprints ?? computeFingerprints(result, path)
      let text = ''
      result.messages.forEach((message, index) => {
        const severity: CodeQualitySeverity = message.fatal ? 'critical' : message.severity === 2 ? 'major' : 'minor'
        const issue = {
          type: 'issue',
          description: message.message,
          check_name: message.ruleId ?? 'fzlint',
          fingerprint: fingerprints[index],
          severity,
          location: {path, lines: {begin: message.line, ...(message.endLine !== undefined ? {end: message.endLine} : {})}},
        }
        text += `${hasIssues ? ',' : ''}${itemPrefix}${stringifyItem(issue, itemPrefix)}`
        hasIssues = true
      })
      return text
    },
    end: () => (hasIssues ? closePrefix : '') + tail,
  }
}

export const gitlab = wholeOutput(gitlabStream)
