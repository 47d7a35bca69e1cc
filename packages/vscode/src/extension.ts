/**
 * The fzlint VS Code extension: a thin client that starts the language server bundled beside it
 * (dist/server.mjs) over stdio and hands it the open Markdown and plain-text files; the server decides
 * which are reports to lint (fzlint.files, config `files`, else the not-a-report check). All checking,
 * configuration loading, quick fixes and fix-all live in the server, so editor and CLI agree.
 */
import * as path from 'node:path'
import {workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

/** Files whose change alters the configuration; the server relints open drafts when one changes. */
const CONFIG_FILES_GLOB = '**/{fzlint.config.json,.fzlintrc.json,package.json,.fzlintignore}'

let client: LanguageClient | undefined

function currentSettings(): {enable: boolean; configPath: string; profile: string; files: string[]} {
  const settings = workspace.getConfiguration('fzlint')
  return {
    enable: settings.get<boolean>('enable', true),
    configPath: settings.get<string>('configPath', ''),
    profile: settings.get<string>('profile', 'auto'),
    files: settings.get<string[]>('files', []),
  }
}

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.mjs'))
  const serverOptions: ServerOptions = {
    run: {module: serverModule, transport: TransportKind.stdio},
    debug: {module: serverModule, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6019']}},
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'untitled', language: 'markdown'},
      {scheme: 'untitled', language: 'plaintext'},
    ],
    // The server also asks for the `fzlint` section itself (workspace/configuration); sending it
    // at start avoids a first lint with defaults in clients that answer late.
    initializationOptions: currentSettings(),
    synchronize: {
      configurationSection: 'fzlint',
      fileEvents: workspace.createFileSystemWatcher(CONFIG_FILES_GLOB),
    },
  }
  client = new LanguageClient('fzlint', 'fzlint', serverOptions, clientOptions)
  context.subscriptions.push({dispose: () => void deactivate()})
  await client.start()
}

export async function deactivate(): Promise<void> {
  const running = client
  client = undefined
  if (running) await running.stop()
}
