/** Rule READMEs (`rules/<theme>/<id>/README.md`) for formats that embed rule help, such as SARIF's `help.markdown`. */
import {existsSync, promises as fs} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinPackages} from '@fzlint/builtin'

/** The folder holding `rules/`: searched upwards, since this module runs from `src/` in tests and from `dist/` when bundled. */
function findRulesFolder(): string | undefined {
  let folder = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(folder, 'rules')) && existsSync(join(folder, 'packages'))) return join(folder, 'rules')
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/** README markdown of each built-in rule in `ruleIds`; a README that cannot be found is left out (help falls back to meta). */
export async function readRuleDocs(ruleIds: Iterable<string>): Promise<Record<string, string>> {
  const rulesFolder = findRulesFolder()
  if (!rulesFolder) return {}
  const themeById = new Map(builtinPackages.flatMap((rulePackage) => rulePackage.rules.map((rule) => [rule.meta.id, rulePackage.theme] as const)))
  const docs: Record<string, string> = {}
  for (const id of ruleIds) {
    const theme = themeById.get(id)
    if (!theme) continue
    try {
      docs[id] = await fs.readFile(join(rulesFolder, theme, id, 'README.md'), 'utf8')
    } catch {
      // Installed without the rules' sources: SARIF help then comes from the rule's meta alone.
    }
  }
  return docs
}
