/**
 * Everything generated from code and committed: JSON Schemas (from zod, one source of truth) and
 * the presets (from rule metas). scripts/generate.mjs writes them; test/generated.test.ts fails when
 * a committed file differs from what this produces.
 */
import {z} from 'zod'
import {lintResultsSchema, type DataFile} from '@fzlint/core'
import {buildConfigSchema} from '@fzlint/config'
import {builtinDataFiles, builtinRules} from '@fzlint/cli'
import {outlineSchema} from '../packages/cli/src/outline-schema.js'

const SCHEMA_BASE = 'https://github.com/fzlint/fzlint/blob/main/schemas'

function schemaFile(name: string, schema: z.ZodType, title: string): string {
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}/${name}.schema.json`,
    title,
    ...(z.toJSONSchema(schema, {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'}) as Record<string, unknown>),
  }
  delete (json as {$schema?: string}).$schema
  return `${JSON.stringify({$schema: 'https://json-schema.org/draft/2020-12/schema', ...json}, null, 2)}\n`
}

function dataSchemaFile(dataFile: DataFile<object>): string {
  return schemaFile(dataFile.name, dataFile.fileSchema as z.ZodType, `fzlint ${dataFile.name} data file`)
}

function presetFiles(): Record<string, string> {
  const sorted = [...builtinRules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))
  const recommended = Object.fromEntries(sorted.filter((rule) => rule.meta.recommended).map((rule) => [rule.meta.id, rule.meta.defaultSeverity]))
  const strictOnly = Object.fromEntries(sorted.filter((rule) => !rule.meta.recommended).map((rule) => [rule.meta.id, rule.meta.defaultSeverity]))
  const header = {$schema: '../../../schemas/config.schema.json'}
  return {
    'packages/config/presets/recommended.json': `${JSON.stringify({...header, rules: recommended}, null, 2)}\n`,
    'packages/config/presets/strict.json': `${JSON.stringify({...header, extends: ['recommended'], rules: strictOnly}, null, 2)}\n`,
  }
}

/** Repository-relative path → file contents. */
export function generateArtifacts(): Record<string, string> {
  const files: Record<string, string> = {
    'schemas/config.schema.json': `${JSON.stringify(buildConfigSchema(builtinRules, builtinDataFiles), null, 2)}\n`,
    'schemas/results.schema.json': schemaFile('results', lintResultsSchema, 'fzlint JSON results'),
    'schemas/outline.schema.json': schemaFile('outline', outlineSchema, 'fzlint outline'),
    ...presetFiles(),
  }
  for (const dataFile of builtinDataFiles) files[`schemas/${dataFile.name}.schema.json`] = dataSchemaFile(dataFile)
  return files
}
