/**
 * The VS Code extension as shipped: packages/vscode is packaged to a .vsix with vsce (its
 * `vscode:prepublish` runs scripts/build.mjs), then the archive is opened and checked — the manifest,
 * that the client entry point loads against a stand-in `vscode` module, and that the language server
 * bundled in it starts on its own and answers over stdio.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'
import {repositoryRoot} from './helpers/run-cli.js'

const extensionRoot = join(repositoryRoot, 'packages', 'vscode')
const requireFromExtension = createRequire(join(extensionRoot, 'package.json'))
/** The part of jszip's API used here (jszip is a dependency of the extension package, not of the root). */
interface ZipEntry {
  async(type: 'string'): Promise<string>
  async(type: 'nodebuffer'): Promise<Buffer>
}
interface Zip {
  files: Record<string, unknown>
  file(name: string): ZipEntry | null
}
const JSZip = requireFromExtension('jszip') as {loadAsync(data: Buffer): Promise<Zip>}

interface Manifest {
  name: string
  publisher: string
  main: string
  license: string
  engines: {vscode: string}
  activationEvents: string[]
  contributes: {
    configuration: {properties: Record<string, {type: string; enum?: string[]; default?: unknown; items?: {type: string}}>}
    jsonValidation: {fileMatch: string | string[]; url: string}[]
    languages: {id: string; filenames?: string[]}[]
    codeActions: {languages: string[]; actions: {kind: string; title: string}[]}[]
  }
}

/**
 * A stand-in for the editor's `vscode` module: every property is a constructible stub, so that
 * vscode-languageclient's classes (which extend vscode classes when loaded) can be defined.
 */
const VSCODE_STUB = `
function stub() {
  const cache = new Map()
  return new Proxy(class {}, {
    get(target, key) {
      if (key === 'prototype' || typeof key === 'symbol') return Reflect.get(target, key)
      if (!cache.has(key)) cache.set(key, stub())
      return cache.get(key)
    },
  })
}
module.exports = stub()
`

describe('fzlint VS Code extension (.vsix)', () => {
  const workDirectory = mkdtempSync(join(tmpdir(), 'fzlint-vsix-'))
  const unpacked = join(workDirectory, 'unpacked')
  const vsixPath = join(workDirectory, 'fzlint.vsix')
  let archive: Zip
  let manifest: Manifest

  beforeAll(async () => {
    const vsce = join(extensionRoot, 'node_modules', '@vscode', 'vsce', 'vsce')
    const packaged = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsixPath], {
      cwd: extensionRoot,
      encoding: 'utf8',
    })
    if (packaged.status !== 0) throw new Error(`vsce package failed (${packaged.status}):\n${packaged.stdout}\n${packaged.stderr}`)
    archive = await JSZip.loadAsync(readFileSync(vsixPath))
    manifest = JSON.parse(await archive.file('extension/package.json')!.async('string')) as Manifest
    // Unpack the extension folder as VS Code would, next to a stand-in `vscode` module.
    for (const name of Object.keys(archive.files).filter((entry) => entry.startsWith('extension/') && !entry.endsWith('/'))) {
      const target = join(unpacked, name)
      mkdirSync(dirname(target), {recursive: true})
      writeFileSync(target, await archive.file(name)!.async('nodebuffer'))
    }
    mkdirSync(join(unpacked, 'node_modules', 'vscode'), {recursive: true})
    writeFileSync(join(unpacked, 'node_modules', 'vscode', 'index.js'), VSCODE_STUB)
  }, 900_000)

  it('has a manifest VS Code accepts: publisher, engine, license and the main file inside the archive', () => {
    expect(manifest.publisher).toBe('fzlint')
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/u)
    expect(manifest.license).toBe('MIT')
    const main = `extension/${manifest.main.replace(/^\.\//u, '')}`
    expect(archive.file(main), `${main} is in the .vsix`).not.toBeNull()
    expect(archive.file('extension/dist/server.mjs'), 'the language server is bundled').not.toBeNull()
    expect(archive.file('extension/dist/lint-worker.mjs'), 'its lint worker beside it').not.toBeNull()
    expect(archive.file('extension/LICENSE.txt') ?? archive.file('extension/LICENSE')).not.toBeNull()
    // Self-contained: no sources, scripts or node_modules shipped.
    expect(Object.keys(archive.files).filter((name) => /\/(src|scripts|node_modules)\//u.test(name))).toEqual([])
  })

  it('activates on Markdown and plain text and contributes the five settings', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onLanguage:plaintext']))
    const properties = manifest.contributes.configuration.properties
    expect(Object.keys(properties).sort()).toEqual(['fzlint.configPath', 'fzlint.enable', 'fzlint.files', 'fzlint.maxFileTime', 'fzlint.profile'])
    expect(properties['fzlint.maxFileTime']).toMatchObject({type: 'number', default: 30})
    expect(properties['fzlint.files']).toMatchObject({type: 'array', items: {type: 'string'}, default: []})
    expect(properties['fzlint.enable']).toMatchObject({type: 'boolean', default: true})
    expect(properties['fzlint.configPath']).toMatchObject({type: 'string'})
    expect(properties['fzlint.profile']).toMatchObject({type: 'string', default: 'auto', enum: ['auto', 'government', 'department', 'township']})
  })

  it('validates fzlint.config.json and .fzlintrc.json against the config schema shipped inside, and reads them as JSONC', async () => {
    const configFiles = ['fzlint.config.json', '.fzlintrc.json']
    expect(manifest.contributes.jsonValidation).toHaveLength(1)
    const [validation] = manifest.contributes.jsonValidation
    expect(validation!.fileMatch).toEqual(configFiles)
    // The schema is the repository's, copied into the archive: VS Code reads a relative url from the extension folder.
    const shipped = archive.file(`extension/${validation!.url.replace(/^\.\//u, '')}`)
    expect(shipped, `${validation!.url} is in the .vsix`).not.toBeNull()
    expect(JSON.parse(await shipped!.async('string'))).toEqual(JSON.parse(readFileSync(join(repositoryRoot, 'schemas', 'config.schema.json'), 'utf8')))
    // The configuration accepts comments and trailing commas: the files are JSON with Comments, not strict JSON.
    expect(manifest.contributes.languages).toEqual([{id: 'jsonc', filenames: configFiles}])
  })

  it('declares the source.fixAll.fzlint code action for Markdown and plain text', () => {
    expect(manifest.contributes.codeActions).toEqual([
      {languages: ['markdown', 'plaintext'], actions: [expect.objectContaining({kind: 'source.fixAll.fzlint'})]},
    ])
  })

  it('the entry point loads with a stub vscode module and exports activate and deactivate', () => {
    const entry = join(unpacked, 'extension', manifest.main)
    const loaded = createRequire(entry)(entry) as Record<string, unknown>
    expect(typeof loaded.activate).toBe('function')
    expect(typeof loaded.deactivate).toBe('function')
  })

  describe('the bundled language server', () => {
    let child: ChildProcess
    let connection: MessageConnection
    const draftsDirectory = join(workDirectory, 'drafts')

    afterAll(() => {
      connection?.dispose()
      child?.kill()
    })

    it('starts from the unpacked extension alone, answers initialize and publishes diagnostics', async () => {
      mkdirSync(draftsDirectory, {recursive: true})
      // Run from outside the repository, so nothing resolves from the workspace's node_modules.
      child = spawn(process.execPath, [join(unpacked, 'extension', 'dist', 'server.mjs'), '--stdio'], {cwd: draftsDirectory})
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
      const diagnostics = new Promise<{uri: string; diagnostics: {code?: string}[]}>((resolve) => {
        connection.onNotification('textDocument/publishDiagnostics', resolve)
      })
      connection.listen()
      const initialized = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(draftsDirectory).href,
        capabilities: {},
        workspaceFolders: null,
        initializationOptions: {enable: true, profile: 'auto'},
      })) as {serverInfo: {name: string}; capabilities: {hoverProvider: boolean; codeActionProvider: {codeActionKinds: string[]}}}
      expect(initialized.serverInfo.name).toBe('fzlint-language-server')
      expect(initialized.capabilities.hoverProvider).toBe(true)
      // The kind the manifest declares is the one the server provides.
      expect(initialized.capabilities.codeActionProvider.codeActionKinds).toContain(manifest.contributes.codeActions[0]!.actions[0]!.kind)
      await connection.sendNotification('initialized', {})
      const uri = pathToFileURL(join(draftsDirectory, 'draft.md')).href
      const text = '# 某县人民政府关于2023年度法治政府建设情况的报告\n\n## 一、主要举措和成效\n\n2023年，我县扎实推进法治政府建设。\n'
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      const published = await diagnostics
      expect(published.uri).toBe(uri)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section')
    }, 120_000)
  })
})
