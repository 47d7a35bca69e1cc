/** Node-only input layer: files → decoded, extracted text. */
export {readInputFile, findReader, LINTABLE_EXTENSIONS, DEFAULT_MAX_BYTES, READERS, type ReadInput, type ReadOptions, type Reader} from './read-input.js'
export {decodeBytes, looksBinary, normaliseEncodingName, SUPPORTED_ENCODINGS, type Encoding, type DecodedText} from './decode.js'
export {InputError, type InputProblem} from './errors.js'
export {lintFile, describeError, type LintFileOptions, type LintFileOutput} from './lint-file.js'
