/** Rule READMEs for formats that embed rule help, such as SARIF's `help.markdown`. */
import {existsSync, promises as fs} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinPackages} from '@fzlint/builtin'

/**
 * Where a rule's README is: dist/rule-docs/<id>.md beside the CLI bundle in the installed package (the build copies
 * them there), or rules/<theme>/<id>/README.md in the repository when this module runs from its sources.
 */
function findRuleDocsFolder(): {readmePath(theme: string, id: string): string} | undefined {
  const besideBundle = fileURLToPath(new URL('./rule-docs/', import.meta.url))
  if (existsSync(besideBundle)) return {readmePath: (_theme, id) => join(besideBundle, `${id}.md`)}
  let folder = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(folder, 'rules')) && existsSync(join(folder, 'packages'))) {
      const rulesFolder = join(folder, 'rules')
      return {readmePath: (theme, id) => join(rulesFolder, theme, id, 'README.md')}
    }
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/** README markdown of each built-in rule in `ruleIds`; a README that cannot be found is left out (help falls back to meta). */
export async function readRuleDocs(ruleIds: Iterable<string>): Promise<Record<string, string>> {
  const docsFolder = findRuleDocsFolder()
  if (!docsFolder) return {}
  const themeById = new Map(builtinPackages.flatMap((rulePackage) => rulePackage.rules.map((rule) => [rule.meta.id, rulePackage.theme] as const)))
  const docs: Record<string, string> = {}
  for (const id of ruleIds) {
    const theme = themeById.get(id)
    if (!theme) continue
    try {
      docs[id] = await fs.readFile(docsFolder.readmePath(theme, id), 'utf8')
    } catch {
      // Installed without the rules' sources: SARIF help then comes from the rule's meta alone.
    }
  }
  return docs
}
