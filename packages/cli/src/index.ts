/** fzlint programmatic entry: `run(argv)` as the command line runs it. */
export {run, type CliIo} from './cli.js'
export {buildOutline, type Outline, type OutlineSection} from './outline.js'
export {builtinRules, builtinPackages, builtinDataFiles} from '@fzlint/builtin'

/**
 * The pool's lint worker run from this bundle (packages/cli/bin/pool-worker.js): a worker then loads the code the
 * CLI's thread runs, with a V8 code cache, instead of a second bundle compiled from scratch. The pool package is
 * loaded only here, as the CLI loads it only for batches.
 */
export async function serveLintWorker(): Promise<void> {
  ;(await import('@fzlint/pool')).serveLintWorker()
}
