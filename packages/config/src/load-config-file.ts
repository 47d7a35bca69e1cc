/** Reads one configuration file (JSON only: a config never runs code) and follows its `extends` chain. */
import {readFileSync} from 'node:fs'
import {basename, dirname, resolve} from 'node:path'
import type {DataFile, Rule} from '@fzlint/core'
import {ConfigError} from './errors.js'
import {stripJsonComments} from './strip-comments.js'
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
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `第${line}行第${column}列 / line ${line}, column ${column}`
}

/** Parses a config file's JSON; syntax errors name the place. Returns undefined for a package.json without `fzlint`. */
export function readConfigObject(filePath: string): FzlintConfig | undefined {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    throw new ConfigError(filePath, [`无法读取 / cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`])
  }
  let parsed: unknown
  try {
    // Comments are allowed, as in .eslintrc.json and VS Code settings (JSONC); still no code runs.
    parsed = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/u, ' ')))
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/u.exec(message)
    const where = position ? `${lineAndColumn(text, Number(position[1]))}: ` : ''
    throw new ConfigError(filePath, [`${where}JSON 语法错误 / JSON syntax error: ${message}`])
  }
  if (basename(filePath) === 'package.json') {
    const section = (parsed as {fzlint?: unknown} | null)?.fzlint
    return section === undefined ? undefined : (section as FzlintConfig)
  }
  return parsed as FzlintConfig
}

function extendsList(config: FzlintConfig): string[] {
  return config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends]
}

/** The layers of a config: its `extends` (depth first, in order), then itself. */
export function loadConfigLayers(config: FzlintConfig, source: string, context: LoadContext, chain: string[] = []): ConfigLayer[] {
  validateConfig(config, source, context.rules, context.dataFiles)
  const directory = source.startsWith('preset:') ? process.cwd() : dirname(source)
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
