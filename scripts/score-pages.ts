/**
 * Scores the page rules against the annotated real pages in fixtures/pages/: line-level precision and recall of
 * web-noise's page chrome, and how often the model finds the title line and the report year. Run by
 * `pnpm eval:pages` (scripts/eval-pages.mjs bundles this file) and by test/pages.test.ts.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fixText, lintText, parseReport, type LintMessage} from '@fzlint/core'
import {builtinRules} from '@fzlint/builtin'
import {detectProfile} from '@fzlint/config'

export interface PageExpectation {
  file: string
  year: number | null
  profile: 'government' | 'department' | 'township'
  title_line: number | null
  expect: {rule: string; line: number; note?: string}[]
  unsure: {rule: string; line: number; note?: string}[]
}

export interface PageScore {
  file: string
  /** Chrome lines expected, found, and those found that are neither expected nor unsure. */
  expectedChrome: number[]
  foundChrome: number[]
  missedChrome: number[]
  wrongChrome: number[]
  titleLine: {expected: number | null; found: number | null}
  year: {expected: number | null; found: number | null}
  /** The reporting body's kind the reviewer read, and the one detectProfile found. */
  profile: {expected: string; found: string}
  /** Body lines (the title line and every non-chrome line after it) that `--fix` of web-noise changed or lost. */
  damagedBody: number[]
  /** Lines of date-deadline's findings (publication or sign-off dates) expected, found, missed and found wrongly. */
  deadline: {expected: number[]; missed: number[]; wrong: number[]}
}

export interface PagesScore {
  pages: PageScore[]
  chrome: {precision: number; recall: number; expected: number; found: number; correct: number}
  titleAccuracy: number
  yearAccuracy: number
  profileAccuracy: number
  /** date-deadline on the pages: the expected findings found, and findings neither expected nor unsure. */
  deadline: {expected: number; found: number; wrong: number}
  /** Pages whose body web-noise's fix damaged. */
  damagedPages: string[]
}

/** Run from the repository root (pnpm scripts and vitest both are). */
const PAGES = resolve('fixtures/pages')
const WEB_NOISE = 'web-noise'
const DATE_DEADLINE = 'date-deadline'
/** A fixed today, so that no page's date is ever in the future of the scoring. */
const TODAY = {year: 2026, month: 12, day: 31}

/** The lines of a web-noise finding: its `data.lines` (a block of chrome) or the line it starts on. */
function findingLines(message: LintMessage): number[] {
  const lines = (message.data as {lines?: unknown} | undefined)?.lines
  if (Array.isArray(lines) && lines.every((line) => typeof line === 'number')) return lines as number[]
  return message.line === undefined ? [] : [message.line]
}

/** Lines `text.split('\n')`, as the pages README counts them. */
function splitLines(text: string): string[] {
  return text.split('\n')
}

/**
 * The report text a fix must keep: the title line and every later non-empty line that is not chrome (expected or
 * unsure), each compared without the chrome a partial fix may take off its ends.
 */
function findBodyLines(lines: string[], expectation: PageExpectation, chrome: Set<number>): number[] {
  const from = expectation.title_line ?? 1
  const body: number[] = []
  for (let line = from; line <= lines.length; line++) {
    if (lines[line - 1]!.trim() === '') continue
    if (line !== expectation.title_line && chrome.has(line)) continue
    body.push(line)
  }
  return body
}

/** Every body line's text must still be found, in order, in the fixed text (a partial fix may shorten a title line, never the title). */
function findDamagedBody(source: string, fixed: string, bodyLines: number[], titleLine: number | null, titleText: string | null): number[] {
  const sourceLines = splitLines(source)
  const damaged: number[] = []
  let from = 0
  for (const line of bodyLines) {
    // The title line may carry chrome that the fix removes; the title itself must stay.
    const needle = line === titleLine && titleText ? titleText : sourceLines[line - 1]!.trim()
    // The last line of a page is cut mid-character: compare what remains of it.
    const at = fixed.indexOf(needle, from)
    if (at === -1) damaged.push(line)
    else from = at + needle.length
  }
  return damaged
}

export function listPages(): string[] {
  return readdirSync(PAGES)
    .filter((name) => /^\d{3}\.txt$/u.test(name))
    .sort()
}

export function readExpectation(file: string): PageExpectation {
  return JSON.parse(readFileSync(join(PAGES, 'expected', file.replace(/\.txt$/u, '.json')), 'utf8')) as PageExpectation
}

export function scorePage(file: string): PageScore {
  const source = readFileSync(join(PAGES, file), 'utf8')
  const expectation = readExpectation(file)
  const rule = builtinRules.find((candidate) => candidate.meta.id === WEB_NOISE)!
  const lint = (text: string) => lintText(text, {rules: [{rule, severity: 1}], syntax: 'text'}).result
  const result = lint(source)
  const noise = result.messages.filter((message) => message.ruleId === WEB_NOISE)
  const found = [...new Set(noise.flatMap(findingLines))].sort((a, b) => a - b)
  const expected = expectation.expect.filter((entry) => entry.rule === WEB_NOISE).map((entry) => entry.line)
  const unsure = new Set(expectation.unsure.filter((entry) => entry.rule === WEB_NOISE).map((entry) => entry.line))
  const expectedSet = new Set(expected)
  const document = parseReport(source, {syntax: 'text'})
  const titleNode = document.title?.node
  const titleLine = titleNode?.position?.start.line ?? null
  const fixed = fixText(source, result, lint).text
  const chrome = new Set([...expected, ...unsure])
  const bodyLines = findBodyLines(splitLines(source), expectation, chrome)
  // The title as the model reads it, when it is one line and the expected one: a partial fix may remove chrome around it.
  const titleText = titleLine === expectation.title_line && document.title?.nodes.length === 1 ? document.title.text : null
  const deadlineRule = builtinRules.find((candidate) => candidate.meta.id === DATE_DEADLINE)!
  const deadlineLines = lintText(source, {rules: [{rule: deadlineRule, severity: 2}], syntax: 'text', settings: {today: TODAY}})
    .result.messages.filter((message) => message.ruleId === DATE_DEADLINE)
    .map((message) => message.line!)
  const expectedDeadline = expectation.expect.filter((entry) => entry.rule === DATE_DEADLINE).map((entry) => entry.line)
  const unsureDeadline = new Set(expectation.unsure.filter((entry) => entry.rule === DATE_DEADLINE).map((entry) => entry.line))
  return {
    file,
    expectedChrome: expected,
    foundChrome: found,
    missedChrome: expected.filter((line) => !found.includes(line)),
    wrongChrome: found.filter((line) => !expectedSet.has(line) && !unsure.has(line)),
    titleLine: {expected: expectation.title_line, found: titleLine},
    year: {expected: expectation.year, found: document.year},
    profile: {expected: expectation.profile, found: detectProfile(document).profile},
    damagedBody: findDamagedBody(source, fixed, bodyLines, expectation.title_line, titleText),
    deadline: {
      expected: expectedDeadline,
      missed: expectedDeadline.filter((line) => !deadlineLines.includes(line)),
      wrong: deadlineLines.filter((line) => !expectedDeadline.includes(line) && !unsureDeadline.has(line)),
    },
  }
}

export function scorePages(files = listPages()): PagesScore {
  const pages = files.map(scorePage)
  let expected = 0
  let found = 0
  let correct = 0
  for (const page of pages) {
    expected += page.expectedChrome.length
    const wrong = page.wrongChrome.length
    const hits = page.expectedChrome.length - page.missedChrome.length
    correct += hits
    // Lines marked unsure count neither way.
    found += hits + wrong
  }
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)
  return {
    pages,
    chrome: {precision: share(correct, found), recall: share(correct, expected), expected, found, correct},
    titleAccuracy: share(pages.filter((page) => page.titleLine.expected === page.titleLine.found).length, pages.length),
    yearAccuracy: share(pages.filter((page) => page.year.expected === page.year.found).length, pages.length),
    profileAccuracy: share(pages.filter((page) => page.profile.expected === page.profile.found).length, pages.length),
    damagedPages: pages.filter((page) => page.damagedBody.length > 0).map((page) => page.file),
    deadline: {
      expected: pages.reduce((sum, page) => sum + page.deadline.expected.length, 0),
      found: pages.reduce((sum, page) => sum + page.deadline.expected.length - page.deadline.missed.length, 0),
      wrong: pages.reduce((sum, page) => sum + page.deadline.wrong.length, 0),
    },
  }
}

/** The report `pnpm eval:pages` prints: the totals, then each page that misses anything. */
export function formatScore(score: PagesScore, verbose = false): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`
  const out: string[] = []
  for (const page of score.pages) {
    const problems: string[] = []
    if (page.missedChrome.length) problems.push(`chrome missed ${page.missedChrome.join(',')}`)
    if (page.wrongChrome.length) problems.push(`not chrome ${page.wrongChrome.join(',')}`)
    if (page.titleLine.expected !== page.titleLine.found) problems.push(`title line ${page.titleLine.found} (expected ${page.titleLine.expected})`)
    if (page.year.expected !== page.year.found) problems.push(`year ${page.year.found} (expected ${page.year.expected})`)
    if (page.profile.expected !== page.profile.found) problems.push(`profile ${page.profile.found} (expected ${page.profile.expected})`)
    if (page.damagedBody.length) problems.push(`fix damages body lines ${page.damagedBody.join(',')}`)
    if (page.deadline.missed.length) problems.push(`date-deadline missed ${page.deadline.missed.join(',')}`)
    if (page.deadline.wrong.length) problems.push(`date-deadline not expected ${page.deadline.wrong.join(',')}`)
    if (problems.length || verbose) out.push(`${page.file}  ${problems.join('; ') || 'ok'}`)
  }
  out.push('')
  out.push(`pages: ${score.pages.length}`)
  out.push(`chrome lines: precision ${percent(score.chrome.precision)}, recall ${percent(score.chrome.recall)} (${score.chrome.correct} of ${score.chrome.expected} found, ${score.chrome.found - score.chrome.correct} wrong)`)
  out.push(`title line: ${percent(score.titleAccuracy)}`)
  out.push(`year: ${percent(score.yearAccuracy)}`)
  out.push(`reporting body (profile): ${percent(score.profileAccuracy)}`)
  out.push(`date-deadline (publication and sign-off dates): ${score.deadline.found} of ${score.deadline.expected} found, ${score.deadline.wrong} not expected`)
  out.push(`fix damaged the body of: ${score.damagedPages.length ? score.damagedPages.join(', ') : 'no page'}`)
  return out.join('\n')
}

/** Joins a path under fixtures/pages (for tests that read a page). */
export function pagePath(file: string): string {
  return join(PAGES, file)
}
