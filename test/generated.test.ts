/** Generated artifacts are current, and every data file validates against its JSON Schema with ajv. */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {builtinDataFiles} from '@fzlint/builtin'
import {generateArtifacts} from '../scripts/artifacts.js'
import {repositoryRoot} from './helpers/run-cli.js'

describe('generated artifacts (run `pnpm generate` after changing rules, options or data schemas)', () => {
  const artifacts = generateArtifacts(repositoryRoot)
  for (const [path, contents] of Object.entries(artifacts)) {
    it(`${path} is up to date`, () => {
      expect(readFileSync(join(repositoryRoot, path), 'utf8')).toBe(contents)
    })
  }
})

/** Every JSON file under the repository that names one of our schemas in `$schema`. */
function findDataFiles(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, {withFileTypes: true})) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue
    const full = join(directory, entry.name)
    if (entry.isDirectory()) findDataFiles(full, found)
    else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) {
      const text = readFileSync(full, 'utf8')
      if (/"\$schema":\s*"[./]*schemas\/[a-z-]+\.schema\.json"/u.test(text)) found.push(full)
    }
  }
  return found
}

describe('data and preset files validate against their schemas (ajv)', () => {
  const ajv = new Ajv2020({allErrors: true, strict: false})
  const files = findDataFiles(repositoryRoot)

  it('finds the built-in data files and presets', () => {
    expect(files.some((file) => file.endsWith('sections.json'))).toBe(true)
    expect(files.some((file) => file.endsWith('recommended.json'))).toBe(true)
  })

  for (const file of files) {
    it(file.slice(repositoryRoot.length), () => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as {$schema: string}
      const schemaName = /schemas\/([a-z-]+\.schema\.json)$/u.exec(data.$schema)![1]!
      const schemaPath = join(repositoryRoot, 'schemas', schemaName)
      expect(existsSync(schemaPath), `${schemaName} exists`).toBe(true)
      const validate = ajv.getSchema(schemaName) ?? (ajv.addSchema(JSON.parse(readFileSync(schemaPath, 'utf8')), schemaName), ajv.getSchema(schemaName)!)
      const isValid = validate(data)
      expect(validate.errors ?? [], `${file} against ${schemaName}`).toEqual([])
      expect(isValid).toBe(true)
    })
  }

  it('each registered data file loads through zod (built-in entries are valid)', () => {
    for (const dataFile of builtinDataFiles) expect(dataFile.load().length, dataFile.name).toBeGreaterThan(0)
  })
})
