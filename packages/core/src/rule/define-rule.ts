/** `defineRule` types a rule from its meta; `defineRulePackage` stamps docs URLs for a theme's rules. */
import {z} from 'zod'
import type {DataFile} from '../data/define-data.js'
import type {Rule, RuleContext, RuleMeta, Visitors} from './types.js'

/** Where rule docs live: the rule's README in the repository. */
export const DOCS_BASE_URL = 'https://github.com/fzlint/fzlint/blob/main/rules'

export function docsUrl(theme: string, id: string): string {
  return `${DOCS_BASE_URL}/${theme}/${id}/README.md`
}

export function defineRule<MessageIds extends string, Options extends z.ZodType = z.ZodObject<{}>>(rule: {
  meta: RuleMeta<MessageIds, Options>
  create(context: RuleContext<MessageIds, z.output<Options>>): Visitors
}): Rule<MessageIds, Options> {
  return rule
}

export interface RulePackage {
  /** Folder name under `rules/`, e.g. `structure`. */
  theme: string
  rules: Rule[]
  /** The package's data files: their schemas are generated into schemas/ and their entries validated in tests. */
  dataFiles: DataFile<any>[]
}

export interface RulePackageOptions {
  dataFiles?: DataFile<any>[]
  /**
   * Where each rule's docs are, for a rule whose meta gives no `docs.url`. Built-in packages default to their README
   * in the fzlint repository; a plugin passes its own (`(id) => \`https://example.org/rules/${id}\``).
   */
  docsUrl?: (id: string) => string
}

/**
 * A theme's rules. Built-in packages live in this repository's rules/<theme>/; a plugin (a rule package outside it,
 * named in a configuration's `plugins`) exports one as its default export, and its rules are then known as
 * `<theme>/<rule-id>`.
 */
export function defineRulePackage(theme: string, rules: Rule<any, any>[], options: RulePackageOptions = {}): RulePackage {
  const urlFor = options.docsUrl ?? ((id: string) => docsUrl(theme, id))
  for (const rule of rules) rule.meta.docs.url ??= urlFor(rule.meta.id)
  return {theme, rules: rules as Rule[], dataFiles: options.dataFiles ?? []}
}

/**
 * The options of a rule that takes none: `{}` only. One schema for all such rules (`options: noOptions`): each
 * `z.object({}).strict()` of its own was built at every start-up and compiled by zod at its first parse, ~0.2 ms a rule
 * in a fresh process.
 */
export const noOptions = z.object({}).strict()

/** The rule's options parsed by its zod schema (defaults applied); throws a readable error. */
export function parseRuleOptions(rule: Rule, options: unknown): unknown {
  const schema = rule.meta.options ?? noOptions
  // What noOptions makes of no options, without zod compiling its parser at the first parse (~0.9 ms of a start-up).
  if (schema === noOptions && options === undefined) return {}
  const result = schema.safeParse(options ?? {})
  if (!result.success) {
    const details = result.error.issues.map((issue) => `/${issue.path.join('/')}: ${issue.message}`).join('; ')
    throw new RuleOptionsError(rule.meta.id, details)
  }
  return result.data
}

export class RuleOptionsError extends Error {
  constructor(
    readonly ruleId: string,
    readonly details: string,
  ) {
    super(`规则 ${ruleId} 的选项无效 / invalid options for rule ${ruleId}: ${details}`)
    this.name = 'RuleOptionsError'
  }
}

/** A message template cut at its `{name}` placeholders: `texts[i]` comes before `keys[i]`, the last text after them all. */
export interface CompiledTemplate {
  texts: string[]
  keys: string[]
}

const PLACEHOLDER = /\{(\w+)\}/gu

/** Cuts a template at its placeholders, once for all the messages made from it (see formatCompiled). */
export function compileTemplate(template: string): CompiledTemplate {
  const compiled: CompiledTemplate = {texts: [], keys: []}
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    compiled.texts.push(template.slice(last, match.index))
    compiled.keys.push(match[1]!)
    last = match.index + match[0].length
  }
  compiled.texts.push(template.slice(last))
  return compiled
}

/**
 * A compiled template filled from data, as formatMessage fills the template. A replace() with a callback for every
 * finding took about 2 µs a message; joining the cut template's pieces takes a tenth of that.
 */
export function formatCompiled({texts, keys}: CompiledTemplate, data: Record<string, unknown> | undefined): string {
  let message = texts[0]!
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!
    message += (data !== undefined && key in data ? String(data[key]) : `{${key}}`) + texts[index + 1]!
  }
  return message
}

/** Fills `{name}` placeholders from data; unknown placeholders stay as written. */
export function formatMessage(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template
  return formatCompiled(compileTemplate(template), data)
}
