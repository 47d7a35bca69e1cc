/** Validates a configuration object with ajv against the generated schema and words the errors for people. */
import {createRequire} from 'node:module'
import type Ajv2020 from 'ajv/dist/2020.js'
import type {ErrorObject, ValidateFunction} from 'ajv/dist/2020.js'
import type {DataFile, Rule} from '@fzlint/core'
import {buildConfigSchema} from './config-schema.js'
import {findClosest} from './did-you-mean.js'
import {ConfigError} from './errors.js'

import precompiled, {ruleIds as precompiledRuleIds} from './generated/config-validator.js'

let cached: {rules: readonly Rule[]; validate: ValidateFunction} | undefined

function compile(rules: readonly Rule[], dataFiles: readonly DataFile<object>[]): ValidateFunction {
  if (cached && cached.rules === rules) return cached.validate
  // The built-in rule set has a validator compiled ahead of time (scripts/generate.mjs); others compile here.
  const ids = rules.map((rule) => rule.meta.id).sort()
  if (ids.length === precompiledRuleIds.length && ids.every((id, index) => id === [...precompiledRuleIds].sort()[index])) {
    cached = {rules, validate: precompiled}
    return precompiled
  }
  // ajv's compiler is loaded only here, for rule sets other than the built-in one (required, not imported: the
  // CLI bundle keeps it outside, and most runs never need it).
  const Ajv = (createRequire(import.meta.url)('ajv/dist/2020.js') as {default: typeof Ajv2020}).default
  const ajv = new Ajv({allErrors: true, strict: false})
  const validate = ajv.compile(buildConfigSchema(rules, dataFiles))
  cached = {rules, validate}
  return validate
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function valueAt(config: unknown, pointer: string): unknown {
  let current = config
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/gu, '/').replace(/~0/gu, '~')
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined
  }
  return current
}

function describeError(error: ErrorObject, config: unknown, ruleIds: readonly string[], topKeys: readonly string[]): string {
  const pointer = error.instancePath || '/'
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as {additionalProperty: string}).additionalProperty)
    const isRules = /\/rules$/u.test(error.instancePath)
    const known = isRules ? ruleIds : error.instancePath === '' ? topKeys : []
    const closest = findClosest(name, known)
    const what = isRules ? `未知规则 “${name}” / unknown rule "${name}"` : `未知选项 “${name}” / unknown property "${name}"`
    return `${pointer}: ${what}${closest ? `；是否想写 “${closest}”？/ did you mean "${closest}"?` : ''}`
  }
  const value = describeValue(valueAt(config, error.instancePath))
  if (/^\/(overrides\/\d+\/)?rules\/[^/]+$/u.test(error.instancePath) && error.keyword === 'anyOf') {
    return `${pointer}: 应为 "off" | "warn" | "error" 或 [级别, 选项]，实际为 ${value} / expected a severity or [severity, options]`
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as {allowedValues: unknown[]}).allowedValues.map((item) => JSON.stringify(item)).join(' | ')
    return `${pointer}: 应为 ${allowed} 之一，实际为 ${value} / expected one of ${allowed}`
  }
  if (error.keyword === 'type') {
    return `${pointer}: 应为 ${(error.params as {type: string}).type} 类型，实际为 ${value} / expected ${(error.params as {type: string}).type}`
  }
  return `${pointer}: ${error.message ?? 'invalid'}（实际为 ${value}）`
}

/** Keeps the most specific error per place: a failing anyOf hides its branches' noise. */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>()
  for (const error of errors) {
    const insideRuleSetting = /^\/(overrides\/\d+\/)?rules\/[^/]+/u.exec(error.instancePath)
    const key = insideRuleSetting && error.keyword !== 'additionalProperties' ? insideRuleSetting[0] : `${error.instancePath}#${error.keyword}#${JSON.stringify(error.params)}`
    const existing = byPath.get(key)
    // For a rule setting prefer the anyOf summary, unless an options error deeper inside says more.
    const isDeeper = existing !== undefined && error.instancePath.length > existing.instancePath.length
    const isSummary = existing !== undefined && error.instancePath.length === existing.instancePath.length && error.keyword === 'anyOf'
    if (!existing || (insideRuleSetting && (isDeeper || isSummary))) byPath.set(key, error)
  }
  return [...byPath.values()]
}

/**
 * Problems the JSON Schema cannot express in configured data: a pattern that does not compile, or whose nested
 * quantifiers could make matching take exponential time (each data file's own zod schema says which).
 */
function findDataProblems(config: unknown, dataFiles: readonly DataFile<object>[]): string[] {
  const data = config !== null && typeof config === 'object' ? (config as {data?: unknown}).data : undefined
  if (data === null || typeof data !== 'object') return []
  return dataFiles.flatMap((dataFile) => {
    const entries = (data as Record<string, unknown>)[dataFile.name]
    return Array.isArray(entries) ? dataFile.findProblems(entries, `/data/${dataFile.name}`) : []
  })
}

export function validateConfig(config: unknown, filePath: string, rules: readonly Rule[], dataFiles: readonly DataFile<object>[]): void {
  const validate = compile(rules, dataFiles)
  const isValid = validate(config)
  const dataProblems = findDataProblems(config, dataFiles)
  if (isValid && dataProblems.length === 0) return
  const ruleIds = rules.map((rule) => rule.meta.id)
  const topKeys = ['$schema', 'root', 'plugins', 'extends', 'profile', 'reportYear', 'rules', 'files', 'ignorePatterns', 'overrides', 'data']
  const problems = isValid ? [] : pickErrors(validate.errors ?? []).map((error) => describeError(error, config, ruleIds, topKeys))
  throw new ConfigError(filePath, [...new Set([...problems, ...dataProblems])])
}
