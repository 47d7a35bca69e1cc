/**
 * word-extractor for the Word 97-2003 and WPS readers (read-word-binary.ts) in Node: the package as installed,
 * which works on a Node Buffer. The page of `fzlint serve` bundles the package's OLE path for the browser instead
 * (packages/serve/src/page/word-extractor-entry.ts).
 */
import {Buffer} from 'node:buffer'
import WordExtractor from 'word-extractor'
import type {WordBinaryLoad} from './read-word-binary.js'

export const nodeWordBinary: WordBinaryLoad = {
  async extractBody(bytes) {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    return document.getBody({filterUnicode: false})
  },
  async readHtml(bytes, filePath, options) {
    const {readHtml} = await import('./read-html.js')
    return readHtml(bytes, filePath, options)
  },
}
