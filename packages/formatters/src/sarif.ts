/** `sarif`: SARIF 2.1.0 as GitHub code scanning accepts it — every rule run, findings with stable fingerprints. */
import {pathToFileURL} from 'node:url'
import type {LintMessage, RuleMeta} from '@fzlint/core'
import {computeFingerprints, toRelativePath, toUriReference} from './locations.js'
import {levelOf, lineBreakAt, splitAroundArray, stringifyAtLevel, stringifyNumber} from './json-array-stream.js'
import {wholeOutput, type FormatterContext, type StreamingFormatter} from './types.js'

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = 'https://github.com/fzlint/fzlint'
/** Versioned so a later change of the hashing can use a new key instead of reopening every alert. */
const FINGERPRINT_KEY = 'fzlintFindingHash/v1'
const SOURCE_ROOT = '%SRCROOT%'

type Level = 'error' | 'warning'

function toLevel(severity: 1 | 2): Level {
  return severity === 2 ? 'error' : 'warning'
}

/** The paragraphs under `## 检查内容` of a rule README: a fuller description than the one-line summary. */
function findCheckedContent(readme: string): string | undefined {
  const match = /^##[ \t]+检查内容[ \t]*\r?\n([\s\S]*?)(?=^##[ \t]|(?![\s\S]))/mu.exec(readme)
  const text = match?.[1]?.trim()
  return text ? text : undefined
}

function describeRule(id: string, meta: RuleMeta | undefined, readme: string | undefined) {
  if (!meta) return {id}
  const summary = meta.docs.basis ? `${meta.docs.description}（依据：${meta.docs.basis}）` : meta.docs.description
  const helpText = [summary, meta.docs.url ? `详见 / see ${meta.docs.url}` : ''].filter(Boolean).join('\n')
  return {
    id,
    shortDescription: {text: meta.docs.description},
    fullDescription: {text: (readme && findCheckedContent(readme)) ?? summary},
    help: readme ? {text: helpText, markdown: readme} : {text: helpText},
    ...(meta.docs.url ? {helpUri: meta.docs.url} : {}),
    defaultConfiguration: {level: meta.defaultSeverity === 'error' ? 'error' : 'warning'},
    properties: {tags: [meta.type], ...(meta.fixable ? {fixable: true} : {})},
  }
}

/**
 * A finding's region. For a .pdf, lines and columns are those of the text extracted from it (one paragraph a
 * line), which the region's property bag says (`positions: 'extracted-text'`) beside the page the finding begins on
 * (`page`).
 */
function toRegion(message: LintMessage) {
  const region: {startLine: number; startColumn: number; endLine?: number; endColumn?: number; properties?: {page: number; positions: 'extracted-text'}} = {
    startLine: Math.max(1, message.line),
    startColumn: Math.max(1, message.column),
  }
  if (message.endLine !== undefined && message.endLine >= region.startLine) {
    region.endLine = message.endLine
    const endColumn = Math.max(1, message.endColumn ?? 1)
    // SARIF forbids a region ending before it starts; an empty range on one line stays empty.
    if (message.endLine > region.startLine || endColumn >= region.startColumn) region.endColumn = endColumn
  }
  if (message.page !== undefined) region.properties = {page: message.page, positions: 'extracted-text'}
  return region
}

/**
 * Prints findings as JSON.stringify(finding, null, 2) prints them `level` levels deep in the log, each from fragments:
 * the layout is made once, what the findings of a rule at a severity share (id, index, level) once per rule and
 * severity, the file's artifact location once per file; only the message, region, fingerprint and data are printed
 * per finding (measured on 2,000 corpus results, 13,200 findings: the format's add 41 → 21 µs a result, against
 * building each finding's object and printing it whole nested in arrays). The members are those that object had, in
 * its order: ruleId, ruleIndex (of a known rule), level, message, locations, partialFingerprints, properties (data).
 */
function findingPrinter(level: number, ruleIndex: ReadonlyMap<string, number>) {
  const [at0, at1, at2, at3, at4, at5, at6] = [0, 1, 2, 3, 4, 5, 6].map((depth) => lineBreakAt(level + depth)) as [
    string, string, string, string, string, string, string,
  ]
  // A rule's index never changes once given, so a rule's head stays right for the whole run.
  const headsBySeverity = {warning: new Map<string | null, string>(), error: new Map<string | null, string>()}
  /** Everything before the message text. */
  const headOf = (message: LintMessage): string => {
    const severity = toLevel(message.severity)
    const heads = headsBySeverity[severity]
    let head = heads.get(message.ruleId)
    if (head === undefined) {
      const index = message.ruleId === null ? undefined : ruleIndex.get(message.ruleId)
      head =
        `{${at1}"ruleId": ${JSON.stringify(message.ruleId ?? 'fzlint')},` +
        (index === undefined ? '' : `${at1}"ruleIndex": ${index},`) +
        `${at1}"level": "${severity}",${at1}"message": {${at2}"text": `
      heads.set(message.ruleId, head)
    }
    return head
  }
  const printRegion = (message: LintMessage): string => {
    const region = toRegion(message)
    let text = `{${at5}"startLine": ${stringifyNumber(region.startLine)},${at5}"startColumn": ${stringifyNumber(region.startColumn)}`
    if (region.endLine !== undefined) text += `,${at5}"endLine": ${stringifyNumber(region.endLine)}`
    if (region.endColumn !== undefined) text += `,${at5}"endColumn": ${stringifyNumber(region.endColumn)}`
    if (region.properties) {
      text += `,${at5}"properties": {${at6}"page": ${stringifyNumber(region.properties.page)},${at6}"positions": "${region.properties.positions}"${at5}}`
    }
    return `${text}${at4}}`
  }
  const fingerprintKey = JSON.stringify(FINGERPRINT_KEY)
  return {
    /** The part of a file's findings from the message's end to the region: the file's artifact location. */
    locationOf: (uri: string): string =>
      `${at1}},${at1}"locations": [${at2}{${at3}"physicalLocation": {${at4}"artifactLocation": {${at5}"uri": ${JSON.stringify(uri)},` +
      `${at5}"uriBaseId": ${JSON.stringify(SOURCE_ROOT)}${at4}},${at4}"region": `,
    print(message: LintMessage, location: string, fingerprint: string): string {
      let text =
        headOf(message) + JSON.stringify(message.message) + location + printRegion(message) +
        `${at3}}${at2}}${at1}],${at1}"partialFingerprints": {${at2}${fingerprintKey}: ${JSON.stringify(fingerprint)}${at1}}`
      if (message.data) text += `,${at1}"properties": {${at2}"data": ${stringifyAtLevel(message.data, level + 2)}${at1}}`
      return `${text}${at0}}`
    },
  }
}

function toSourceRootUri(cwd: string): string {
  const uri = pathToFileURL(cwd).href
  return uri.endsWith('/') ? uri : `${uri}/`
}

interface PendingNotification {
  text: string
  artifactLocation: object
  ruleId: string | null
}

/**
 * The log is written with `results` before `tool` and `invocations` (JSON objects have no order a reader may rely
 * on): each finding goes out as its file finishes, with its fingerprint made from the file's source there and then;
 * the rules (a rule seen only in a result is added to the known ones, as before) and the run's notifications follow.
 */
export const sarifStream: StreamingFormatter = (context: FormatterContext) => {
  const ruleIds = Object.keys(context.rulesMeta).sort()
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const notifications: PendingNotification[] = []
  const runWith = (results: unknown[]) => ({
    originalUriBaseIds: {[SOURCE_ROOT]: {uri: toSourceRootUri(context.cwd)}},
    columnKind: 'utf16CodeUnits',
    results,
    tool: {
      driver: {
        name: 'fzlint',
        informationUri: INFORMATION_URI,
        ...(context.toolVersion ? {semanticVersion: context.toolVersion} : {}),
        rules: ruleIds.map((id) => describeRule(id, context.rulesMeta[id], context.ruleDocs?.[id])),
      },
    },
    invocations: [
      {
        executionSuccessful: notifications.length === 0,
        toolExecutionNotifications: notifications.map((notification) => ({
          level: 'error',
          message: {text: notification.text},
          locations: [{physicalLocation: {artifactLocation: notification.artifactLocation}}],
          ...(notification.ruleId !== null
            ? {associatedRule: {id: notification.ruleId, ...(ruleIndex.has(notification.ruleId) ? {index: ruleIndex.get(notification.ruleId)} : {})}}
            : {}),
        })),
      },
    ],
  })
  const logWith = (results: unknown[]) => ({$schema: SARIF_SCHEMA, version: '2.1.0', runs: [runWith(results)]})
  const {head, itemPrefix} = splitAroundArray(logWith)
  const printer = findingPrinter(levelOf(itemPrefix), ruleIndex)
  let hasFindings = false
  return {
    start: () => head,
    add(result, prepared) {
      for (const message of result.messages) {
        if (message.ruleId !== null && !message.fatal && !ruleIndex.has(message.ruleId)) {
          ruleIndex.set(message.ruleId, ruleIds.length)
          ruleIds.push(message.ruleId)
        }
      }
      const path = toRelativePath(result.filePath, context.cwd)
      const artifactLocation = {uri: toUriReference(path), uriBaseId: SOURCE_ROOT}
      const location = printer.locationOf(artifactLocation.uri)
      const fingerprints = prepared?.fingerprints ?? computeFingerprints(result)
      let text = ''
      result.messages.forEach((message, index) => {
        // A file or rule that could not be processed is a tool failure, not a finding in the report.
        if (message.fatal) {
          notifications.push({text: message.message, artifactLocation, ruleId: message.ruleId})
          return
        }
        text += `${hasFindings ? ',' : ''}${itemPrefix}${printer.print(message, location, fingerprints[index]!)}`
        hasFindings = true
      })
      return text
    },
    end() {
      // Rules the caller came to know while the files were linted (a plugin that a file's configuration loaded) are
      // listed after those already indexed, so every ruleIndex written stays right.
      for (const id of Object.keys(context.rulesMeta).sort()) {
        if (!ruleIndex.has(id)) {
          ruleIndex.set(id, ruleIds.length)
          ruleIds.push(id)
        }
      }
      // The rules and notifications are complete now: the tail is cut from the log as it stands.
      const {closePrefix, tail} = splitAroundArray(logWith)
      return (hasFindings ? closePrefix : '') + tail
    },
  }
}

export const sarif = wholeOutput(sarifStream)
