// Run by the build before it bundles: every built-in data file valid, and complete as written (see
// DataFile.checkBuiltIn), so that bundles may skip validating the data they inline. Exits 1 with the problems.
import {builtinDataFiles} from '@fzlint/builtin'

const problems = builtinDataFiles.flatMap((dataFile) => dataFile.checkBuiltIn())
if (problems.length > 0) {
  process.stderr.write(`build: 内置数据有误 / built-in data is invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`)
  process.exit(1)
}
