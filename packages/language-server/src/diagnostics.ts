/** fzlint messages → LSP diagnostics (0-based lines, UTF-16 columns, as the protocol counts). */
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {LintMessage} from '@fzlint/core'

export interface DiagnosticData {
  ruleId: string | null
  fix?: LintMessage['fix']
  suggestions?: LintMessage['suggestions']
  note?: string
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  const start = {line: message.line - 1, character: message.column - 1}
  const end =
    message.endLine !== undefined && message.endColumn !== undefined
      ? {line: message.endLine - 1, character: message.endColumn - 1}
      : {line: start.line, character: start.character + 1}
  const diagnostic: Diagnostic = {
    range: {start, end},
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'fzlint',
    message: message.message,
    data: {ruleId: message.ruleId, fix: message.fix, suggestions: message.suggestions, note: message.note} satisfies DiagnosticData,
  }
  if (message.ruleId) {
    diagnostic.code = message.ruleId
    if (message.url) diagnostic.codeDescription = {href: message.url}
  }
  return diagnostic
}
