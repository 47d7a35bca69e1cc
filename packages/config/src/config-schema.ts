/**
 * Builds the JSON Schema of the configuration file from the rules' metas and the data files' zod
 * schemas (markdownlint's generated schema, without a central switch). schemas/config.schema.json
 * is this, written by scripts/generate.mjs; the loader validates with the same object.
 */
import {z} from 'zod'
import {compareCodeUnits, type DataFile, type Rule} from '@fzlint/core'

export const CONFIG_SCHEMA_ID = 'https://github.com/fzlint/fzlint/blob/main/schemas/config.schema.json'
export const PROFILES = ['government', 'department', 'township'] as const

type JsonSchema = Record<string, unknown>

function toJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'}) as JsonSchema
  delete json.$schema
  return json
}

function ruleSettingSchema(rule: Rule): JsonSchema {
  const severity = {$ref: '#/$defs/severity'}
  const variants: JsonSchema[] = [severity, {type: 'array', prefixItems: [severity], minItems: 1, maxItems: 1}]
  const options = rule.meta.options ? toJsonSchema(rule.meta.options) : {type: 'object', additionalProperties: false}
  variants.push({type: 'array', prefixItems: [severity, options], minItems: 2, maxItems: 2})
  return {
    description: `${rule.meta.docs.description}（默认 ${rule.meta.defaultSeverity}${rule.meta.recommended ? '，推荐集启用' : ''}）`,
    markdownDescription: `${rule.meta.docs.description} — [docs](${rule.meta.docs.url})`,
    anyOf: variants,
  }
}

export function buildConfigSchema(rules: readonly Rule[], dataFiles: readonly DataFile<object>[]): JsonSchema {
  const ruleProperties = Object.fromEntries([...rules].sort((a, b) => compareCodeUnits(a.meta.id, b.meta.id)).map((rule) => [rule.meta.id, ruleSettingSchema(rule)]))
  const dataProperties = Object.fromEntries(
    [...dataFiles]
      .sort((a, b) => compareCodeUnits(a.name, b.name))
      .map((dataFile) => [dataFile.name, {description: `Entries added to the built-in ${dataFile.name} data.`, type: 'array', items: toJsonSchema(dataFile.entrySchema())}]),
  )
  const profile = {enum: ['auto', ...PROFILES], description: '报告主体：government 县级以上地方政府；department 政府部门；township 乡镇、街道；auto 由标题判断'}
  const reportYear = {type: 'integer', minimum: 1990, maximum: 2100, description: 'Report year, overriding detection from the title.'}
  const globs = {type: 'array', items: {type: 'string', minLength: 1}}
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'fzlint configuration',
    description: 'fzlint.config.json, .fzlintrc.json, or the "fzlint" key of package.json',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      root: {type: 'boolean', description: 'Stop looking for configuration files in parent folders.'},
      extends: {
        description:
          'Presets (recommended, strict, review), paths to other JSON configuration files (fzlint.config.json, .fzlintrc.json, a package.json with an fzlint key) and fzlint-config-* packages ("x" is fzlint-config-x, resolved from this file\'s folder; its main or its package.json fzlint key is the configuration), applied in order.',
        anyOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}}],
      },
      plugins: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        description: 'Rule packages from outside fzlint (npm package names or relative paths, resolved from this file\'s folder); their rules are named <plugin>/<rule-id> and are off until rules turns them on.',
      },
      profile,
      reportYear,
      rules: {$ref: '#/$defs/rules'},
      files: {
        ...globs,
        minItems: 1,
        description:
          'Which files are reports, as globs relative to this configuration file (.gitignore syntax, as ESLint flat config\'s files): folders and globs on the command line expand only to matching files, and a named file that does not match is skipped.',
      },
      ignorePatterns: {...globs, description: 'Files not to lint, as globs relative to this configuration file.'},
      overrides: {
        type: 'array',
        description: 'Settings for some files only (globs relative to this configuration file).',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: {files: {...globs, minItems: 1}, excludedFiles: globs, rules: {$ref: '#/$defs/rules'}, profile, reportYear},
        },
      },
      data: {type: 'object', additionalProperties: false, description: 'Domain data merged with the built-in files.', properties: dataProperties},
    },
    $defs: {
      severity: {enum: ['off', 'warn', 'error', 0, 1, 2], description: 'off/0 关闭, warn/1 警告, error/2 错误'},
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
        // A plugin's rules: which ids exist, and their options, are known only once the plugin is loaded.
        patternProperties: {'^[a-z0-9][a-z0-9-]*/[^/]+$': {anyOf: [{$ref: '#/$defs/severity'}, {type: 'array', prefixItems: [{$ref: '#/$defs/severity'}], minItems: 1, maxItems: 2}]}},
      },
    },
  }
}
