/** Every source id cited in the repository (`[S66]` in data files, rule READMEs and docs) resolves in docs/sources.md. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {repositoryRoot} from './helpers/run-cli.js'

/** Files under `folder` whose names pass `keep`, node_modules and dist left out. */
function listFiles(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(repositoryRoot, folder), {withFileTypes: true}).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return []
    const path = join(folder, entry.name)
    return entry.isDirectory() ? listFiles(path, keep) : keep(entry.name) ? [path] : []
  })
}

const SOURCE_ID = /\[S(\d+)\]/gu

describe('sources', () => {
  const listed = new Set([...readFileSync(join(repositoryRoot, 'docs/sources.md'), 'utf8').matchAll(/^- \[S(\d+)\]/gmu)].map((match) => match[1]))

  it('lists sources', () => {
    expect(listed.size).toBeGreaterThan(50)
  })

  it('resolves every [Sn] that a data file, a rule README or a doc cites', () => {
    const citing = [
      ...listFiles('rules', (name) => name.endsWith('.json') || name === 'README.md' || name.endsWith('.ts')),
      ...listFiles('packages/core/data', (name) => name.endsWith('.json')),
      ...listFiles('docs', (name) => name.endsWith('.md')),
      'README.md',
      'CONTRIBUTING.md',
    ]
    const unresolved: string[] = []
    for (const path of citing) {
      for (const match of readFileSync(join(repositoryRoot, path), 'utf8').matchAll(SOURCE_ID)) {
        if (!listed.has(match[1]!)) unresolved.push(`${path}: ${match[0]}`)
      }
    }
    expect(unresolved).toEqual([])
  })

  it('points nowhere outside the repository (a clone has no ../shared/)', () => {
    const documents = ['README.md', 'CONTRIBUTING.md', ...listFiles('docs', (name) => name.endsWith('.md')), ...listFiles('rules', (name) => name === 'README.md'), ...listFiles('packages', (name) => name === 'README.md')]
    const outside = documents.filter((path) => /\.\.\/shared\//u.test(readFileSync(join(repositoryRoot, path), 'utf8')))
    expect(outside).toEqual([])
  })
})
