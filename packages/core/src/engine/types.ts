/** Results the engine hands to formatters, the CLI and other tools: plain, serialisable objects. */
import type {Fix, Suggestion} from '../rule/types.js'

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
  data?: Record<string, unknown>
  /** Edits on the original file; several when one fix touches several places. */
  fix?: Fix[]
  suggestions?: Suggestion[]
  /** Regulation citation. */
  note?: string
  url?: string
  /** True when the file could not be processed at all (read, decode or parse failure). */
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
