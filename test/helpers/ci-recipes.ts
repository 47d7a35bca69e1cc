/**
 * The CI recipes of docs/ci.md as tests run them: the block after each `<!-- ci-recipe: name -->`, the published
 * package spec swapped for the package under test, and draft repositories of real reports to run them in.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import type {FzlintPackage} from './fzlint-package.js'
import {repositoryRoot} from './run-cli.js'

export const ciDocPath = join(repositoryRoot, 'docs', 'ci.md')

/** The fenced block that follows `<!-- ci-recipe: name -->` in docs/ci.md. */
export function readRecipe(name: string): string {
  const text = readFileSync(ciDocPath, 'utf8')
  const marker = `<!-- ci-recipe: ${name} -->\n`
  const start = text.indexOf(marker)
  if (start < 0) throw new Error(`docs/ci.md 没有 ${marker.trim()} / has no recipe ${name}`)
  const block = /^```\w*\n([\s\S]*?)^```$/mu.exec(text.slice(start + marker.length))
  if (!block || block.index !== 0) throw new Error(`docs/ci.md: ${name} 标记后不是代码块 / the marker is not followed by a fenced block`)
  return block[1]!
}

/** Every `<!-- ci-recipe: … -->` name in docs/ci.md, in order. */
export function listRecipes(): string[] {
  return [...readFileSync(ciDocPath, 'utf8').matchAll(/<!-- ci-recipe: ([\w-]+) -->/gu)].map((match) => match[1]!)
}

/**
 * The recipe with the package under test in place of the published `fzlint@<version>`: `npx --yes fzlint@…`
 * becomes `npx --yes --package=<tarball> fzlint` (npx runs no tarball by path), any other `fzlint@…` the tarball.
 * Throws if the recipe pins another version, so the docs move with each release.
 */
export function usePackageUnderTest(recipe: string, fzlint: FzlintPackage): string {
  for (const match of recipe.matchAll(/\bfzlint@v?([\w.-]+)/gu)) {
    if (match[1] !== fzlint.version) throw new Error(`docs/ci.md 写的是 ${match[0]}，版本应为 ${fzlint.version} / pins ${match[0]}, not the version ${fzlint.version}`)
  }
  return recipe
    .replace(/\bnpx (--yes |-y )?fzlint@[\w.-]+/gu, `npx --yes --package=${fzlint.spec} fzlint`)
    .replace(/(?<![\w/])fzlint@[\w.-]+/gu, fzlint.spec)
}

/** Files of a draft repository: a path in the repository → a file of the fixtures folder, or `{text}`. */
export type DraftFiles = Record<string, string | {text: string}>

/** A git repository in a temporary folder with the files added (staged) and committed. */
export function makeDraftRepository(files: DraftFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'fzlint-draft-'))
  const git = (...args: string[]) => {
    const child = spawnSync('git', ['-c', 'user.name=fzlint test', '-c', 'user.email=test@fzlint.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd: root, encoding: 'utf8'})
    if (child.status !== 0) throw new Error(`git ${args.join(' ')}: ${child.stderr}`)
  }
  git('init', '-q')
  writeDraftFiles(root, files)
  git('add', '-A')
  git('commit', '-q', '-m', 'draft')
  return root
}

export function writeDraftFiles(root: string, files: DraftFiles): void {
  for (const [path, source] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(dirname(target), {recursive: true})
    if (typeof source === 'string') copyFileSync(join(repositoryRoot, 'fixtures', source), target)
    else writeFileSync(target, source.text)
  }
}

/** A report that passes every rule, and one with an error (an unmatched quotation mark) and fixable web-page residue. */
export const CLEAN_REPORT = 'clean/clean-2023.txt'
export const REPORT_WITH_ERROR = 'corpus/fangxian-2023.txt'
export const REPORT_WITH_ERROR_RULE = 'unmatched-pair'
/** Not a report: no numbered headings and no year. */
export const NOT_A_REPORT = {text: '# 会议记录\n\n下次讨论排版和用词。\n'}
