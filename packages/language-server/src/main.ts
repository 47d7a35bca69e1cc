/** Entry point: `fzlint-language-server --stdio`. */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

startServer(createConnection(ProposedFeatures.all))
