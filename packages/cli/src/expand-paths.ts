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
  /** Folders and globs that matched files, none of a type fzlint reads (a glob of PDFs): an error too, never a silent pass. */
  unsupported: string[]
  /** Folders and globs whose reports all fall outside the configuration's `files`. */
  outsideFiles: string[]
}

export interface ExpandOptions {
  /**
   * Whether a file found in a folder or by a glob is a report (configuration's `files`); files named one by one
   * are kept, for the caller to skip quietly (a pre-commit hook passes every staged .md, README.md included).
   */
  isReportFile?: (filePath: string) => boolean
}

function isGlob(path: string): boolean {
  return /[*?[\]{}]/u.test(path)
}

function hasLintableExtension(name: string): boolean {
  const lower = name.toLowerCase()
  return LINTABLE_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

/** Files under a folder in name order; `counts.other` tallies the files of types fzlint does not read. */
async function walkDirectory(directory: string, files: string[], counts: {other: number}): Promise<void> {
  const entries = await fs.readdir(directory, {withFileTypes: true})
  entries.sort((a, b) => compareCodeUnits(a.name, b.name))
  for (const entry of entries) {
    const full = join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) await walkDirectory(full, files, counts)
    } else if (entry.isFile()) {
      if (hasLintableExtension(entry.name)) files.push(full)
      else counts.other++
    }
  }
}

export async function expandPaths(paths: string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedPaths> {
  const files: string[] = []
  const missing: string[] = []
  const unsupported: string[] = []
  const outsideFiles: string[] = []
  // A folder or glob keeps its reports; one that found files but no report is named, so the run cannot pass unseen.
  const keepFound = (path: string, found: string[], otherCount: number) => {
    const reports = options.isReportFile ? found.filter(options.isReportFile) : found
    if (reports.length > 0) files.push(...reports)
    else if (found.length > 0) outsideFiles.push(path)
    else if (otherCount > 0) unsupported.push(path)
  }
  for (const path of paths) {
    if (isGlob(path)) {
      const matches = await glob(path, {cwd, absolute: true, ignore: ['**/node_modules/**'], onlyFiles: true})
      if (matches.length === 0) missing.push(path)
      const lintable = matches.filter(hasLintableExtension).sort()
      keepFound(path, lintable, matches.length - lintable.length)
      continue
    }
    const absolute = resolve(cwd, path)
    let isDirectory: boolean
    try {
      // Blocking: one stat per path given, and the asynchronous API would load node:fs/promises for it.
      isDirectory = statSync(absolute).isDirectory()
    } catch {
      missing.push(path)
      continue
    }
    if (isDirectory) {
      const found: string[] = []
      const counts = {other: 0}
      await walkDirectory(absolute, found, counts)
      keepFound(path, found, counts.other)
    } else {
      files.push(absolute)
    }
  }
  return {files: [...new Set(files)], missing, unsupported, outsideFiles}
}
