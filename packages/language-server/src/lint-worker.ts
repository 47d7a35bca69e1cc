/**
 * The language server's lint worker (bundled beside the server as lint-worker.js): lints open documents and
 * computes fix-all off the server's main thread, one request at a time, so hover and code actions are answered
 * while a long document is linted. The main thread terminates and replaces it when a lint overruns its time budget
 * or is superseded by a newer version while still running (lint-runner.ts).
 */
import {parentPort} from 'node:worker_threads'
import {handleRequest} from './lint-requests.js'
import type {WorkerRequest} from './lint-protocol.js'

parentPort!.on('message', (request: WorkerRequest) => {
  parentPort!.postMessage(handleRequest(request))
})
