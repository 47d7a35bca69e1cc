/** The part of word-extractor (CommonJS, no type declarations of its own) that read-doc.ts uses. */
declare module 'word-extractor' {
  interface ExtractedDocument {
    /** The main text: paragraphs end in `\n`, table cells in `\t`; `filterUnicode: false` keeps “” ‘’ — and dashes. */
    getBody(options?: {filterUnicode?: boolean}): string
  }
  class WordExtractor {
    extract(source: Buffer | string): Promise<ExtractedDocument>
  }
  export default WordExtractor
}
