/**
 * Bulk suppressions (a baseline), as ESLint's `eslint-suppressions.json`: counts of findings per file and rule.
 * A later run reports a rule in a file only when it finds more than the recorded count, so CI fails on new problems only.
 */
import {promises as fs, readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {summarise, type LintMessage, type LintResult} from '@fzlint/core'

export const DEFAULT_SUPPRESSIONS_FILE = 'fzlint-suppressions.json'

/** `{"reports/a.txt": {"web-noise": {"count": 3}}}`: paths relative to the suppressions file's folder, `/`-separated. */
export type Suppressions = Record<string, Record<string, {count: number}>>

export class SuppressionsError extends Error {}

export function resolveSuppressionsPath(cwd: string, location: string | undefined): string {
  return resolve(cwd, location ?? DEFAULT_SUPPRESSIONS_FILE)
}

function toKey(suppressionsPath: string, filePath: string): string {
  const base = dirname(suppressionsPath)
  return (isAbsolute(filePath) ? relative(base, filePath) : filePath).split(sep).join('/')
}

/** Findings a baseline can hold: a file that could not be read, or a rule that crashed, is never suppressed. */
function isSuppressible(message: LintMessage): message is LintMessage & {ruleId: string} {
  return message.ruleId !== null && !message.fatal
}

function countByRule(result: LintResult): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of result.messages) {
    if (isSuppressible(message)) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
  }
  return counts
}

function isCountEntry(value: unknown): value is {count: number} {
  return typeof value === 'object' && value !== null && Number.isInteger((value as {count?: unknown}).count) && (value as {count: number}).count > 0
}

/** Reads the suppressions file; a missing file is an empty baseline, a malformed one a clear error. */
export async function readSuppressions(path: string): Promise<Suppressions> {
  let text: string
  try {
    // Blocking: read once per run, and the asynchronous API would load node:fs/promises for it.
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new SuppressionsError(`${path}: 无法读取抑制文件 (${(error as NodeJS.ErrnoException).code}) / cannot read the suppressions file`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new SuppressionsError(`${path}: 抑制文件不是有效的 JSON（${(error as Error).message}）/ suppressions file is not valid JSON`)
  }
  const isValid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((rules) => typeof rules === 'object' && rules !== null && !Array.isArray(rules) && Object.values(rules).every(isCountEntry))
  if (!isValid) {
    throw new SuppressionsError(
      `${path}: 抑制文件格式应为 {"文件": {"规则": {"count": 正整数}}}，可删除后用 --suppress-all 重新生成 / expected {"file": {"rule": {"count": n}}}; delete it and rerun --suppress-all`,
    )
  }
  return parsed as Suppressions
}

function sortSuppressions(suppressions: Suppressions): Suppressions {
  const sorted: Suppressions = {}
  for (const file of Object.keys(suppressions).sort()) {
    const rules = suppressions[file]!
    const ruleIds = Object.keys(rules).filter((ruleId) => rules[ruleId]!.count > 0).sort()
    if (ruleIds.length > 0) sorted[file] = Object.fromEntries(ruleIds.map((ruleId) => [ruleId, {count: rules[ruleId]!.count}]))
  }
  return sorted
}

/** Writes the file with sorted keys (stable diffs in review), through a temporary file so a crash leaves the old one. */
export async function writeSuppressions(path: string, suppressions: Suppressions): Promise<void> {
  const temporary = join(dirname(path), `.fzlint-suppressions-${process.pid}.tmp`)
  try {
    await fs.mkdir(dirname(path), {recursive: true})
    await fs.writeFile(temporary, `${JSON.stringify(sortSuppressions(suppressions), null, 2)}\n`)
    await fs.rename(temporary, path)
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined)
    throw new SuppressionsError(`${path}: 无法写入抑制文件 (${(error as NodeJS.ErrnoException).code}) / cannot write the suppressions file`)
  }
}

/** `--suppress-all`: the linted files' current counts replace their entries; other files' entries stay. */
export function suppressAll(previous: Suppressions, results: LintResult[], suppressionsPath: string): Suppressions {
  const next: Suppressions = {...previous}
  for (const result of results) {
    const key = toKey(suppressionsPath, result.filePath)
    const counts = countByRule(result)
    if (counts.size === 0) delete next[key]
    else next[key] = Object.fromEntries([...counts].map(([ruleId, count]) => [ruleId, {count}]))
  }
  return next
}

/** `--prune-suppressions`: lowers each linted file's counts to what is still found, dropping what was fixed. */
export function pruneSuppressions(previous: Suppressions, results: LintResult[], suppressionsPath: string): Suppressions {
  const next: Suppressions = {...previous}
  for (const result of results) {
    const key = toKey(suppressionsPath, result.filePath)
    const rules = previous[key]
    if (!rules) continue
    const counts = countByRule(result)
    const pruned = Object.fromEntries(
      Object.entries(rules)
        .map(([ruleId, {count}]) => [ruleId, {count: Math.min(count, counts.get(ruleId) ?? 0)}] as const)
        .filter(([, {count}]) => count > 0),
    )
    if (Object.keys(pruned).length === 0) delete next[key]
    else next[key] = pruned
  }
  return next
}

export interface AppliedSuppressions {
  results: LintResult[]
  /** How many findings the baseline hid. */
  suppressedCount: number
  /** Entries that record more findings than were found: fixed problems that `--prune-suppressions` would drop. */
  unusedCount: number
}

/**
 * Hides findings the baseline accounts for. A rule with more findings in a file than recorded is reported with all
 * of them (ESLint's choice): counts cannot tell which findings are the new ones.
 */
export function applySuppressions(results: LintResult[], suppressions: Suppressions, suppressionsPath: string): AppliedSuppressions {
  let suppressedCount = 0
  let unusedCount = 0
  const applied = results.map((result) => {
    const rules = suppressions[toKey(suppressionsPath, result.filePath)]
    if (!rules) return result
    const counts = countByRule(result)
    for (const [ruleId, {count}] of Object.entries(rules)) {
      if ((counts.get(ruleId) ?? 0) < count) unusedCount++
    }
    const isHidden = (message: LintMessage) => isSuppressible(message) && (counts.get(message.ruleId) ?? 0) <= (rules[message.ruleId]?.count ?? 0)
    const messages = result.messages.filter((message) => !isHidden(message))
    if (messages.length === result.messages.length) return result
    suppressedCount += result.messages.length - messages.length
    const {messages: _messages, errorCount: _e, warningCount: _w, fatalErrorCount: _f, fixableErrorCount: _fe, fixableWarningCount: _fw, filePath, ...extra} = result
    return summarise(filePath, messages, extra)
  })
  return {results: applied, suppressedCount, unusedCount}
}
