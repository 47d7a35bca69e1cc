/** Where the command line reads and writes: the process's streams, or a test's. A module of its own, so the commands
 * that cli.ts loads (outline, serve) take it without importing cli.ts back. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY: boolean
  /** `--stdin`: all of standard input (process.stdin when not given). */
  readStdin?: () => Promise<Uint8Array>
  /** `--stdin --fix`: the fixed text in its own encoding (GB18030 stays GB18030); `stdout` when not given. */
  stdoutBytes?: (bytes: Uint8Array) => void
}
