// Editor latency: the real language server (its bin, over stdio) with a ~20 KB report open, 100 edits
// typed one after another; for each, the time from didChange to the publishDiagnostics of that version.
// Includes the server's 10 ms debounce, as a user would feel it. Target: p95 under 30 ms.
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'

const EDITS = 100
const TARGET_BYTES = 20 * 1024
const P95_TARGET_MS = 30
// Generous: a loaded machine must give a slow number, not a crash.
const REPLY_TIMEOUT_MS = 120_000

/** A report of about 20 KB: the largest fixture, extended with paragraphs of the others. */
function buildReport(root) {
  const corpus = join(root, 'fixtures', 'corpus')
  const texts = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpus, name), 'utf8'))
    .sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a))
  const lines = texts[0].split('\n')
  const extra = texts.slice(1).flatMap((text) => text.split('\n').slice(1))
  let report = lines.join('\n')
  for (const line of extra) {
    if (Buffer.byteLength(report) >= TARGET_BYTES) break
    report += `\n${line}`
  }
  return report
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)]
}

export async function runBenchmark({root, row}) {
  const text = buildReport(root)
  const lines = text.split('\n')
  // Type into a long body line near the middle, as someone revising a paragraph would.
  let editLine = Math.floor(lines.length / 2)
  while (lines[editLine].length < 20 && editLine < lines.length - 1) editLine++
  const editColumn = lines[editLine].length

  const child = spawn(process.execPath, [join(root, 'packages', 'language-server', 'bin', 'fzlint-language-server.js'), '--stdio'], {
    cwd: tmpdir(),
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', ({version}) => {
    const settle = waiting.get(version)
    if (settle) {
      waiting.delete(version)
      settle(performance.now())
    }
  })
  connection.listen()
  const published = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS)
      waiting.set(version, (time) => (clearTimeout(timer), resolve(time)))
    })

  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null})
    await connection.sendNotification('initialized', {})
    const uri = pathToFileURL(join(tmpdir(), 'fzlint-latency-report.txt')).href
    const opened = published(1)
    const openStart = performance.now()
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const firstLint = (await opened) - openStart

    const latencies = []
    for (let edit = 0; edit < EDITS; edit++) {
      const version = edit + 2
      // Alternately type a character and delete it again, so the document stays the same size.
      const typing = edit % 2 === 0
      const change = typing
        ? {range: {start: {line: editLine, character: editColumn}, end: {line: editLine, character: editColumn}}, text: '进'}
        : {range: {start: {line: editLine, character: editColumn}, end: {line: editLine, character: editColumn + 1}}, text: ''}
      const result = published(version)
      const start = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      latencies.push((await result) - start)
    }
    latencies.sort((a, b) => a - b)
    const p95 = percentile(latencies, 0.95)
    row(`lsp: report of ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, first lint on open`, `${firstLint.toFixed(1)} ms`)
    row(`lsp: didChange → publishDiagnostics, median of ${EDITS}`, `${percentile(latencies, 0.5).toFixed(1)} ms`, 'includes the 10 ms debounce')
    row(`lsp: didChange → publishDiagnostics, p95 (target < ${P95_TARGET_MS} ms)`, `${p95.toFixed(1)} ms`, p95 < P95_TARGET_MS ? 'met' : 'NOT MET')
  } finally {
    connection.dispose()
    child.kill()
  }
}

// `node bench/lsp-latency.mjs` runs this benchmark alone (after `pnpm build`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(new URL('.', import.meta.url).pathname, '..')
  await runBenchmark({root, row: (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`)})
}
