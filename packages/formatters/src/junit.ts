/** `junit`: JUnit XML for CI test tabs — one testsuite per file (written as the file finishes), one testcase per rule, a failure listing its findings. */
import type {LintMessage} from '@fzlint/core'
import {countNoun} from './english-count.js'
import {createEscape} from './escape.js'
import {toRelativePath} from './locations.js'
import {describePlace} from './place.js'
import {wholeOutput, type StreamingFormatter} from './types.js'

/** What each character escapeXml changes becomes; those XML 1.0 cannot carry at all are dropped (''). */
const XML_REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw line breaks in attributes to spaces; character references survive.
  '\r': '&#13;',
  '\n': '&#10;',
}
/**
 * Escapes text for XML content and attribute values; characters XML 1.0 cannot carry at all are dropped (see
 * createEscape: one pass, none when nothing is to change).
 */
export const escapeXml: (text: string) => string = createEscape(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"'\r\n]/u, XML_REPLACEMENTS)

function describeFinding(message: LintMessage): string {
  const place = describePlace(message)
  return `${place} ${message.severity === 2 ? 'error' : 'warning'} ${message.message}`
}

/** The name of the testcase that stands for failures not owned by a rule (a file that could not be read). */
const FILE_CASE = 'fzlint'

/**
 * The root element carries only the name: its totals would have to be known before the first file is written, and the
 * counts JUnit readers show (GitLab, Jenkins, Azure) are summed from the testsuites, which carry their own.
 */
export const junitStream: StreamingFormatter = (context) => {
  const ruleIds = Object.keys(context.rulesMeta).sort()
  const listedRules = new Set(ruleIds)
  // Every file lists every rule: a testcase's opening up to its classname is made once per run, the path once per file,
  // and only the cases with findings are grouped (measured on 2,000 corpus results: add 12.3 → 10.7 µs a result,
  // against a map seeded per file with an empty list for every rule).
  const caseOpenings = new Map<string, string>()
  const caseOpeningOf = (name: string) => {
    let opening = caseOpenings.get(name)
    if (opening === undefined) {
      opening = `    <testcase name="${escapeXml(name)}" classname="`
      caseOpenings.set(name, opening)
    }
    return opening
  }
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fzlint">\n',
    add(result) {
      const path = toRelativePath(result.filePath, context.cwd)
      const escapedPath = escapeXml(path)
      const classAndTime = `${escapedPath}" time="0"`
      const findingsByCase = new Map<string, LintMessage[]>()
      for (const message of result.messages) {
        const name = message.ruleId ?? FILE_CASE
        const messages = findingsByCase.get(name)
        if (messages) messages.push(message)
        else findingsByCase.set(name, [message])
      }
      // Rules never ran on a file that could not be read: list only the failure, not rules that seem to pass.
      const isUnreadable = result.messages.some((message) => message.fatal && message.ruleId === null)
      // Every rule's case in id order, then those of findings no listed rule owns, in the order they first come.
      const caseNames = isUnreadable ? [...findingsByCase.keys()] : [...ruleIds, ...[...findingsByCase.keys()].filter((name) => !listedRules.has(name))]
      const cases: string[] = []
      let failures = 0
      let errors = 0
      for (const name of caseNames) {
        const messages = findingsByCase.get(name)
        const open = caseOpeningOf(name) + classAndTime
        if (messages === undefined) {
          cases.push(`${open}/>`)
          continue
        }
        // JUnit's <error> means the test could not run: here, a file or rule that could not be processed.
        const couldNotRun = messages.some((message) => message.fatal)
        const element = couldNotRun ? 'error' : 'failure'
        if (couldNotRun) errors++
        else failures++
        const summary = messages.length === 1 ? messages[0]!.message : `${messages.length} 个问题 / ${countNoun(messages.length, 'problem')}`
        const type = messages.some((message) => message.severity === 2) ? 'error' : 'warning'
        const body = messages.map(describeFinding).join('\n')
        cases.push(`${open}>\n      <${element} message="${escapeXml(summary)}" type="${type}">${escapeXml(body)}</${element}>\n    </testcase>`)
      }
      return `  <testsuite name="${escapedPath}" tests="${caseNames.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>\n`
    },
    end: () => '</testsuites>\n',
  }
}

export const junit = wholeOutput(junitStream)
