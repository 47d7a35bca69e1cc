// Loads the CLI bundle (dist/cli.cjs) with V8's code cache (dist/cli.cjs.cache), so a run starts without
// compiling a megabyte of JavaScript again. Node 20 has no built-in compile cache for modules
// (module.enableCompileCache came in Node 22), so this does what v8-compile-cache does, for one file.
//
// The caches are written only by the build (`FZLINT_WRITE_CODE_CACHE=1`, and `=batch` for the pool's workers, each
// after a warm-up run, so that the functions a lint needs are in it); on Node 20 a run never writes anything. A cache
// from another Node version, other V8 flags or an older bundle is rejected by V8 itself, and the bundle is then simply
// compiled as usual. On Node 22.1+ Node's own compile cache is used instead (see loadCliBundle).
//
// CommonJS, as the launcher is (bin/package.json): Node starts a CommonJS entry without setting up its ES module
// loader, which took 5–10 ms of every run.
const {isAscii} = require('node:buffer')
const {readFileSync, renameSync, writeFileSync} = require('node:fs')
const Module = require('node:module')
const {dirname, join} = require('node:path')
const {Script} = require('node:vm')

const BUNDLE_PATH = join(__dirname, '..', 'dist', 'cli.cjs')
/**
 * V8 accepts a code cache only under the V8 flags it was made with, and a batch sets some (@fzlint/pool's
 * BATCH_V8_FLAGS) before its workers start: `default` serves the CLI's own thread, which loads the bundle before any
 * flag is set, and `batch` the pool's workers (bin/pool-worker.js), which load it after.
 */
const CACHE_PATHS = {default: `${BUNDLE_PATH}.cache`, batch: `${BUNDLE_PATH}.batch.cache`}
/** FZLINT_WRITE_CODE_CACHE=1 (or `default`) or `batch`: the build's warm-up run writing that cache. */
const WRITTEN_CACHE = {1: 'default', default: 'default', batch: 'batch'}[process.env.FZLINT_WRITE_CODE_CACHE ?? '']

function readCache(path) {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

/**
 * The bundle's exports (`run`, …), and `saveCodeCache()` for the build. Throws only when the bundle itself is
 * missing or broken, which `pnpm build` mends.
 */
function loadCliBundle({codeCache = WRITTEN_CACHE ?? 'default'} = {}) {
  const cachePath = CACHE_PATHS[codeCache]
  // Node 22.1+ keeps a compile cache of its own (module.enableCompileCache, as TypeScript's and npm's launchers use it):
  // per Node version and file content, in the OS temporary folder, written by Node when the process ends and ignored
  // when it cannot be written. The cache shipped beside the bundle is V8's for the Node that built it, which another
  // Node line rejects: on Node 22 and 24 a run then compiled the whole bundle (measured 170-180 ms a one-file run
  // against 30 ms for `node -e ''`). The build writes the shipped cache through the path below.
  // A pool worker's flags differ from the CLI thread's (see CACHE_PATHS): it keeps its entries in a folder of its own,
  // or the two would each reject and rewrite the other's.
  if (typeof Module.enableCompileCache === 'function' && WRITTEN_CACHE === undefined) {
    Module.enableCompileCache(codeCache === 'batch' ? join(require('node:os').tmpdir(), 'node-compile-cache', 'fzlint-batch') : undefined)
    return {exports: require(BUNDLE_PATH), saveCodeCache() {}}
  }
  // The build writes the bundle in ASCII (scripts/ascii-only-bundle.mjs): read as latin1, it is a one-byte string,
  // where UTF-8 decoding cost 2-3 ms more. A bundle that is not ASCII (an unminified build's comments) is UTF-8.
  const bytes = readFileSync(BUNDLE_PATH)
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  const cachedData = readCache(cachePath)
  const script = new Script(Module.wrap(source), {filename: BUNDLE_PATH, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE_PATH), module, BUNDLE_PATH, dirname(BUNDLE_PATH))
  return {
    exports: module.exports,
    /** Writes the code cache atomically (temporary file, then rename): call after a warm-up run. */
    saveCodeCache() {
      const temporary = `${cachePath}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cachePath)
    },
  }
}

exports.BUNDLE_PATH = BUNDLE_PATH
exports.loadCliBundle = loadCliBundle
