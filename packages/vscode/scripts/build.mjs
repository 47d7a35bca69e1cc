// Builds the extension into dist/: the client as one CommonJS file (VS Code requires it; `vscode` is
// provided by the editor) and the language server as one self-contained ES module, so the .vsix
// needs no node_modules. Kept out of the root `pnpm build`: only packaging needs it. The configuration's JSON
// Schema goes beside them: `contributes.jsonValidation` points VS Code at dist/config.schema.json.
import {build} from 'esbuild'
import {copyFile, mkdir} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const repositoryRoot = join(extensionRoot, '..', '..')

await mkdir(join(extensionRoot, 'dist'), {recursive: true})
await Promise.all([
  copyFile(join(repositoryRoot, 'schemas', 'config.schema.json'), join(extensionRoot, 'dist', 'config.schema.json')),
  build({
    entryPoints: [join(extensionRoot, 'src', 'extension.ts')],
    outfile: join(extensionRoot, 'dist', 'extension.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    external: ['vscode'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  }),
  // The server and its lint worker (which it finds beside itself as lint-worker.mjs), each self-contained.
  ...['main', 'lint-worker'].map((name) => build({
    entryPoints: [join(repositoryRoot, 'packages', 'language-server', 'src', `${name}.ts`)],
    outfile: join(extensionRoot, 'dist', name === 'main' ? 'server.mjs' : 'lint-worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node18',
    minify: true,
    legalComments: 'none',
    // Bundled CommonJS dependencies call require(); ES modules have none, so provide one.
    banner: {js: "import {createRequire as __fzlintCreateRequire} from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);"},
    logLevel: 'warning',
  })),
])
