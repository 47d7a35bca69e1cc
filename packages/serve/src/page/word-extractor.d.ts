/** The modules of word-extractor's OLE path (CommonJS, no type declarations of their own) that word-extractor-entry.ts uses. */
declare module 'word-extractor/lib/buffer-reader.js' {
  class BufferReader {
    constructor(buffer: Uint8Array)
  }
  export default BufferReader
}

declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type BufferReader from 'word-extractor/lib/buffer-reader.js'
  interface ExtractedDocument {
    /** The main text: paragraphs end in `\n`, table cells in `\t`; `filterUnicode: false` keeps “” ‘’ — and dashes. */
    getBody(options?: {filterUnicode?: boolean}): string
  }
  class WordOleExtractor {
    extract(reader: BufferReader): Promise<ExtractedDocument>
  }
  export default WordOleExtractor
}
