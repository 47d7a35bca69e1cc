/**
 * `fzlint serve`: starts the local page (@fzlint/serve), prints its address, opens it in the browser when a
 * person is at the terminal, and runs until Ctrl+C or SIGTERM.
 */
import {spawn} from 'node:child_process'
import {parseArgs} from 'node:util'
import {PageAssetsMissingError, startServeServer} from '@fzlint/serve'
import type {CliIo} from './cli-io.js'
import {USAGE} from './usage.js'

/** A fixed default, so the address can be bookmarked or written into office instructions. */
export const DEFAULT_SERVE_PORT = 8391

export class ServeUsageError extends Error {
  /** How the CLI, which loads this module lazily, tells a usage error (exit 2, with a pointer to --help). */
  readonly isUsageError = true
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SERVE_PORT
  const port = /^\d+$/u.test(value) ? Number(value) : NaN
  if (!(port >= 0 && port <= 65535)) throw new ServeUsageError(`--port 需要 0–65535 的整数（0 表示任选空闲端口），收到 “${value}” / --port expects 0–65535 (0 picks a free port)`)
  return port
}

/** Best effort: a missing opener (a server without a desktop) only means the user opens the printed address. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, {stdio: 'ignore', detached: true})
    child.on('error', () => {})
    child.unref()
  } catch {
    // Ignored: the address is printed anyway.
  }
}

function untilTerminated(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string | undefined {
  if (error.code === 'EADDRINUSE') return `端口 ${port} 已被占用，请用 --port 换一个（--port 0 任选空闲端口）/ port ${port} is already in use; pick another with --port`
  if (error.code === 'EACCES') return `无权使用端口 ${port}，请用 1024 以上的端口 / no permission to listen on port ${port}; use one above 1024`
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `本机没有地址 ${host} / ${host} is not an address of this computer`
  return undefined
}

export async function runServeCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    options: {port: {type: 'string'}, host: {type: 'string'}, 'no-open': {type: 'boolean'}, help: {type: 'boolean', short: 'h'}},
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    io.stdout(USAGE)
    return 0
  }
  if (positionals.length > 0) throw new ServeUsageError(`serve 不接受文件参数，请把文件拖到页面上 / serve takes no files; drop them on the page`)
  const port = parsePort(values.port)
  const host = values.host ?? '127.0.0.1'

  let server
  try {
    server = await startServeServer({host, port})
  } catch (error) {
    const reason = error instanceof PageAssetsMissingError ? error.message : describeListenError(error as NodeJS.ErrnoException, host, port)
    if (reason === undefined) throw error
    io.stderr(`fzlint serve: ${reason}\n`)
    return 2
  }
  const terminated = untilTerminated()
  if (!server.isLoopbackOnly) {
    // --host 0.0.0.0 or a network address: anyone on the network can open the page (it uploads nothing, but the
    // user should know the port is open to them).
    io.stderr(
      `fzlint serve: 警告：正在监听 ${server.listeningOn}，不只是本机，同一网络中的其他计算机也能打开此页面 / warning: listening on ${server.listeningOn}, not loopback only: other computers on the network can open this page\n`,
    )
  }
  io.stdout(`fzlint serve: ${server.url} — 把 .docx/.txt/.md 文件拖到页面上；文件不会上传 / drop files on the page; nothing is uploaded\n`)
  if (!server.isLoopbackOnly) {
    io.stdout(`fzlint serve: 监听 / listening on ${server.listeningOn}${server.networkUrls.length > 0 ? `；网络地址 / network addresses: ${server.networkUrls.join(' ')}` : ''}\n`)
  }
  io.stdout('按 Ctrl+C 停止 / press Ctrl+C to stop\n')
  if (io.isTTY && !values['no-open']) openInBrowser(server.url)
  await terminated
  await server.close()
  return 0
}
