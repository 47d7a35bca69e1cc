// The packages fzlint publishes, and the one place their version comes from: the root package.json's `version`.
// `pnpm release:version <x.y.z>` writes it into every workspace package (the private ones and the VS Code extension
// too, so that no two versions of fzlint exist at once); release:pack and a test refuse a manifest that disagrees.
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Folder and npm name of each package `pnpm release:pack` packs, in dependency order. */
export const PUBLISHED_PACKAGES = [
  {folder: 'packages/core', name: '@fzlint/core'},
  {folder: 'packages/rule-tester', name: '@fzlint/rule-tester'},
  {folder: 'packages/remark-lint-fzlint', name: 'remark-lint-fzlint'},
  {folder: 'packages/cli', name: 'fzlint'},
]

export function readWorkspaceVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
}
