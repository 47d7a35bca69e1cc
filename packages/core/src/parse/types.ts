/** The parser's own types, in a module of their own so that the parsers and parse/index.ts import them without a cycle. */

export type SourceSyntax = 'text' | 'markdown'

/** A heading depth the source gives a line without numbering (Word's heading styles and outline levels). */
export type HeadingDepth = 1 | 2 | 3 | 4 | 5 | 6

/**
 * Depths of the lines that the original file marks as headings, by the offset where the line starts in the
 * text: a .docx paragraph styled `标题 2` or with outline level 2 is a heading even without `（一）` typed.
 */
export type HeadingHints = ReadonlyMap<number, HeadingDepth>
