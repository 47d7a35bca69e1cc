/** One file → a ReviewRecord: read and lint as `fzlint` does (lintFile), summarise with each finding's sentence and section. */
import {findSectionAt, findTopSection, type LintMessage, type LintSettings, type ReportDocument, type ReportingBodyProfile} from '@fzlint/core'
import {describeError, lintFile} from '@fzlint/core/io'
import type {FileLintSetup} from '@fzlint/pool'
import {findKindsCoveredByHeading} from '@fzlint/core'
import {detectProfile, findOrganInTitle} from '@fzlint/config'
import {findReviewIndicators} from './record-indicators.js'
import {findSentence} from './sentence-context.js'
import {countSeverities, REQUIRED_KINDS, type RequiredKind, type ReviewMessage, type ReviewRecord, type SectionPresence} from './record.js'

/** How a file is linted: the pool's, which both workers take from the same configuration inputs. */
export type {FileLintSetup}

export function failedRecord(filePath: string, reason: string): ReviewRecord {
  return {filePath, failure: reason, title: null, issuer: null, year: null, profile: null, sections: null, errorCount: 1, warningCount: 0, messages: []}
}

/** Sign-off issuer, else the organ in the title, else the subject of the opening (helong-2023 has neither title nor sign-off: “2023年,鹤龙街坚持……”). */
export function findIssuer(document: ReportDocument): string | null {
  const signed = document.signoff?.issuer?.text.replace(/\s+/gu, '')
  if (signed) return signed
  const inTitle = document.title ? findOrganInTitle(document.title.text) : null
  return inTitle ?? detectProfile(document).organ
}

/** Each required part: a top-level section of that kind, only a lower heading covering it, or nothing. */
export function findSectionPresence(document: ReportDocument): Record<RequiredKind, SectionPresence> {
  const presence = {} as Record<RequiredKind, SectionPresence>
  for (const kind of REQUIRED_KINDS) {
    if (document.topSections.some((section) => section.kind === kind)) {
      presence[kind] = {status: 'present'}
      continue
    }
    const nested = document.allSections.find((section) => section.parent !== null && findKindsCoveredByHeading(section.title, document.sectionEntries).includes(kind))
    presence[kind] = nested
      ? {status: 'nested', note: `仅见于下级标题“${nested.title}”（第${nested.heading.position?.start.line ?? '?'}行）/ only as a sub-heading`}
      : {status: 'absent'}
  }
  return presence
}

/**
 * A finding as review shows it: its place in the original file as the engine mapped it (the same as `fzlint`'s),
 * and its sentence and section found at `range`, its offsets in the linted text.
 */
function toReviewMessage(message: LintMessage, document: ReportDocument, [start, end]: [number, number]): ReviewMessage {
  const {fix, suggestions: _suggestions, ...rest} = message
  const section = findSectionAt(document, start)
  const top = section ? findTopSection(section) : undefined
  const reviewed: ReviewMessage = {
    ...rest,
    // A missing part is reported at the title: its "context" is the title line, which says nothing more.
    context: message.ruleId === null ? undefined : findSentence(document.source, start, end),
    sectionKind: top ? (top.kind ?? 'other') : null,
    sectionTitle: top ? top.title : null,
  }
  if (fix) reviewed.isFixable = true
  return reviewed
}

export interface SummariseOptions {
  /** Last year's report, for the cross-year rules. */
  previous?: ReportDocument
  /** Keep only these rules (the second, cross-year pass of a review). */
  onlyRuleIds?: ReadonlySet<string>
}

/** Reads, lints and summarises one file. Never throws: a failure becomes a record with `failure` set. */
export async function summariseFile(filePath: string, setup: FileLintSetup, options: SummariseOptions = {}): Promise<ReviewRecord> {
  let profile: ReportingBodyProfile | null = null
  // The settings the rules got (configuration's data extensions included): the indicators are read with them too.
  let chosenSettings: LintSettings = setup.baseSettings
  let output
  try {
    // Read and linted as `fzlint` does (lintFile: the reader, then lintInput; the time budget runs from before the
    // reading); non-reports get one diagnostic, as in a single-file run.
    output = await lintFile(filePath, {
      read: setup.read,
      maxFileTimeMs: setup.maxFileTimeMs,
      settings: setup.baseSettings,
      reportUnusedDisableDirectives: setup.reportUnusedDisableDirectives ?? false,
      rules: (document) => {
        const chosen = setup.forDocument(document)
        profile = chosen.profile ?? null
        chosenSettings = chosen.settings
        const rules = options.onlyRuleIds ? chosen.rules.filter(({rule}) => options.onlyRuleIds!.has(rule.meta.id)) : chosen.rules
        const settings = options.previous ? {...chosen.settings, related: {...chosen.settings.related, previous: options.previous}} : chosen.settings
        return {rules, settings}
      },
    })
  } catch (error) {
    // A rule whose options are invalid throws while the rules are set up: the file is reported, the batch goes on.
    return failedRecord(filePath, `${filePath}: 无法检查 / cannot lint: ${describeError(error)}`)
  }
  const {document, input} = output
  // Unreadable, unparsable or over its time: the one fatal message says which.
  if (!document || !input) return failedRecord(filePath, output.result.messages[0]?.message ?? `${filePath}: 无法解析 / cannot parse`)
  const {textRanges} = output
  const messages = output.result.messages.map((message, index) => toReviewMessage(message, document, textRanges[index]!))
  return {
    filePath,
    failure: null,
    title: document.title?.text ?? null,
    issuer: findIssuer(document),
    year: document.year,
    profile,
    sections: findSectionPresence(document),
    ...countSeverities(messages),
    encoding: input.encoding,
    format: input.format,
    messages,
    // The cross-year pass adds findings only: the first pass has read the indicators.
    indicators: options.onlyRuleIds ? [] : findReviewIndicators(document, chosenSettings, input.positionMap),
  }
}
