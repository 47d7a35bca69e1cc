/** Configuration commands of the CLI: `--print-config` and `--init` (the resolver from flags is @fzlint/builtin's). */
import {existsSync, promises as fs} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {compareCodeUnits, parseInput, type ReportingBodyProfile} from '@fzlint/core'
import {describeFileSystemError, readInputFile, type ReadOptions} from '@fzlint/core/io'
import {detectProfile, PROFILES, type ConfigResolver, type FileConfig} from '@fzlint/config'
import {builtinRules, ConfigUsageError} from '@fzlint/builtin'
import {FileWriteError} from './file-system-errors.js'

/** What `lintFile` needs from a file's configuration. */
export function lintOptionsFor(fileConfig: FileConfig, read: ReadOptions, reportUnusedDisableDirectives: boolean) {
  return {
    rules: fileConfig.forDocument,
    settings: fileConfig.baseSettings,
    read,
    reportUnusedDisableDirectives,
  }
}

/** `--print-config FILE`: the configuration that applies to FILE, with the profile detected from it when auto. */
export async function printConfig(filePath: string, resolver: ConfigResolver, read: ReadOptions): Promise<string> {
  const fileConfig = resolver.resolveForFile(filePath)
  let profile: ReportingBodyProfile
  let profileSource: string
  if (fileConfig.profileSetting === 'auto') {
    try {
      const input = await readInputFile(filePath, read)
      const detected = detectProfile(parseInput(input, {settings: fileConfig.baseSettings}))
      profile = detected.profile
      profileSource = detected.basis ? `detected from “${detected.basis}”` : 'default (no organ named)'
    } catch {
      profile = 'government'
      profileSource = 'default (file not readable)'
    }
  } else {
    profile = fileConfig.profileSetting
    profileSource = 'configured'
  }
  const printed = {
    filePath: fileConfig.filePath,
    ignored: fileConfig.ignored,
    ...(fileConfig.matchesFiles !== undefined ? {matchesFiles: fileConfig.matchesFiles} : {}),
    configFiles: fileConfig.configFiles,
    profile,
    profileSource,
    ...fileConfig.baseSettings,
    rules: Object.fromEntries(
      Object.entries(fileConfig.ruleStates(profile)).map(([id, state]) => [
        id,
        state.options === undefined ? (['off', 'warn', 'error'] as const)[state.severity] : [(['off', 'warn', 'error'] as const)[state.severity], state.options],
      ]),
    ),
  }
  return `${JSON.stringify(printed, null, 2)}\n`
}

/** Where the published package keeps the configuration schema, inside the `fzlint` package. */
const SCHEMA_IN_PACKAGE = 'node_modules/fzlint/schemas/config.schema.json'

/**
 * The `$schema` a new config file in `directory` points at: the schema of the fzlint installed for it (found as
 * Node finds the package, in node_modules of that folder or a parent), as a path relative to the config file so
 * the project can move; without an installed fzlint, the schema of this version on unpkg, a URL that serves the
 * file itself (a GitHub page URL serves HTML, which editors cannot read as a schema).
 */
export function findSchemaReference(directory: string, version: string): string {
  for (let folder = resolve(directory); ; folder = dirname(folder)) {
    if (existsSync(join(folder, SCHEMA_IN_PACKAGE))) {
      const path = relative(directory, join(folder, SCHEMA_IN_PACKAGE)).split(sep).join('/')
      return path.startsWith('../') ? path : `./${path}`
    }
    if (dirname(folder) === folder) return `https://unpkg.com/fzlint@${version}/schemas/config.schema.json`
  }
}

/** A commented starter config (JSON with comments, as .eslintrc.json allows). */
export function starterConfig(profile: ReportingBodyProfile | 'auto', detectedFrom: string | null, schemaReference: string): string {
  const ruleLines = builtinRules
    .slice()
    .sort((a, b) => compareCodeUnits(a.meta.id, b.meta.id))
    .map((rule) => `    // "${rule.meta.id}": "${rule.meta.recommended ? rule.meta.defaultSeverity : 'off'}",  // ${rule.meta.docs.description}`)
  return `{
  // fzlint 配置 / configuration — 编辑器按 $schema 补全和检查 / editors complete and check it by its $schema
  "$schema": ${JSON.stringify(schemaReference)},
  // 不再向上级目录查找配置 / stop looking in parent folders
  "root": true,
  // recommended（默认）、strict（开启全部规则）或 review（fzlint review 所用）/ presets: recommended, strict or review
  "extends": ["recommended"],
  // 报告主体 / reporting body: government 县级以上政府, department 政府部门, township 乡镇、街道, auto 由标题判断${detectedFrom ? `\n  // 由 ${detectedFrom} 判断 / detected from ${detectedFrom}` : ''}
  "profile": "${profile}",
  // 规则级别 / rule severities: "off" | "warn" | "error" 或 [级别, 选项]
  "rules": {
${ruleLines.join('\n')}
  },
  // 哪些文件是报告（相对本文件的 glob；不写则所给的文件都是）/ which files are reports (unset: every file given)
  // "files": ["reports/**"],
  // 不检查的文件（相对本文件的 glob）/ files not to lint
  "ignorePatterns": [],
  // 扩充内置数据 / extend built-in data, e.g. {"sections": [{"kind": "plans", "patterns": ["今后工作"]}]}
  "data": {}
}
`
}

/** `--init [FILE]`: writes fzlint.config.json in the working folder, never over an existing one. */
export async function initConfig(cwd: string, sample: string | undefined, read: ReadOptions, version: string): Promise<{path: string; profile: string}> {
  const target = join(cwd, 'fzlint.config.json')
  if (existsSync(target)) throw new ConfigUsageError(`${target} 已存在，未改动 / already exists, left unchanged`)
  let profile: ReportingBodyProfile | 'auto' = 'auto'
  let detectedFrom: string | null = null
  if (sample) {
    const input = await readInputFile(resolve(cwd, sample), read)
    const detected = detectProfile(parseInput(input))
    profile = detected.profile
    detectedFrom = detected.basis ? `“${detected.basis}”` : null
  }
  try {
    await fs.writeFile(target, starterConfig(profile, detectedFrom, findSchemaReference(cwd, version)), {flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigUsageError(`${target} 已存在，未改动 / already exists, left unchanged`)
    const reason = describeFileSystemError(error)
    throw new FileWriteError(`${target}: 无法写入配置文件：${reason.zh} / cannot write the configuration file: ${reason.en}`)
  }
  return {path: target, profile}
}
