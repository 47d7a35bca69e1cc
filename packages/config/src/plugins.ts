/**
 * Rule packages from outside fzlint, named in a configuration's `plugins`, as ESLint and textlint load theirs: an npm
 * package name or a relative path, resolved from the configuration file's folder. A plugin's default export is a
 * rule package (`defineRulePackage('<name>', [rules])` from @fzlint/core). Its rules are known as `<name>/<rule-id>`
 * and are off until a configuration turns them on, so installing a plugin never changes a run by itself.
 *
 * Loading is synchronous (require, which loads ES modules too on the Node versions fzlint supports), because
 * configuration is resolved synchronously for each file, and a plugin's rule ids must be known before the
 * configuration that names them can be validated.
 */
import {createRequire} from 'node:module'
import {join} from 'node:path'
import type {Rule, RulePackage} from '@fzlint/core'
import {ConfigError} from './errors.js'

/** A plugin's name becomes its rules' prefix: lower-case kebab, so `name/rule-id` reads like a rule id. */
const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]*$/u

export interface PluginRegistry {
  /**
   * The built-in rules and every plugin rule loaded so far. A new array only when a plugin adds rules: the
   * configuration validator, compiled from this list, is cached by its identity.
   */
  readonly rules: readonly Rule[]
  /** Loads the plugins a configuration names (each module once), before the configuration is validated. */
  load(specifiers: readonly string[], directory: string, source: string): void
}

function describeLoadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') return '找不到该模块，请先 npm install / module not found; install it first'
  return error instanceof Error ? error.message.split('\n')[0]! : String(error)
}

/** The rule package a module exports (its default export, or the module itself), or a reason it is none. */
function readRulePackage(exported: unknown): RulePackage | string {
  const candidate = (exported as {default?: unknown} | null)?.default ?? exported
  const rulePackage = candidate as Partial<RulePackage> | null
  if (!rulePackage || typeof rulePackage !== 'object') return '没有导出规则包 / exports no rule package'
  if (typeof rulePackage.theme !== 'string' || !PLUGIN_NAME.test(rulePackage.theme)) {
    return `规则包名应为小写连字符形式，收到 ${JSON.stringify(rulePackage.theme)} / the package name (defineRulePackage's first argument) must be lower-case kebab`
  }
  if (!Array.isArray(rulePackage.rules)) return '规则包没有 rules 数组 / the rule package has no rules array'
  for (const rule of rulePackage.rules as unknown[]) {
    const {meta, create} = (rule ?? {}) as Partial<Rule>
    if (!meta || typeof meta.id !== 'string' || typeof create !== 'function') return '规则应有 meta.id 和 create() / each rule needs meta.id and create()'
  }
  return rulePackage as RulePackage
}

export function createPluginRegistry(builtinRules: readonly Rule[]): PluginRegistry {
  let rules: readonly Rule[] = builtinRules
  const loadedModules = new Set<string>()
  const sourceByName = new Map<string, string>()

  function load(specifiers: readonly string[], directory: string, source: string): void {
    const requireFromConfig = createRequire(join(directory, 'fzlint.config.json'))
    for (const specifier of specifiers) {
      let modulePath: string
      let exported: unknown
      try {
        modulePath = requireFromConfig.resolve(specifier)
        if (loadedModules.has(modulePath)) continue
        exported = requireFromConfig(modulePath)
      } catch (error) {
        throw new ConfigError(source, [`/plugins: 无法加载插件 “${specifier}” / cannot load plugin "${specifier}": ${describeLoadError(error)}`])
      }
      const rulePackage = readRulePackage(exported)
      if (typeof rulePackage === 'string') throw new ConfigError(source, [`/plugins: 插件 “${specifier}” ${rulePackage}`])
      const earlier = sourceByName.get(rulePackage.theme)
      if (earlier !== undefined) {
        throw new ConfigError(source, [`/plugins: 插件名 “${rulePackage.theme}” 已由 ${earlier} 使用 / plugin name "${rulePackage.theme}" is already taken by ${earlier}`])
      }
      loadedModules.add(modulePath)
      sourceByName.set(rulePackage.theme, modulePath)
      // The prefixed id goes on a copy of each rule: the plugin's own objects stay as its author wrote them.
      const prefixed = rulePackage.rules.map((rule): Rule => ({...rule, meta: {...rule.meta, id: `${rulePackage.theme}/${rule.meta.id}`}}))
      rules = [...rules, ...prefixed]
    }
  }

  return {
    get rules() {
      return rules
    },
    load,
  }
}

/** Rule ids of a rule table that name a plugin's rule (`name/rule-id`) no loaded plugin has. */
export function findUnknownPluginRuleIds(ruleIds: Iterable<string>, knownRules: readonly Rule[]): string[] {
  const known = new Set(knownRules.map((rule) => rule.meta.id))
  return [...ruleIds].filter((id) => id.includes('/') && !known.has(id))
}
