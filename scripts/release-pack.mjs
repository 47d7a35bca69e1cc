// `pnpm release:pack`: builds every publishable package and writes its tarball into release/ (git-ignored), as
// `npm publish` would send it: `workspace:` ranges replaced by versions (pnpm pack does that), built JavaScript
// and declarations, README, LICENSE and CHANGELOG in each. The VS Code extension's .vsix goes there too.
//
//   fzlint               the one package users install: CLI, review, serve, language server, rules, schemas
//   @fzlint/core         the rule API, the report model and the lint pipeline, for people who write rules
//   @fzlint/rule-tester  RuleTester for such rules
//   remark-lint-fzlint   the rules inside remark-cli / unified-engine
//
// Flags: --skip-build (the bundles are current: tests that already built them), --skip-vsix, --dry-run-publish
// (run `npm publish --dry-run` on each tarball afterwards).
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {PUBLISHED_PACKAGES, readWorkspaceVersion} from './published-packages.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const releaseFolder = join(root, 'release')
const flags = new Set(process.argv.slice(2))

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options})
  if (result.status !== 0) {
    process.stderr.write(`release:pack: ${command} ${args.join(' ')} failed (exit ${result.status})\n${result.stdout ?? ''}${result.stderr ?? ''}`)
    process.exit(1)
  }
  return result.stdout
}

const version = readWorkspaceVersion()
for (const {folder, name} of PUBLISHED_PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
  if (manifest.name !== name || manifest.version !== version) {
    process.stderr.write(`release:pack: ${folder}/package.json is ${manifest.name}@${manifest.version}, expected ${name}@${version}; run pnpm release:version ${version}\n`)
    process.exit(1)
  }
}

if (!flags.has('--skip-build')) run(process.execPath, ['scripts/build.mjs'])
run(process.execPath, ['scripts/build-libraries.mjs'])

// Packed into a folder of this run's own, then each tarball renamed into release/: a test run reading release/ at
// the same time sees the previous tarball or the new one, never a missing or half-written file.
const stagingFolder = join(releaseFolder, `.staging-${process.pid}`)
rmSync(stagingFolder, {recursive: true, force: true})
mkdirSync(stagingFolder, {recursive: true})
const tarballs = []
for (const {folder} of PUBLISHED_PACKAGES) {
  // One LICENSE and one CHANGELOG for the repository, copied into each package (git-ignored there).
  copyFileSync(join(root, 'LICENSE'), join(root, folder, 'LICENSE'))
  copyFileSync(join(root, 'CHANGELOG.md'), join(root, folder, 'CHANGELOG.md'))
  const before = new Set(readdirSync(stagingFolder))
  run('pnpm', ['pack', '--pack-destination', stagingFolder], {cwd: join(root, folder)})
  const written = readdirSync(stagingFolder).filter((file) => !before.has(file) && file.endsWith('.tgz'))
  if (written.length !== 1) throw new Error(`pnpm pack in ${folder} wrote ${written.length} tarballs`)
  tarballs.push(join(releaseFolder, written[0]))
}
for (const tarball of tarballs) renameSync(join(stagingFolder, basename(tarball)), tarball)
rmSync(stagingFolder, {recursive: true, force: true})

// No packed manifest may keep a `workspace:` range: npm would fail to install it anywhere else.
for (const tarball of tarballs) {
  const manifest = run('tar', ['-xzOf', tarball, 'package/package.json'])
  if (manifest.includes('workspace:')) {
    process.stderr.write(`release:pack: ${tarball} still has a workspace: range\n`)
    process.exit(1)
  }
}

if (!flags.has('--skip-vsix')) {
  const extensionFolder = join(root, 'packages/vscode')
  run(process.execPath, ['scripts/build.mjs'], {cwd: extensionFolder})
  const vsix = join(releaseFolder, `fzlint-vscode-${version}.vsix`)
  run(process.execPath, [join(extensionFolder, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], {cwd: extensionFolder})
  tarballs.push(vsix)
}

if (flags.has('--dry-run-publish')) {
  for (const tarball of tarballs.filter((file) => file.endsWith('.tgz'))) {
    run('npm', ['publish', '--dry-run', '--access', 'public', tarball])
  }
}

for (const file of tarballs) process.stdout.write(`${file}\n`)
