/** `gitlab`: a GitLab code-quality report (the `artifacts:reports:codequality` JSON array). */
import {computeFingerprints, toRelativePath} from './locations.js'
import type {Formatter} from './types.js'

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

export const gitlab: Formatter = (results, context) => {
  const issues: object[] = []
  for (const result of results) {
    const path = toRelativePath(result.filePath, context.cwd)
    // GitLab compares fingerprints across the whole report, so the file is part of each one.
    const fingerprints = computeFingerprints(result, path)
    result.messages.forEach((message, index) => {
      const severity: CodeQualitySeverity = message.fatal ? 'critical' : message.severity === 2 ? 'major' : 'minor'
      issues.push({
        type: 'issue',
        description: message.message,
        check_name: message.ruleId ?? 'fzlint',
        fingerprint: fingerprints[index],
        severity,
        location: {path, lines: {begin: message.line, ...(message.endLine !== undefined ? {end: message.endLine} : {})}},
      })
    })
  }
  return JSON.stringify(issues, null, 2)
}
