/**
 * Per-file configuration, as ESLint and remark users expect: the recommended preset (`review` for a review), then the
 * reporting-body profile, then every config file from the outermost folder to the nearest (until
 * `root: true`; `--config` replaces the search), its matching `overrides`, then `--rule` flags.
 */
import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import type {ConfiguredRule, DataFile, LintSettings, ReportDocument, ReportingBodyProfile, Rule} from '@fzlint/core'
import {detectProfile} from './detect-profile.js'
import {findClosest} from './did-you-mean.js'
import {ConfigError} from './errors.js'
import {createGlobMatcher, loadIgnoreFile, type IgnoreMatcher} from './ignore.js'
import {loadConfigLayers, readConfigObject, type ConfigLayer, type LoadContext} from './load-config-file.js'
import {createPluginRegistry, findUnknownPluginRuleIds} from './plugins.js'
import {findPreset, PROFILE_CONFIGS} from './presets.js'
import {applyRuleSettings, configureRules, sortRuleTable, type RuleState} from './rule-table.js'
import type {FzlintConfig, RuleSetting} from './types.js'

export type {RuleState} from './rule-table.js'

export const CONFIG_FILE_NAMES = ['fzlint.config.json', '.fzlintrc.json', 'package.json'] as const

export interface ResolverOptions {
  rules: readonly Rule[]
  dataFiles: readonly DataFile<object>[]
  cwd: string
  /** `--config PATH`: use this file (and its extends) instead of searching. */
  configPath?: string
  /** `--rule id:severity` overrides, applied last. */
  cliRules?: Record<string, RuleSetting>
  /** `--profile`: force the reporting body. */
  profile?: ReportingBodyProfile
  /** Report unused disable directives. */
  reportUnusedDisableDirectives?: boolean
  /** The preset every file starts from, before its profile and config files: `recommended` unless `fzlint review` says `review`. */
  basePreset?: string
}

export interface FileConfig {
  filePath: string
  ignored: boolean
  /**
   * Whether the file is among the config's `files` (the nearest config naming `files` decides); undefined when no
   * config that applies names `files`, so every file given is a report. The CLI skips a file with `false`.
   */
  matchesFiles: boolean | undefined
  /** Config files that apply, outermost first. */
  configFiles: string[]
  /** Profile forced by flag or config; `auto` means detect from the document. */
  profileSetting: ReportingBodyProfile | 'auto'
  /** Settings known before parsing (report year, data extensions). */
  baseSettings: LintSettings
  /** Rules and settings once the report is parsed (the profile may depend on it). */
  forDocument(document: ReportDocument): {rules: ConfiguredRule[]; settings: LintSettings; profile: ReportingBodyProfile}
  /** The resolved rule table for a profile (for --print-config). */
  ruleStates(profile: ReportingBodyProfile): Record<string, RuleState>
}

function findConfigFileIn(directory: string): {path: string; config: FzlintConfig} | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(directory, name)
    if (!existsSync(path)) continue
    const config = readConfigObject(path)
    if (config !== undefined) return {path, config}
  }
  return undefined
}

export function parseCliRule(text: string, ruleIds: readonly string[]): [string, RuleSetting] {
  const match = /^((?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*):(off|warn|error|0|1|2)$/u.exec(text.trim())
  if (!match) throw new ConfigError('--rule', [`“${text}” 应写作 规则:级别，如 punctuation-width:error / expected rule-id:severity`])
  const [, id, severity] = match as unknown as [string, string, string]
  // A plugin's rule (`name/rule-id`) is known once the configuration has loaded its plugin: the resolver checks it then.
  if (!id.includes('/') && !ruleIds.includes(id)) {
    const closest = findClosest(id, ruleIds)
    throw new ConfigError('--rule', [`未知规则 “${id}” / unknown rule${closest ? `；是否想写 “${closest}”？/ did you mean "${closest}"?` : ''}`])
  }
  return [id, /^\d$/u.test(severity) ? (Number(severity) as 0 | 1 | 2) : (severity as RuleSetting)]
}

export function createConfigResolver(options: ResolverOptions) {
  const plugins = createPluginRegistry(options.rules)
  const context: LoadContext = {rules: options.rules, dataFiles: options.dataFiles, plugins}
  const ruleIds = options.rules.map((rule) => rule.meta.id)
  const basePresetName = options.basePreset ?? 'recommended'
  const basePresetConfig = findPreset(basePresetName)
  if (!basePresetConfig) throw new ConfigError(`preset:${basePresetName}`, ['未知预设 / unknown preset'])
  const basePreset = loadConfigLayers(basePresetConfig, `preset:${basePresetName}`, context)
  const profileLayers = Object.fromEntries(
    Object.entries(PROFILE_CONFIGS).map(([name, config]) => [name, loadConfigLayers(config, `profile:${name}`, context)]),
  ) as Record<ReportingBodyProfile, ConfigLayer[]>
  // The same configured rules for every file with the same rule table: the engine parses a configured rule's
  // options once (it keys them by the object), and thousands of files share a handful of tables.
  const configuredByTable = new Map<string, ConfiguredRule[]>()
  // A shared table (below) is looked up by itself, without writing out its JSON again.
  let configuredByStates = new WeakMap<Record<string, RuleState>, ConfiguredRule[]>()
  const configuredRulesFor = (states: Record<string, RuleState>): ConfiguredRule[] => {
    const known = configuredByStates.get(states)
    if (known) return known
    const key = JSON.stringify(states)
    let configured = configuredByTable.get(key)
    if (!configured) {
      configured = configureRules(plugins.rules, states)
      configuredByTable.set(key, configured)
    }
    configuredByStates.set(states, configured)
    return configured
  }
  const directoryCache = new Map<string, ConfigLayer[]>()
  /**
   * Rule tables by the layers that make them (a directory's, cached above) and the profile, for files no override
   * singles out: every file of a batch asked for its table again (sorted, then looked up by its JSON), 4% of a
   * 10,000-report run. Tables are read only.
   */
  let ruleTablesByLayers = new WeakMap<ConfigLayer[], Map<ReportingBodyProfile, Record<string, RuleState>>>()
  const ignoreFile: IgnoreMatcher = loadIgnoreFile(options.cwd)
  let explicitLayers: ConfigLayer[] | undefined

  if (options.cliRules) {
    for (const id of Object.keys(options.cliRules)) {
      if (!id.includes('/') && !ruleIds.includes(id)) throw new ConfigError('--rule', [`未知规则 “${id}” / unknown rule`])
    }
  }

  function layersForDirectory(directory: string): ConfigLayer[] {
    const cached = directoryCache.get(directory)
    if (cached) return cached
    const found = findConfigFileIn(directory)
    let layers: ConfigLayer[]
    if (found && found.config.root) {
      layers = loadConfigLayers(found.config, found.path, context)
    } else {
      const parent = dirname(directory)
      const inherited = parent === directory ? [] : layersForDirectory(parent)
      layers = found ? [...inherited, ...loadConfigLayers(found.config, found.path, context)] : inherited
    }
    directoryCache.set(directory, layers)
    return layers
  }

  function userLayers(filePath: string): ConfigLayer[] {
    if (options.configPath) {
      if (!explicitLayers) {
        const path = resolve(options.cwd, options.configPath)
        if (!existsSync(path)) throw new ConfigError(path, ['文件不存在 / no such file'])
        const config = readConfigObject(path)
        if (config === undefined) throw new ConfigError(path, ['没有 fzlint 配置 / no fzlint configuration'])
        explicitLayers = loadConfigLayers(config, path, context)
      }
      return explicitLayers
    }
    return layersForDirectory(dirname(resolve(filePath)))
  }

  function resolveForFile(filePath: string): FileConfig {
    const absolute = resolve(options.cwd, filePath)
    const layers = userLayers(absolute)
    const matchingOverrides = (layer: ConfigLayer) =>
      (layer.config.overrides ?? []).filter((override) => {
        const matches = createGlobMatcher(override.files, layer.directory)(absolute)
        const excluded = override.excludedFiles ? createGlobMatcher(override.excludedFiles, layer.directory)(absolute) : false
        return matches && !excluded
      })
    let profileSetting: ReportingBodyProfile | 'auto' = 'auto'
    let reportYear: number | undefined
    const data: Record<string, unknown[]> = {}
    let ignored = ignoreFile.isIgnored(absolute)
    let matchesFiles: boolean | undefined
    for (const layer of layers) {
      const {config} = layer
      if (config.files) matchesFiles = createGlobMatcher(config.files, layer.directory)(absolute)
      if (config.profile) profileSetting = config.profile
      if (config.reportYear !== undefined) reportYear = config.reportYear
      for (const [name, entries] of Object.entries(config.data ?? {})) data[name] = [...(data[name] ?? []), ...entries]
      if (config.ignorePatterns && createGlobMatcher(config.ignorePatterns, layer.directory)(absolute)) ignored = true
      for (const override of matchingOverrides(layer)) {
        if (override.profile) profileSetting = override.profile
        if (override.reportYear !== undefined) reportYear = override.reportYear
      }
    }
    if (options.profile) profileSetting = options.profile

    const hasOverrides = (layer: ConfigLayer) => (layer.config.overrides?.length ?? 0) > 0
    const isSharedTable = !layers.some(hasOverrides) && !basePreset.some(hasOverrides)
    const ruleStates = (profile: ReportingBodyProfile): Record<string, RuleState> => {
      const shared = isSharedTable && !profileLayers[profile].some(hasOverrides) ? ruleTablesByLayers.get(layers) : undefined
      const cached = shared?.get(profile)
      if (cached) return cached
      const states = buildRuleStates(profile)
      if (isSharedTable && !profileLayers[profile].some(hasOverrides)) {
        if (shared) shared.set(profile, states)
        else ruleTablesByLayers.set(layers, new Map([[profile, states]]))
      }
      return states
    }
    const buildRuleStates = (profile: ReportingBodyProfile): Record<string, RuleState> => {
      const table = new Map<string, RuleState>()
      for (const layer of [...basePreset, ...profileLayers[profile], ...layers]) {
        applyRuleSettings(table, layer.config.rules)
        for (const override of matchingOverrides(layer)) applyRuleSettings(table, override.rules)
      }
      const unknownFromFlags = findUnknownPluginRuleIds(Object.keys(options.cliRules ?? {}), plugins.rules)
      if (unknownFromFlags.length > 0) {
        throw new ConfigError('--rule', unknownFromFlags.map((id) => `未知规则：没有已加载的插件提供 “${id}” / unknown rule: no loaded plugin has "${id}"`))
      }
      applyRuleSettings(table, options.cliRules)
      return sortRuleTable(table)
    }

    const baseSettings: LintSettings = {
      ...(reportYear !== undefined ? {reportYear} : {}),
      ...(Object.keys(data).length > 0 ? {data} : {}),
    }
    return {
      filePath: absolute,
      ignored,
      matchesFiles,
      configFiles: [...new Set(layers.map((layer) => layer.source))],
      profileSetting,
      baseSettings,
      ruleStates,
      forDocument(document) {
        const profile = profileSetting === 'auto' ? detectProfile(document).profile : profileSetting
        return {rules: configuredRulesFor(ruleStates(profile)), settings: {...baseSettings, profile}, profile}
      },
    }
  }

  return {
    resolveForFile,
    /** The built-in rules and the rules of every plugin loaded so far (formatters need their metas). */
    knownRules: (): readonly Rule[] => plugins.rules,
    /** Forget cached config files (the language server calls this when one changes). */
    clearCache() {
      directoryCache.clear()
      configuredByTable.clear()
      ruleTablesByLayers = new WeakMap()
      configuredByStates = new WeakMap()
      explicitLayers = undefined
    },
  }
}

export type ConfigResolver = ReturnType<typeof createConfigResolver>
