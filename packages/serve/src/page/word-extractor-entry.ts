/**
 * word-extractor for the page, bundled by scripts/build.mjs into a script of its own (word.js beside app.js), which
 * the page loads only when a .doc or an OLE .wps is dropped. Only the package's OLE path (Word 97-2003 binary files)
 * is bundled, not its entry (lib/word.js), whose .docx path needs the file system: a zip .wps is read by the page's
 * .docx reader. Node's `buffer` is the npm `buffer` package and `stream` a shim of the little the extractor uses
 * (word-stream-shim.ts), in this build only; the CLI reads the same files with the package as installed, and the
 * same checks around it (read-word-binary.ts in @fzlint/core) give the same text.
 */
import {Buffer} from 'buffer'
import type {WordBinaryLoad} from '@fzlint/core/browser'
import BufferReader from 'word-extractor/lib/buffer-reader.js'
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js'

const wordBinary: WordBinaryLoad = {
  async extractBody(bytes) {
    const document = await new WordOleExtractor().extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
    return document.getBody({filterUnicode: false})
  },
}

;(globalThis as {fzlintWordBinary?: WordBinaryLoad}).fzlintWordBinary = wordBinary
