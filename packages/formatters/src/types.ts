/** What every formatter receives besides the results, and the two shapes a format comes in. */
import type {LintResult, RuleMeta} from '@fzlint/core'

export interface FormatterContext {
  /** Directory paths are shown relative to. */
  cwd: string
  /** Colour output (the CLI sets it only on a TTY). */
  color: boolean
  /** Meta of every rule that ran, keyed by id (SARIF's tool.driver.rules needs them). */
  rulesMeta: Record<string, RuleMeta>
  /** README markdown of each rule that ran, keyed by id (SARIF `help.markdown`); the CLI fills it for sarif only. */
  ruleDocs?: Record<string, string>
  /** Version of the tool that produced the results (SARIF `tool.driver.semanticVersion`). */
  toolVersion?: string
}

/** The whole output of a run at once. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string

/**
 * The same output a piece at a time, so that a run of any size writes each file's part as the file finishes and keeps
 * nothing of it: `start()` once, `add(result)` per file in output order, `end()` once; the pieces joined are exactly
 * what the whole-output formatter returns for those results. A piece may be ''. A stream keeps only running counts
 * (and, for SARIF, the few notifications of files that could not be processed) between calls, never a result.
 */
export interface FormatterStream {
  /** The header: written before any file's part. */
  start(): string
  /**
   * One file's part. The result may be dropped once this returns (SARIF's and GitLab's fingerprints need its source
   * here, unless `prepared` brings them, made where the result was: a pool worker, which then sends no source).
   */
  add(result: LintResult, prepared?: PreparedResult): string
  /** The closing part: brackets, totals, the summary line. */
  end(): string
}

/** What a format needs of a result beyond its messages, made beforehand from the source (prepareResult). */
export interface PreparedResult {
  /** computeFingerprints(result, scope) with the scope the format uses (fingerprintScope). */
  fingerprints?: string[]
}

export type StreamingFormatter = (context: FormatterContext) => FormatterStream

/** The whole-output formatter over a streaming one: its pieces, joined. */
export function wholeOutput(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const writer = stream(context)
    let text = writer.start()
    for (const result of results) text += writer.add(result)
    return text + writer.end()
  }
}
