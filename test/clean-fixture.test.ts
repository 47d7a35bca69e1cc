/** A clean synthetic report satisfies every rule: recommended and strict alike (it guards every rule added later). */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {repositoryRoot, runCliJson} from './helpers/run-cli.js'

const clean = join(repositoryRoot, 'fixtures/clean/clean-2023.txt')

describe('fixtures/clean/clean-2023.txt', () => {
  it('has no findings under the recommended preset', () => {
    const {results, status} = runCliJson([clean])
    expect(results[0]!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)).toEqual([])
    expect(status).toBe(0)
  })

  it('has no findings under the strict preset (every rule on)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'fzlint-strict-'))
    writeFileSync(join(directory, 'strict.json'), JSON.stringify({extends: 'strict'}))
    const {results} = runCliJson(['--config', join(directory, 'strict.json'), clean])
    expect(results[0]!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)).toEqual([])
  })
})
