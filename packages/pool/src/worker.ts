/** The pool's lint worker bundle (packages/pool/dist/worker.js): the worker of serve-lint-worker.ts, started on load. */
import {serveLintWorker} from './serve-lint-worker.js'

serveLintWorker()
