/**
 * Where a finding is, as the human-readable formats write it: `12:5`, and before it the page of a paged input
 * (`第3页 12:5`: line and column are then those of the text extracted from the PDF) or the paragraph of a .docx
 * (`第12段 12:5`). Generic: any reader's page or paragraph, never a rule's.
 */
import type {LintMessage} from '@fzlint/core'

export function describePlace(message: Pick<LintMessage, 'line' | 'column' | 'paragraph' | 'page'>): string {
  const point = `${message.line}:${message.column}`
  if (message.page !== undefined) return `第${message.page}页 ${point}`
  if (message.paragraph !== undefined) return `第${message.paragraph}段 ${point}`
  return point
}
