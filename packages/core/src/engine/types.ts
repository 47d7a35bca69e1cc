/** Results the engine hands to formatters, the CLI and other tools: plain, serialisable objects. */
import type {Fix, Suggestion} from '../rule/types.js'

// The engine carries findings as vfile messages until shape-results.ts makes them LintMessages. On them, as in
// results, `fatal: true` means one thing: the rule could not be processed (it crashed). The severity of a finding
// is `severity`, never vfile's own convention of `fatal` as error level (remark-lint-fzlint sets that one for remark).
declare module 'vfile-message' {
  interface VFileMessage {
    /** The rule's structured details (also used to fill the message template). */
    data?: Record<string, unknown>
    messageId?: string
    fix?: Fix[]
    suggestions?: Suggestion[]
    /** 1 warning, 2 error. */
    severity?: 1 | 2
    /** 1-based paragraph number in a .docx source. */
    paragraph?: number
  }
}

export interface LintMessage {
  ruleId: string | null
  messageId?: string
  /** 1 warning, 2 error. */
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** 1-based paragraph in .docx input (`第12段`). */
  paragraph?: number
  /**
   * 1-based page of a paged input (.pdf: `第3页`) where the finding begins; `line` and `column` are then those of
   * the text extracted from it.
   */
  page?: number
  data?: Record<string, unknown>
  /** Edits on the original file; several when one fix touches several places. */
  fix?: Fix[]
  suggestions?: Suggestion[]
  /** Regulation citation. */
  note?: string
  url?: string
  /**
   * True when the file could not be processed (read, decode or parse failure, over its time limit) or a rule on it
   * crashed: ESLint's meaning, which other tools read. An error-level finding is `severity: 2`, not fatal.
   */
  fatal?: boolean
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** Encoding the file was decoded with (`utf-8`, `gb18030`, …). */
  encoding?: string
  /** Reader used: text, markdown, docx, html. */
  format?: string
  /** The text that was linted (not in JSON output). */
  source?: string
}

export type {PositionMap} from '../text/position-map.js'
