/** Runs the built CLI as a user would (a real process), capturing output and exit code. */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
export const cliPath = fileURLToPath(new URL('../../packages/cli/bin/fzlint.js', import.meta.url))

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** `input` is standard input: text, or bytes (a .docx piped in). */
export function runCli(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Uint8Array} = {}): CliRun {
  const child = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repositoryRoot,
    env: {...process.env, NO_COLOR: '1', ...options.env},
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return {status: child.status, stdout: child.stdout, stderr: child.stderr}
}

/** Runs the CLI with `--format json` and parses the results array. */
export function runCliJson(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = runCli(['--format', 'json', ...args], options)
  if (run.stdout.trim() === '') throw new Error(`no JSON output (exit ${run.status}): ${run.stderr}`)
  return {...run, results: JSON.parse(run.stdout) as import('@fzlint/core').LintResult[]}
}
