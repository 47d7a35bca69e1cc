/** Reads one configuration file (JSON with comments and trailing commas: the file itself runs no code; `plugins` it names are loaded by plugins.ts) and follows its `extends` chain. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, isAbsolute, join, resolve} from 'node:path'
import type {DataFile, Rule} from '@fzlint/core'
import {ConfigError} from './errors.js'
// The ES module build: the package's main entry is UMD, whose require('./impl/…') calls esbuild cannot follow
// (they go through the factory's own `require` parameter), so bundles built from it fail at run time.
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser/lib/esm/main.js'
import {findUnknownPluginRuleIds, type PluginRegistry} from './plugins.js'
import {findPreset, PRESET_NAMES} from './presets.js'
import type {FzlintConfig} from './types.js'
import {validateConfig} from './validate-config.js'

/** A config in the order it applies, with the folder its globs are relative to. */
export interface ConfigLayer {
  config: FzlintConfig
  /** File it came from, or `preset:<name>`. */
  source: string
  directory: string
}

export interface LoadContext {
  rules: readonly Rule[]
  dataFiles: readonly DataFile<object>[]
  /** Where a configuration's `plugins` load; without it (the browser page, presets) a config naming plugins is an error. */
  plugins?: PluginRegistry
}

/** 1-based line and column (UTF-16 code units, as editors count) of an offset. */
function findLineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
}

/** jsonc-parser's error names (printParseErrorCode), in Chinese. */
const PARSE_ERROR_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: '无效字符',
  InvalidNumberFormat: '数字格式无效',
  PropertyNameExpected: '此处应为属性名',
  ValueExpected: '此处应为值',
  ColonExpected: '此处应为冒号',
  CommaExpected: '此处应为逗号',
  CloseBraceExpected: '缺少 }',
  CloseBracketExpected: '缺少 ]',
  EndOfFileExpected: '此处应已结束',
  InvalidCommentToken: '注释无效',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: 'Unicode 转义无效',
  InvalidEscapeCharacter: '转义字符无效',
  InvalidCharacter: '字符无效',
}

function describeParseError(filePath: string, text: string, error: ParseError): string {
  const {line, column} = findLineAndColumn(text, error.offset)
  const name = printParseErrorCode(error.error)
  const words = Object.hasOwn(PARSE_ERROR_WORDS, name) ? `（${PARSE_ERROR_WORDS[name]}）` : ''
  return `${filePath}:${line}:${column}: JSON 语法错误${words || ' '}/ JSON syntax error: ${name}`
}

/**
 * JSON with comments and trailing commas (JSONC, as tsconfig.json and VS Code settings are read), through
 * jsonc-parser. Every syntax error is reported, each at its file:line:column; none is silently skipped.
 */
export function parseConfigText(text: string, filePath: string): unknown {
  const withoutBom = text.replace(/^\uFEFF/u, '')
  const errors: ParseError[] = []
  const parsed: unknown = parseJsonc(withoutBom, errors, {allowTrailingComma: true, disallowComments: false, allowEmptyContent: false})
  if (errors.length > 0) throw new ConfigError(filePath, errors.map((error) => describeParseError(filePath, withoutBom, error)))
  return parsed
}

/** Parses a config file's JSON; syntax errors name the place. Returns undefined for a package.json without `fzlint`. */
export function readConfigObject(filePath: string): FzlintConfig | undefined {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    throw new ConfigError(filePath, [`无法读取 / cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`])
  }
  const parsed = parseConfigText(text, filePath)
  if (basename(filePath) === 'package.json') {
    const section = (parsed as {fzlint?: unknown} | null)?.fzlint
    return section === undefined ? undefined : (section as FzlintConfig)
  }
  return parsed as FzlintConfig
}

/**
 * Settings of plugin rules (`name/rule-id`): the schema lets any such id through until its plugin is loaded, so here
 * each must name a loaded plugin's rule, and its options are validated against that rule's own schema.
 */
function checkPluginRuleSettings(config: FzlintConfig, source: string, context: LoadContext): void {
  const ruleIds = [...Object.keys(config.rules ?? {}), ...(config.overrides ?? []).flatMap((override) => Object.keys(override.rules ?? {}))]
  if (!ruleIds.some((id) => id.includes('/'))) return
  const knownRules = context.plugins?.rules ?? context.rules
  const unknown = findUnknownPluginRuleIds(ruleIds, knownRules)
  if (unknown.length > 0) {
    throw new ConfigError(
      source,
      unknown.map((id) => `/rules/${id}: 未知规则：没有已加载的插件提供 “${id}”，请检查 plugins / unknown rule: no loaded plugin has "${id}"; check plugins`),
    )
  }
  validateConfig(config, source, knownRules, context.dataFiles)
}

/** The top-level keys of a configuration: an extended JSON file with none of them is some other file. */
const CONFIG_KEYS = new Set(['$schema', 'root', 'extends', 'plugins', 'profile', 'reportYear', 'rules', 'files', 'ignorePatterns', 'overrides', 'data'])

/** What `extends` takes, [Chinese, English]. */
const EXTENDS_CHOICES = [
  `可选 ${PRESET_NAMES.join('、')}、以 ./ 开头的 .json 配置文件或已安装的 fzlint-config-* 包`,
  `use ${PRESET_NAMES.join(', ')}, a relative path to a .json configuration file or an installed fzlint-config-* package`,
] as const

/**
 * A file `extends` may name is a configuration (fzlint.config.json, .fzlintrc.json, another .json of that shape, a
 * package.json with an `fzlint` key); anything else is refused by its path alone. No message quotes such a file:
 * `extends: ["/etc/passwd"]` must not turn the linter into a way to print files (their first bytes were echoed
 * in JSON syntax errors and "expected object, got …" messages).
 */
function readExtendedConfig(target: string, reference: string, source: string): FzlintConfig {
  const notConfig = () =>
    new ConfigError(source, [`/extends: ${target} 不是 fzlint 配置文件；${EXTENDS_CHOICES[0]} / not an fzlint configuration file; ${EXTENDS_CHOICES[1]}`])
  if (!target.toLowerCase().endsWith('.json')) throw notConfig()
  let text: string
  try {
    text = readFileSync(target, 'utf8')
  } catch (error) {
    throw new ConfigError(source, [`/extends: 无法读取 ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)}) / cannot read “${reference}”`])
  }
  const errors: ParseError[] = []
  const parsed: unknown = parseJsonc(text.replace(/^\uFEFF/u, ''), errors, {allowTrailingComma: true, disallowComments: false, allowEmptyContent: false})
  const isPackageJson = basename(target) === 'package.json'
  const config = isPackageJson ? (parsed as {fzlint?: unknown} | null)?.fzlint : parsed
  const isObject = typeof config === 'object' && config !== null && !Array.isArray(config)
  if (isPackageJson && errors.length === 0 && config === undefined) {
    throw new ConfigError(source, [`/extends: ${reference} 中没有 fzlint 配置 / has no fzlint configuration`])
  }
  // A .json with a typo is most likely the user's own configuration: its syntax errors are shown, and they give
  // positions and the kind of error only, never the text.
  if (errors.length > 0) throw new ConfigError(target, errors.map((error) => describeParseError(target, text.replace(/^\uFEFF/u, ''), error)))
  const keys = isObject ? Object.keys(config) : []
  if (!isObject || (!isPackageJson && keys.length > 0 && !keys.some((key) => CONFIG_KEYS.has(key)))) throw notConfig()
  return config as FzlintConfig
}

/**
 * ESLint's names for shareable configs, with fzlint's prefix: `x` → fzlint-config-x, `@scope` → @scope/fzlint-config,
 * `@scope/x` → @scope/fzlint-config-x; a path inside the package may follow (`x/strict.json`).
 */
function toConfigPackageSpecifier(reference: string): {packageName: string; subpath: string} {
  const parts = reference.split('/')
  const isScoped = reference.startsWith('@')
  const scope = isScoped ? `${parts[0]}/` : ''
  const name = (isScoped ? parts[1] : parts[0]) ?? ''
  const subpath = parts.slice(isScoped ? 2 : 1).join('/')
  const packageName = name.startsWith('fzlint-config') ? `${scope}${name}` : isScoped && name === '' ? `${scope}fzlint-config` : `${scope}fzlint-config-${name}`
  return {packageName, subpath: subpath === '' ? '' : `/${subpath}`}
}

/**
 * The configuration file of a shareable config package, resolved from the configuring file's folder as Node resolves
 * packages: its package.json's `fzlint` key, or its main entry (or the path given after its name) when that is JSON.
 * Configuration runs no code, so a package whose entry is JavaScript is refused.
 */
function resolveConfigPackage(reference: string, directory: string, source: string): string {
  const {packageName, subpath} = toConfigPackageSpecifier(reference)
  const requireFromConfig = createRequire(join(directory, 'fzlint.config.json'))
  if (subpath === '') {
    try {
      const manifestPath = requireFromConfig.resolve(`${packageName}/package.json`)
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {fzlint?: unknown}
      if (manifest.fzlint !== undefined) return manifestPath
    } catch {
      // A package whose `exports` hide package.json, or none installed: resolving the entry below says which.
    }
  }
  try {
    return requireFromConfig.resolve(`${packageName}${subpath}`)
  } catch {
    throw new ConfigError(source, [
      `/extends: 未知预设 “${reference}”，也找不到配置包 ${packageName}${subpath}（从 ${directory} 查找）；${EXTENDS_CHOICES[0]} / unknown preset "${reference}", and no package ${packageName}${subpath} is installed; ${EXTENDS_CHOICES[1]}`,
    ])
  }
}

function extendsList(config: FzlintConfig): string[] {
  return config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends]
}

/** The layers of a config: its `extends` (depth first, in order), then itself. */
export function loadConfigLayers(config: FzlintConfig, source: string, context: LoadContext, chain: string[] = []): ConfigLayer[] {
  validateConfig(config, source, context.plugins?.rules ?? context.rules, context.dataFiles)
  const directory = source.startsWith('preset:') ? process.cwd() : dirname(source)
  if (config.plugins && config.plugins.length > 0) {
    if (!context.plugins) throw new ConfigError(source, ['/plugins: 此处不能加载插件 / plugins cannot be loaded here'])
    context.plugins.load(config.plugins, directory, source)
  }
  checkPluginRuleSettings(config, source, context)
  const layers: ConfigLayer[] = []
  for (const reference of extendsList(config)) {
    const preset = findPreset(reference)
    if (preset) {
      layers.push(...loadConfigLayers(preset, `preset:${reference.replace(/^fzlint:/u, '')}`, context, [...chain, source]))
      continue
    }
    const isPath = reference.startsWith('.') || isAbsolute(reference)
    const target = isPath ? resolve(directory, reference) : resolveConfigPackage(reference, directory, source)
    if (chain.includes(target) || target === source) {
      throw new ConfigError(source, [`/extends: 循环引用 / circular extends: ${[...chain, source, target].join(' → ')}`])
    }
    const extended = readExtendedConfig(target, reference, source)
    layers.push(...loadConfigLayers(extended, target, context, [...chain, source]))
  }
  layers.push({config, source, directory})
  return layers
}
