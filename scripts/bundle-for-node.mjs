// Scripts that run the TypeScript sources (the benchmarks, the fuzzer, the page scorer, the generator) bundle their
// entry with esbuild into node_modules/.cache/fzlint/ and import it: Node 20 runs no TypeScript, and a bundle also
// gives them the code exactly as the shipped bundles build it.
import {build} from 'esbuild'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

/**
 * zod's namespace object carries every locale's messages (about 250 KB), and bundlers cannot drop what a namespace
 * might reach. fzlint uses zod's default English messages only, so its bundles take that locale alone.
 */
export const englishZodLocaleOnly = {
  name: 'english-zod-locale-only',
  setup(build) {
    build.onLoad({filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/}, () => ({contents: 'export {default as en} from "./en.js"'}))
  },
}

/** Bundled CommonJS dependencies call require(); ES modules have none, so each bundle gets one. */
export const REQUIRE_SHIM = "import {createRequire as __fzlintCreateRequire} from 'node:module'; const require = __fzlintCreateRequire(import.meta.url);"

/**
 * Bundles `entry` (a path below `root`, or `{contents, resolveDir}` for an entry written inline) into
 * node_modules/.cache/fzlint/<name>.mjs and returns that file's path. `options` go to esbuild as they are
 * (`minify`, `plugins`).
 */
export async function bundleForNode(root, entry, name, options = {}) {
  const outfile = join(root, 'node_modules', '.cache', 'fzlint', `${name}.mjs`)
  await build({
    ...(typeof entry === 'string' ? {entryPoints: [join(root, entry)]} : {stdin: {...entry, loader: 'ts'}}),
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: {js: REQUIRE_SHIM},
    logLevel: 'warning',
    ...options,
  })
  return outfile
}

/** Bundles `entry` as bundleForNode does and imports it. */
export async function importBundled(root, entry, name, options = {}) {
  return import(pathToFileURL(await bundleForNode(root, entry, name, options)).href)
}
