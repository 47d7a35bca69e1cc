/** `.fzlintignore` (gitignore-like lines, relative to its folder) and `ignorePatterns` from configuration. */
import {existsSync, readFileSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import picomatch from 'picomatch'

export interface IgnoreMatcher {
  isIgnored(filePath: string): boolean
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/** Matches globs relative to `directory`; a pattern without a slash matches at any depth, as in .gitignore. */
export function createGlobMatcher(patterns: readonly string[], directory: string): (filePath: string) => boolean {
  const positive: string[] = []
  const negative: string[] = []
  for (const raw of patterns) {
    const pattern = raw.trim()
    if (pattern === '' || pattern.startsWith('#')) continue
    const isNegated = pattern.startsWith('!')
    let glob = isNegated ? pattern.slice(1) : pattern
    if (glob.endsWith('/')) glob = `${glob}**`
    if (!glob.includes('/')) glob = `**/${glob}`
    else if (glob.startsWith('/')) glob = glob.slice(1)
    ;(isNegated ? negative : positive).push(glob, `${glob}/**`)
  }
  const isPositive = positive.length > 0 ? picomatch(positive, {dot: true}) : () => false
  const isNegative = negative.length > 0 ? picomatch(negative, {dot: true}) : () => false
  return (filePath) => {
    const path = toPosix(relative(directory, filePath))
    if (path.startsWith('..')) return false
    return isPositive(path) && !isNegative(path)
  }
}

export function loadIgnoreFile(directory: string): IgnoreMatcher {
  const file = join(directory, '.fzlintignore')
  if (!existsSync(file)) return {isIgnored: () => false}
  const matcher = createGlobMatcher(readFileSync(file, 'utf8').split(/\r?\n/u), directory)
  return {isIgnored: matcher}
}
