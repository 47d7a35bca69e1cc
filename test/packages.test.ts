/**
 * The manifests of what fzlint publishes: one version everywhere, and each published package complete for npm
 * (licence, engines, files, README, built entry points with types). The tarballs themselves are installed and run
 * in test/install-as-user.test.ts.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PUBLISHED_PACKAGES, readWorkspaceVersion} from '../scripts/published-packages.mjs'
import {repositoryRoot} from './helpers/run-cli.js'

interface Manifest {
  name: string
  version: string
  private?: boolean
  license?: string
  engines?: {node?: string}
  files?: string[]
  exports?: Record<string, unknown>
  publishConfig?: {exports?: Record<string, unknown>}
  dependencies?: Record<string, string>
}

const readManifest = (folder: string) => JSON.parse(readFileSync(join(repositoryRoot, folder, 'package.json'), 'utf8')) as Manifest

function workspaceFolders(): string[] {
  return ['packages', 'rules'].flatMap((group) =>
    readdirSync(join(repositoryRoot, group))
      .map((name) => `${group}/${name}`)
      .filter((folder) => existsSync(join(repositoryRoot, folder, 'package.json'))),
  )
}

describe('published packages', () => {
  it('every workspace package carries the root package.json\'s version', () => {
    const version = readWorkspaceVersion()
    expect(version).toMatch(/^\d+\.\d+\.\d+/u)
    for (const folder of workspaceFolders()) expect(`${folder}@${readManifest(folder).version}`).toBe(`${folder}@${version}`)
    expect(readFileSync(join(repositoryRoot, 'CHANGELOG.md'), 'utf8')).toMatch(/## \[Unreleased\]|## \[\d/u)
  })

  it('each published package is public, licensed, says which Node lines it supports, and lists what it ships', () => {
    for (const {folder, name} of PUBLISHED_PACKAGES) {
      const manifest = readManifest(folder)
      expect(manifest.name).toBe(name)
      expect(manifest.private, name).toBeUndefined()
      expect(manifest.license, name).toBe('MIT')
      expect(manifest.engines?.node, name).toBe('^20.19.0 || ^22.12.0 || >=24.0.0')
      expect(manifest.files, name).toContain('README.md')
      expect(existsSync(join(repositoryRoot, folder, 'README.md')), `${name} README`).toBe(true)
    }
  })

  it('libraries publish built JavaScript with declarations, never TypeScript sources', () => {
    for (const {folder, name} of PUBLISHED_PACKAGES.filter((entry) => entry.name !== 'fzlint')) {
      const published = readManifest(folder).publishConfig?.exports ?? {}
      expect(Object.keys(published), name).toContain('.')
      for (const [subpath, target] of Object.entries(published)) {
        if (subpath === './package.json') continue
        expect(target, `${name} ${subpath}`).toMatchObject({types: expect.stringMatching(/^\.\/dist\/.*\.d\.ts$/u), default: expect.stringMatching(/^\.\/dist\/.*\.js$/u)})
      }
    }
  })

  it('fzlint depends at run time only on what its bundles leave outside', () => {
    const manifest = readManifest('packages/cli')
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['ajv', 'fast-xml-parser', 'iconv-lite', 'jszip', 'word-extractor'])
    for (const range of Object.values(manifest.dependencies ?? {})) expect(range).not.toMatch(/^workspace:/u)
  })
})
