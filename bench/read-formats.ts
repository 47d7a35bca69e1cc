/** In-process timings of the reports read from disk in each format, and read + linted, for bench/input-formats.mjs. */
import {lintInput} from '@fzlint/core'
import {readInputFile} from '@fzlint/core/io'
import {builtinRules} from '@fzlint/builtin'
import {configureRules, recommendedRuleStates} from '@fzlint/config'

const recommended = configureRules(builtinRules, recommendedRuleStates('government'))

/** Reads each file; the characters read (so that nothing is optimised away). */
export async function readAll(paths: string[]): Promise<number> {
  let characters = 0
  for (const path of paths) characters += (await readInputFile(path)).text.length
  return characters
}

/** Reads and lints each file as the CLI does with no config file; the findings. */
export async function readAndLintAll(paths: string[]): Promise<number> {
  let messages = 0
  for (const path of paths) messages += lintInput(await readInputFile(path), {path, rules: recommended, detectNonReports: true}).result.messages.length
  return messages
}
