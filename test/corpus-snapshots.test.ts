/**
 * Every built-in rule on the five real corpus reports, through the CLI: the findings must equal
 * fixtures/corpus/<name>.expected.json. A rule change that moves them shows here as a diff; when the change is
 * intended, `pnpm generate` rewrites the snapshots and the diff is reviewed in the commit.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {snapshotCorpus} from '../scripts/corpus-snapshots.mjs'
import {repositoryRoot} from './helpers/run-cli.js'

describe('corpus findings', () => {
  const snapshots = Object.entries(snapshotCorpus())

  it('covers the five corpus reports', () => {
    expect(snapshots).toHaveLength(5)
  })

  it.each(snapshots)('%s is current (pnpm generate rewrites it)', (path, actual) => {
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8')))
  })
})
