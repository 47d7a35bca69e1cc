// The pool's lint worker in the installed package: the CLI's own bundle, loaded with the code cache made under a
// batch's V8 flags (see load-cli-bundle.js), serving the pool's requests. A worker so starts from compiled code, as the
// CLI's thread does, instead of compiling a second bundle of the same code from scratch: a worker started alone ran its
// first line after 90-100 ms instead of 130-145 ms, and the functions its first files need come compiled.
const {loadCliBundle} = require('./load-cli-bundle.js')

loadCliBundle({codeCache: 'batch'}).exports.serveLintWorker()
