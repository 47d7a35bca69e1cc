/** @fzlint/core: parse official report text into mdast, build the report model, run rules. Browser-safe (Node I/O lives in ./io). */
export * from './parse/index.js'
export * from './rule/types.js'
export {defineRule, defineRulePackage, docsUrl, formatMessage, noOptions, parseRuleOptions, RuleOptionsError, DOCS_BASE_URL, type RulePackage, type RulePackageOptions} from './rule/define-rule.js'
export {
  buildReport,
  classifySectionTitle,
  findKindsCoveredByHeading,
  findSectionAt,
  findTopSection,
  findReferenceYear,
  findReferenceYears,
  nodeText,
  type ReportDocument,
  type Title,
  type Section,
  type Signoff,
  type Publication,
  type TextLine,
  type BuildReportOptions,
} from './model/report-model.js'
export {lintText, type LintTextOptions} from './engine/lint.js'
export {lintInput, withFixedText, type LintSetup, type LintOutput, type LintableText} from './engine/lint-input.js'
export {parseReport, parseInput, type ParseReportOptions, type ParseInputOptions} from './engine/parse-report.js'
export {summarise, fatalResult, overTimeResult, toLintMessage, type ToLintMessageOptions} from './engine/shape-results.js'
export {NOT_A_REPORT_ID} from './engine/non-report.js'
export type {LintTimings} from './engine/timings.js'
export type {ReadInput} from './io/reader-types.js'
export {checkDeadline, createDeadline, describeOverTime, FileTimeLimitError, DEFAULT_MAX_FILE_TIME_MS, type Deadline} from './engine/deadline.js'
export {compareMessages} from './engine/sort-messages.js'
export {applyFixes, fixText, hasParseFailure, MAX_FIX_PASSES, type AppliedFixes, type FixedText} from './engine/fix.js'
export type {LintMessage, LintResult, PositionMap} from './engine/types.js'
export {compileEntryPatterns, definePatternList, joinEntryPatterns, patternListEntrySchema, type CompiledPattern, type PatternListDescriptions, type PatternListEntry} from './data/index.js'
export {defineDataFile, regexPatternSchema, DataValidationError, sectionsData, SECTION_KINDS, type DataFile, type SectionKind, type SectionEntry} from './data/index.js'
export {createLocator, type Locator} from './text/locator.js'
export {compareCodeUnits} from './text/compare.js'
export {escapeRegExp, joinPatterns} from './text/join-patterns.js'
