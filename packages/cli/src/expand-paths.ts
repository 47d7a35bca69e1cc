/**
 * Command-line paths → files: files as given, directories walked for lintable extensions (symbolic links followed,
 * as ESLint does), globs expanded. A folder or link that cannot be read is named, and the rest are still found.
 */
import {lstatSync, promises as fs, readdir as readdirWithCallback, realpath as realpathWithCallback, realpathSync, statSync, type Dirent} from 'node:fs'
import {resolve, sep} from 'node:path'
import {glob, type FileSystemAdapter} from 'tinyglobby'
import {compareCodeUnits} from '@fzlint/core'
import {describeFileSystemError, LINTABLE_EXTENSIONS} from '@fzlint/core/io'

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn'])

export interface ExpandedPaths {
  files: string[]
  /** Paths that matched nothing: each becomes a clear error. */
  missing: string[]
  /** Folders and globs that matched files, none of a type fzlint reads (a glob of PDFs): an error too, never a silent pass. */
  unsupported: string[]
  /** Folders and globs whose reports all fall outside the configuration's `files`. */
  outsideFiles: string[]
  /**
   * Folders that could not be listed and links to reports that could not be followed, each `path: reason` in both
   * languages: the files beside them are still found, but the run must not pass as if these had been checked.
   */
  unreadable: string[]
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

// Every reader's extension is one dot and a name (`.txt`, `.docx`): a file's is what follows its last dot.
const LINTABLE_EXTENSION_SET = new Set(LINTABLE_EXTENSIONS)

function hasLintableExtension(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot !== -1 && LINTABLE_EXTENSION_SET.has(name.slice(dot).toLowerCase())
}

interface Walk {
  files: string[]
  /** Files of types fzlint does not read. */
  otherCount: number
  unreadable: string[]
  /** Real paths of the folders walked: a link back to one of them (a loop) is not walked again. */
  visited: Set<string>
  /** Whether a link was followed, so that one file may have been found under two paths. */
  hasFollowedLinks: boolean
}

function describeUnlistable(directory: string, error: unknown): string {
  const reason = describeFileSystemError(error)
  return `${directory}: 无法读取目录，其中的文件未检查：${reason.zh} / cannot read the folder, its files were not checked: ${reason.en}`
}

/** What a symbolic link's target is; undefined (and the problem noted) for a link to a report that cannot be followed. */
async function findLinkTargetKind(entry: Dirent, full: string, walk: Walk): Promise<'directory' | 'file' | 'other' | undefined> {
  walk.hasFollowedLinks = true
  try {
    const target = await fs.stat(full)
    return target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other'
  } catch (error) {
    // A dangling link named like a report stands for one that cannot be checked; any other dangling link is noise.
    if (hasLintableExtension(entry.name)) {
      const reason = describeFileSystemError(error)
      walk.unreadable.push(`${full}: 无法读取符号链接指向的文件：${reason.zh} / cannot follow the symbolic link: ${reason.en}`)
    }
    return undefined
  }
}

/** Files under a folder in name order, through symbolic links; folders that cannot be listed are noted and skipped. */
async function walkDirectory(directory: string, walk: Walk): Promise<void> {
  let entries: Dirent[]
  try {
    const realPath = await fs.realpath(directory)
    if (walk.visited.has(realPath)) return
    walk.visited.add(realPath)
    entries = await fs.readdir(directory, {withFileTypes: true})
  } catch (error) {
    walk.unreadable.push(describeUnlistable(directory, error))
    return
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name))
  // `directory` is absolute and normalised (resolved, then a name at a time): a name joins it as path.join would.
  const prefix = directory.endsWith(sep) ? directory : directory + sep
  for (const entry of entries) {
    const full = prefix + entry.name
    // Only a link needs a stat (and a turn of the event loop): 10,000 plain files took 10-15 ms more awaiting each.
    const kind = entry.isSymbolicLink() ? await findLinkTargetKind(entry, full, walk) : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other'
    if (kind === 'directory') {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) await walkDirectory(full, walk)
    } else if (kind === 'file') {
      if (hasLintableExtension(entry.name)) walk.files.push(full)
      else walk.otherCount++
    }
  }
}

/**
 * node:fs as tinyglobby uses it, noting what it passes over in silence: folders it cannot list (named like the
 * walk's), and whether it followed a link (fdir asks for a real path only then).
 */
function createObservedFileSystem(walk: Pick<Walk, 'unreadable' | 'hasFollowedLinks'>): FileSystemAdapter {
  // A glob following a loop reaches a locked folder under several paths: it is named once, by the first.
  const reported = new Set<string>()
  const readdir = ((path: string, options: object, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdirWithCallback(path, options as {withFileTypes: true}, (error, entries) => {
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
        const folder = path.replace(/(?<=.)\/$/u, '')
        const realPath = findRealPath(folder)
        if (!reported.has(realPath)) walk.unreadable.push(describeUnlistable(folder, error))
        reported.add(realPath)
      }
      callback(error, entries)
    })) as FileSystemAdapter['readdir']
  const realpath = ((path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) => {
    walk.hasFollowedLinks = true
    realpathWithCallback(path, callback)
  }) as FileSystemAdapter['realpath']
  return {readdir, realpath}
}

function findRealPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    // Not there, or behind a folder that cannot be entered: the path stands for itself.
    return path
  }
}

/** Fewer folders first, then code-unit order: `reports/sh/s.txt` names a file better than `reports/self/sh/s.txt`. */
function isShorterPath(a: string, b: string): boolean {
  const depthA = a.split('/').length
  const depthB = b.split('/').length
  return depthA !== depthB ? depthA < depthB : compareCodeUnits(a, b) < 0
}

/**
 * One path for each file: a file reached again through a link (a link beside its target, a folder linked twice, a
 * loop a glob follows once) is checked once, under its shortest path, in its place in the list. Real paths are asked
 * for only when a link was followed, as a folder of plain files cannot hold a file twice.
 */
function dropSameFiles(files: string[]): string[] {
  const shortestByRealPath = new Map<string, string>()
  for (const file of files) {
    const realPath = findRealPath(file)
    const shortest = shortestByRealPath.get(realPath)
    if (shortest === undefined || isShorterPath(file, shortest)) shortestByRealPath.set(realPath, file)
  }
  const kept = new Set(shortestByRealPath.values())
  return files.filter((file) => kept.has(file))
}

export async function expandPaths(paths: string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedPaths> {
  const files: string[] = []
  const missing: string[] = []
  const unsupported: string[] = []
  const outsideFiles: string[] = []
  const unreadable: string[] = []
  let hasFollowedLinks = false
  // A folder or glob keeps its reports; one that found files but no report is named, so the run cannot pass unseen.
  const keepFound = (path: string, found: string[], otherCount: number) => {
    const reports = options.isReportFile ? found.filter(options.isReportFile) : found
    if (reports.length > 0) files.push(...reports)
    else if (found.length > 0) outsideFiles.push(path)
    else if (otherCount > 0) unsupported.push(path)
  }
  for (const path of paths) {
    if (isGlob(path)) {
      const observed = {unreadable, hasFollowedLinks: false}
      const matches = await glob(path, {cwd, absolute: true, ignore: ['**/node_modules/**'], onlyFiles: true, fs: createObservedFileSystem(observed)})
      hasFollowedLinks ||= observed.hasFollowedLinks
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
    } catch (error) {
      // Only a path that is not there matched nothing; one in a folder the user may not enter is unreadable.
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(path)
      else {
        const reason = describeFileSystemError(error)
        unreadable.push(`${path}: 无法读取：${reason.zh} / cannot read: ${reason.en}`)
      }
      continue
    }
    // A path given as a link may name a file or folder also given, or found, by its own path.
    hasFollowedLinks ||= lstatSync(absolute).isSymbolicLink()
    if (isDirectory) {
      const walk: Walk = {files: [], otherCount: 0, unreadable, visited: new Set(), hasFollowedLinks: false}
      await walkDirectory(absolute, walk)
      hasFollowedLinks ||= walk.hasFollowedLinks
      keepFound(path, walk.files, walk.otherCount)
    } else {
      files.push(absolute)
    }
  }
  const uniqueFiles = [...new Set(files)]
  return {files: hasFollowedLinks ? dropSameFiles(uniqueFiles) : uniqueFiles, missing, unsupported, outsideFiles, unreadable}
}
