/**
 * Which flags belong to which command. A flag of another command is a usage error naming that command (exit 2)
 * rather than an option silently ignored: `fzlint --report summary.html drafts/` would otherwise lint and write
 * nothing, and the user would not learn why.
 */
import {findClosest} from '@fzlint/config'

/** Options `fzlint serve` alone takes (it parses its own flags; the lint command never declares these). */
export const SERVE_ONLY_FLAGS = ['port', 'host', 'no-open'] as const

/** Options `fzlint review` alone takes. */
export const REVIEW_ONLY_FLAGS = ['report'] as const

/**
 * Options of the lint command that a review has no use for: it prints its own table, writes summaries with
 * --report, and fixes, baselines or reads standard input never.
 */
export const LINT_ONLY_FLAGS = [
  'format',
  'output-file',
  'quiet',
  'max-warnings',
  'fix',
  'fix-dry-run',
  'suppress-all',
  'prune-suppressions',
  'suppressions-location',
  'stdin',
  'stdin-filename',
  'init',
  'print-config',
] as const

export type Command = 'lint' | 'review'

/** The first flag given that `command` does not take, with the command it belongs to; undefined when all fit. */
export function findMisplacedFlag(command: Command, values: Record<string, unknown>): {flag: string; belongsTo: string} | undefined {
  const foreign: readonly string[] = command === 'lint' ? REVIEW_ONLY_FLAGS : LINT_ONLY_FLAGS
  const flag = foreign.find((name) => values[name] !== undefined)
  if (flag === undefined) return undefined
  return {flag, belongsTo: command === 'lint' ? 'fzlint review' : 'fzlint'}
}

export function describeMisplacedFlag(command: Command, misplaced: {flag: string; belongsTo: string}): string {
  const {flag, belongsTo} = misplaced
  if (command === 'lint') return `--${flag} 是 ${belongsTo} 的选项，fzlint 检查命令不接受 / --${flag} is an option of ${belongsTo}, not of fzlint`
  return `--${flag} 是检查命令 ${belongsTo} 的选项，fzlint review 不接受 / --${flag} is an option of the lint command (${belongsTo}), not of fzlint review`
}

/**
 * node:util parseArgs's unknown-option error, in both languages: a serve option is named as such, anything
 * else gets the closest known flag. Returns undefined for any other error.
 */
export function describeUnknownOption(error: unknown, knownFlags: readonly string[]): string | undefined {
  if ((error as {code?: unknown} | null)?.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined
  const option = /'(-{1,2}[^']+)'/u.exec((error as Error).message)?.[1] ?? ''
  const name = option.replace(/^-+/u, '').replace(/=.*$/u, '')
  if ((SERVE_ONLY_FLAGS as readonly string[]).includes(name)) {
    return `--${name} 是 fzlint serve 的选项，请写 fzlint serve --${name} / --${name} is an option of fzlint serve`
  }
  const closest = findClosest(name, knownFlags)
  return `未知选项 “${option}” / unknown option ${option}${closest ? `；是否想写 --${closest}？/ did you mean --${closest}?` : ''}`
}
