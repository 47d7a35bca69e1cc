/** Command-line paths → files: files as given, directories walked for lintable extensions, globs expanded. */
import {promises as fs, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {glob} from 'tinyglobby'
import {compareCodeUnits} from '@fzlint/core'
import {LINTABLE_EXTENSIONS} from '@fzlint/core/io'

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn'])

export interface ExpandedPaths {
  files: string[]
  /** Paths that matched nothing: each becomes a clear error. */
  missing: string[]
}

function isGlob(path: string): boolean {
  return /[*?[\]{}]/u.test(path)
}

function hasLintableExtension(name: string): boolean {
  const lower = name.toLowerCase()
  return LINTABLE_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

async function walkDirectory(directory: string, files: string[]): Promise<void> {
  const entries = await fs.readdir(directory, {withFileTypes: true})
  entries.sort((a, b) => compareCodeUnits(a.name, b.name))
  for (const entry of entries) {
    const full = join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) await walkDirectory(full, files)
    } else if (entry.isFile() && hasLintableExtension(entry.name)) {
      files.push(full)
    }
  }
}

export async function expandPaths(paths: string[], cwd: string): Promise<ExpandedPaths> {
  const files: string[] = []
  const missing: string[] = []
  for (const path of paths) {
    if (isGlob(path)) {
      const matches = await glob(path, {cwd, absolute: true, ignore: ['**/node_modules/**'], onlyFiles: true})
      if (matches.length === 0) missing.push(path)
      files.push(...matches.filter(hasLintableExtension).sort())
      continue
    }
    const absolute = resolve(cwd, path)
    try {
      // Blocking: one stat per path given, and the asynchronous API would load node:fs/promises for it.
      const info = statSync(absolute)
      if (info.isDirectory()) await walkDirectory(absolute, files)
      else files.push(absolute)
    } catch {
      missing.push(path)
    }
  }
  return {files: [...new Set(files)], missing}
}
