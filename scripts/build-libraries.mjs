// Builds the packages other programs import, for publishing (release:pack runs it; `pnpm build` does not, since
// inside the workspace they are used from their TypeScript sources):
//   @fzlint/core, @fzlint/rule-tester  tsc → dist/ (ES modules and .d.ts, one file per source file)
//   remark-lint-fzlint                 esbuild → dist/index.js, with the configuration and the built-in rules inside
//                                      and @fzlint/core, zod and ajv left to npm; its .d.ts from tsc
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsc = join(root, 'node_modules/typescript/bin/tsc')

function compile(tsconfig) {
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) {
    process.stderr.write(`build-libraries: tsc -p ${tsconfig} failed\n${result.stdout}${result.stderr}`)
    process.exit(1)
  }
}

for (const folder of ['packages/core', 'packages/rule-tester']) {
  rmSync(join(root, folder, 'dist'), {recursive: true, force: true})
  compile(join(folder, 'tsconfig.build.json'))
}

// remark-lint-fzlint: everything of fzlint's own but the core goes inside (configuration, built-in rules and their
// data: none of those packages is published); what it imports from npm stays external, so npm dedupes it.
const remarkFolder = join(root, 'packages/remark-lint-fzlint')
const remarkManifest = JSON.parse(readFileSync(join(remarkFolder, 'package.json'), 'utf8'))
rmSync(join(remarkFolder, 'dist'), {recursive: true, force: true})
await build({
  entryPoints: [join(remarkFolder, 'src/index.ts')],
  outfile: join(remarkFolder, 'dist/index.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(remarkManifest.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]),
  banner: {js: "import {createRequire as __fzlintCreateRequire} from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);"},
  legalComments: 'none',
  logLevel: 'warning',
})
// Its declarations: tsc emits them for every source the plugin reaches (the workspace's packages are sources here),
// and only the plugin's own file is kept; its types refer to @fzlint/core, vfile and unified alone, which users have.
compile(join('packages/remark-lint-fzlint/tsconfig.declarations.json'))
copyFileSync(join(root, 'node_modules/.cache/fzlint/remark-lint-fzlint-declarations/packages/remark-lint-fzlint/src/index.d.ts'), join(remarkFolder, 'dist/index.d.ts'))
