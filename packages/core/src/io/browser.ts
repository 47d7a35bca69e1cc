/**
 * The input readers that run in a browser: size checks, byte decoding (BOM, UTF-8, GB18030) and the extraction of
 * .docx, .ofd, .pdf and Word 97-2003/WPS binary files work on bytes already in memory (pdf.js and word-extractor are
 * passed in: the page loads its own builds of them). Reading from disk (read-input.ts) and linting files (lint-file.ts) stay Node-only.
 * HTML is left out: its positions refer to the markup, which a page showing the extracted text cannot mark.
 */
export {decodeBytes, looksBinary, type DecodedText, type Encoding} from './decode.js'
export {readDocx} from './read-docx.js'
export {InputError, type InputProblem} from './errors.js'
export type {PdfJsLoad, PdfJsModule} from './read-pdf.js'
export type {WordBinaryLoad} from './read-word-binary.js'
export {guardBuiltins} from './guard-builtins.js'
export {
  checkInputSize,
  readInputBytes,
  readDecodedText,
  findReader,
  textReader,
  markdownReader,
  docxReader,
  ofdReader,
  createPdfReader,
  createWordBinaryReader,
  DEFAULT_MAX_BYTES,
  type ReadInput,
  type ReadOptions,
  type Reader,
} from './readers.js'
/** The engine's diagnostic for a file that is not a report (no rule ran). */
export {NOT_A_REPORT_ID} from '../engine/non-report.js'
