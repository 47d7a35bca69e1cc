/** Node-only input layer: files → decoded, extracted text. */
export {readInputFile, findReader, LINTABLE_EXTENSIONS, DEFAULT_MAX_BYTES, READERS, type ReadInput, type ReadOptions, type Reader} from './read-input.js'
export {readDecodedText} from './readers.js'
export {decodeBytes, looksBinary, normaliseEncodingName, SUPPORTED_ENCODINGS, type Encoding, type DecodedText} from './decode.js'
export {InputError, type InputProblem} from './errors.js'
export {lintFile, lintBytes, describeError, type LintFileOptions, type LintFileOutput} from './lint-file.js'
/** The engine's diagnostic for a file that is not a report (the CLI exits 2 for it, as for unreadable files). */
export {NOT_A_REPORT_ID} from '../engine/lint.js'
