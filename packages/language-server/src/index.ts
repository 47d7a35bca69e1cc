/** @fzlint/language-server programmatic entry. */
export {startServer, type ServerOptions, type ServerSettings} from './server.js'
export {toDiagnostic, type DiagnosticData} from './diagnostics.js'
