/** Reads one configuration file (JSON with comments and trailing commas: the file itself runs no code; `plugins` it names are loaded by plugins.ts) and follows its `extends` chain. */
import {readFileSync} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'
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
    if (!reference.startsWith('.') && !reference.startsWith('/')) {
      throw new ConfigError(source, [
        `/extends: 未知预设 “${reference}”，可选 ${PRESET_NAMES.join('、')} 或以 ./ 开头的相对路径 / unknown preset; use ${PRESET_NAMES.join(', ')} or a relative path`,
      ])
    }
    const target = resolve(directory, reference)
    if (chain.includes(target) || target === source) {
      throw new ConfigError(source, [`/extends: 循环引用 / circular extends: ${[...chain, source, target].join(' → ')}`])
    }
    const extended = readConfigObject(target)
    if (extended === undefined) throw new ConfigError(source, [`/extends: ${reference} 中没有 fzlint 配置 / has no fzlint configuration`])
    layers.push(...loadConfigLayers(extended, target, context, [...chain, source]))
  }
  layers.push({config, source, directory})
  return layers
}
