/** fzlint programmatic entry: `run(argv)` as the command line runs it. */
export {run, type CliIo} from './cli.js'
export {buildOutline, type Outline, type OutlineSection} from './outline.js'
export {builtinRules, builtinPackages, builtinDataFiles} from '@fzlint/builtin'
