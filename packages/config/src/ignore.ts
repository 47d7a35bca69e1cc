/**
 * `.fzlintignore` and the config's globs (`ignorePatterns`, `files`, `overrides[].files`), all with git's
 * .gitignore semantics through the `ignore` library (what ESLint uses): a pattern without a slash matches at any
 * depth, `dir/` a folder and all below it, `#` starts a comment, `\#` and `\!` escape, the last line that matches
 * wins (`!keep.txt` then `*.txt` leaves keep.txt ignored, as git does), and nothing in an excluded folder can be
 * re-included.
 */
import {existsSync, readFileSync} from 'node:fs'
import {isAbsolute, join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

export interface IgnoreMatcher {
  isIgnored(filePath: string): boolean
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

function matcherFor(rules: Ignore, directory: string): (filePath: string) => boolean {
  return (filePath) => {
    const path = toPosix(relative(directory, filePath))
    // Files outside the folder (or the folder itself) are not its patterns' business; `ignore` refuses such paths.
    if (path === '' || path === '..' || path.startsWith('../') || isAbsolute(path)) return false
    return rules.ignores(path)
  }
}

// Config layers keep their arrays for the whole run, and every file asks about the same few: compile each once.
const compiled = new WeakMap<readonly string[], Map<string, (filePath: string) => boolean>>()

/** Whether a file matches globs relative to `directory`, read as lines of a .gitignore there. */
export function createGlobMatcher(patterns: readonly string[], directory: string): (filePath: string) => boolean {
  let byDirectory = compiled.get(patterns)
  if (!byDirectory) {
    byDirectory = new Map()
    compiled.set(patterns, byDirectory)
  }
  let matcher = byDirectory.get(directory)
  if (!matcher) {
    matcher = matcherFor(ignore().add(patterns as string[]), directory)
    byDirectory.set(directory, matcher)
  }
  return matcher
}

export function loadIgnoreFile(directory: string): IgnoreMatcher {
  const file = join(directory, '.fzlintignore')
  if (!existsSync(file)) return {isIgnored: () => false}
  return {isIgnored: matcherFor(ignore().add(readFileSync(file, 'utf8').replace(/^\uFEFF/u, '')), directory)}
}
