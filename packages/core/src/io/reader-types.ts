/**
 * What a reader takes and gives: its options and the text it extracts. A module of its own, so readers.ts can load
 * the .docx and .html readers on demand while they take these types without importing readers.ts back.
 */
import type {HeadingHints, SourceSyntax} from '../parse/types.js'
import type {Deadline} from '../engine/deadline.js'
import type {PageStart} from '../text/page-map.js'
import type {PositionMap} from '../text/position-map.js'
import type {Encoding} from './decode.js'

export interface ReadOptions {
  /** Force a text encoding instead of detecting it. */
  encoding?: Encoding
  /** Refuse files larger than this many bytes (default 10 MB). */
  maxBytes?: number
  /**
   * Read with blocking calls: for worker threads, which have nothing else to do meanwhile and would otherwise
   * sit idle through each asynchronous round trip to the file system.
   */
  isBlocking?: boolean
  /**
   * The file's time budget, running since before it was read (lintFile starts it): a reader checks it every so
   * many paragraphs or elements of a long loop. Not cloned into workers: each starts its own per file.
   */
  deadline?: Deadline
}

export interface ReadInput {
  /** The text rules see. For .txt/.md it is the file itself; for .docx/.html the extracted text. */
  text: string
  syntax: SourceSyntax
  format: 'text' | 'markdown' | 'docx' | 'html' | 'doc' | 'wps' | 'ofd' | 'pdf'
  encoding: string
  /** Present when `text` is extracted: maps its offsets back to the original file. */
  positionMap?: PositionMap
  /**
   * Why fixes cannot be written back to the file as text edits (`--fix` prints it), or undefined when they can:
   * .docx and .html are extracted text, and a wrapped plain text is read with its paragraphs rejoined.
   */
  unfixableReason?: string
  /** For .docx: paragraphs that Word's heading styles or outline levels make headings, by start offset in `text`. */
  headingHints?: HeadingHints
  /**
   * For paged documents (.pdf): where each page's text starts in `text`, ascending. The position map gives the
   * page of every offset (`page` beside line and column); this list is for callers that show pages themselves.
   */
  pages?: PageStart[]
}

export interface Reader {
  format: ReadInput['format']
  extensions: readonly string[]
  read(bytes: Uint8Array, filePath: string, options: ReadOptions): Promise<ReadInput>
}

/** Why `--fix` leaves a .docx, .html, .doc, .wps or .ofd alone: fixes refer to the text extracted from it, not to its bytes. */
export function extractedTextNotFixed(format: Exclude<ReadInput['format'], 'text' | 'markdown'>): string {
  return `${format} 文件不能自动修复，请按提示手工修改 / ${format} files are not fixed automatically`
}
