/** A folder of reports for the review tests: the corpus, the yunxi pair (two years of one body) and a file that cannot be read. */
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {repositoryRoot} from './helpers/run-cli.js'

export const CORPUS_NAMES = readdirSync(join(repositoryRoot, 'fixtures/corpus')).filter((name) => name.endsWith('.txt')).sort()

export function makeReviewFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzlint-review-test-'))
  mkdirSync(join(folder, 'reports', '2023'), {recursive: true})
  for (const name of CORPUS_NAMES) copyFileSync(join(repositoryRoot, 'fixtures/corpus', name), join(folder, 'reports', name))
  copyFileSync(join(repositoryRoot, 'fixtures/cross-year/yunxi-2022.txt'), join(folder, 'reports', 'yunxi-2022.txt'))
  copyFileSync(join(repositoryRoot, 'fixtures/cross-year/yunxi-2023.txt'), join(folder, 'reports', '2023', 'yunxi-2023.txt'))
  writeFileSync(join(folder, 'reports', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]))
  return folder
}
