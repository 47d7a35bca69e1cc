/** Node-only input layer: files → decoded, extracted text. */
export {readInputFile, readFileBytes, readInputFromBytes, findReader, LINTABLE_EXTENSIONS, DEFAULT_MAX_BYTES, READERS, type ReadInput, type ReadOptions, type Reader} from './read-input.js'
export {readDecodedText} from './readers.js'
export {decodeBytes, looksBinary, normaliseEncodingName, SUPPORTED_ENCODINGS, type Encoding, type DecodedText} from './decode.js'
export {InputError, type InputProblem} from './errors.js'
export {lintFile, lintBytes, describeError, type LintFileOptions, type LintFileOutput} from './lint-file.js'
export {describeFileSystemError} from './file-system-errors.js'
/** The engine's diagnostic for a file that is not a report: a warning (the CLI says so on stderr too; exit 0, 1 under --max-warnings 0). */
export {NOT_A_REPORT_ID} from '../engine/non-report.js'
