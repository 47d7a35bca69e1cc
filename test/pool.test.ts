/** The worker pool (@fzlint/pool), for the plain command and review: every file exactly once, two in flight per worker, and a hung or crashed worker costing one file. */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {createPool, type LintReply, type LintTask, type PoolOptions, type TaskOutcome as PoolOutcome} from '@fzlint/pool'
import {repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const workerScript = fileURLToPath(new URL('./helpers/pool-test-worker.mjs', import.meta.url))
const setup = {config: {cwd: '.'}, cacheDirectory: null}
type FileTask = LintTask
type TaskOutcome = PoolOutcome<LintTask, LintReply>

/** One run on a pool of its own, its workers terminated at the end. */
async function runPool(tasks: LintTask[], options: PoolOptions, onOutcome: (outcome: TaskOutcome) => void): Promise<void> {
  const pool = createPool<LintTask, LintReply>(options)
  try {
    await pool.run(tasks, onOutcome)
  } finally {
    await pool.close()
  }
}

async function runAll(names: string[], options: {size?: number; fileTimeoutMs?: number} = {}): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = []
  const tasks: FileTask[] = names.map((filePath) => ({filePath}))
  await runPool(tasks, {setup, workerScript, size: options.size ?? 2, fileTimeoutMs: options.fileTimeoutMs}, (outcome) => outcomes.push(outcome))
  return outcomes
}

function byFile(outcomes: TaskOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.map((outcome) => [outcome.task.filePath, outcome.kind]))
}

describe('a pool run to the end', () => {
  it('finishes every file exactly once', async () => {
    const names = Array.from({length: 25}, (_, index) => `report-${index}.txt`)
    const outcomes = await runAll(names)
    expect(outcomes.map((outcome) => outcome.task.filePath).sort()).toEqual([...names].sort())
    expect(outcomes.every((outcome) => outcome.kind === 'done')).toBe(true)
  })

  it('resolves at once with no files', async () => {
    expect(await runAll([])).toEqual([])
  })

  it('gives up on a hung file after the timeout and still finishes the file queued behind it', async () => {
    // One worker: the file after the hung one was already sent to it, and must be handed to its replacement.
    const outcomes = await runAll(['a.txt', 'hang.txt', 'b.txt', 'c.txt'], {size: 1, fileTimeoutMs: 300})
    expect(outcomes).toHaveLength(4)
    expect(byFile(outcomes)).toEqual({'a.txt': 'done', 'hang.txt': 'failed', 'b.txt': 'done', 'c.txt': 'done'})
    const hung = outcomes.find((outcome) => outcome.task.filePath === 'hang.txt')!
    expect(hung.kind === 'failed' && hung.reason).toBe('hang.txt: 超过单个文件的时间上限 0.3 秒，已停止检查 / stopped: over the 0.3 s time limit per file')
  })

  it('takes the time limit from the run’s configuration (--max-file-time) when not given one of its own', async () => {
    const outcomes: TaskOutcome[] = []
    const tasks: FileTask[] = ['a.txt', 'hang.txt', 'b.txt'].map((filePath) => ({filePath}))
    const started = Date.now()
    await runPool(tasks, {setup: {config: {cwd: '.', maxFileTimeMs: 200}, cacheDirectory: null}, workerScript, size: 1}, (outcome) => outcomes.push(outcome))
    // 0.2 s and the 1 s grace, far below the 30 s default.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(byFile(outcomes)).toEqual({'a.txt': 'done', 'hang.txt': 'failed', 'b.txt': 'done'})
  })

  it('reports the file that crashed its worker and goes on with a new one', async () => {
    const outcomes = await runAll(['a.txt', 'crash.txt', 'b.txt', 'c.txt', 'd.txt'], {size: 1})
    expect(outcomes).toHaveLength(5)
    expect(byFile(outcomes)).toEqual({'a.txt': 'done', 'crash.txt': 'failed', 'b.txt': 'done', 'c.txt': 'done', 'd.txt': 'done'})
  })

  it('stops with an error when workers die before finishing anything', async () => {
    await expect(runAll(['crash-1.txt', 'crash-2.txt', 'crash-3.txt', 'crash-4.txt'], {size: 1})).rejects.toThrow(/退出|exited/u)
  })

  it('lints in this thread beside the workers, from the same queue, each file once', async () => {
    const names = Array.from({length: 40}, (_, index) => `report-${index}.txt`)
    const here: string[] = []
    const outcomes: TaskOutcome[] = []
    const inThisThread = async (task: FileTask) => {
      here.push(task.filePath)
      await new Promise((resolve) => setTimeout(resolve, 2))
      return {kind: 'result' as const, result: {filePath: task.filePath} as never}
    }
    await runPool(names.map((filePath) => ({filePath})), {setup, workerScript, size: 1, inThisThread}, (outcome) => outcomes.push(outcome))
    expect(outcomes.map((outcome) => outcome.task.filePath).sort()).toEqual([...names].sort())
    expect(here.length).toBeGreaterThan(0)
    expect(here.length).toBeLessThan(names.length)
  })

  it('runs with no workers at all when this thread lints', async () => {
    const outcomes: TaskOutcome[] = []
    const inThisThread = async (task: FileTask) => (task.filePath === 'bad.txt' ? Promise.reject(new Error('unreadable')) : {kind: 'result' as const, result: {filePath: task.filePath} as never})
    await runPool([{filePath: 'a.txt'}, {filePath: 'bad.txt'}], {setup, workerScript: 'no-such-worker.js', size: 0, inThisThread}, (outcome) => outcomes.push(outcome))
    expect(byFile(outcomes)).toEqual({'a.txt': 'done', 'bad.txt': 'failed'})
    const failed = outcomes.find((outcome) => outcome.kind === 'failed')!
    expect(failed.kind === 'failed' && failed.reason).toBe('bad.txt: unreadable')
  })
})

describe('createPool', () => {
  const threadsOf = (outcomes: TaskOutcome[]) =>
    new Set(outcomes.map((outcome) => (outcome.kind === 'done' && outcome.response.kind === 'result' ? (outcome.response.result as unknown as {threadId: number}).threadId : -1)))

  it('runs again on the same workers (a review’s second pass starts none)', async () => {
    const pool = createPool<LintTask, LintReply>({setup, workerScript, size: 2})
    try {
      const first: TaskOutcome[] = []
      const second: TaskOutcome[] = []
      await pool.run(Array.from({length: 12}, (_, index) => ({filePath: `a-${index}.txt`})), (outcome) => first.push(outcome))
      await pool.run(Array.from({length: 12}, (_, index) => ({filePath: `b-${index}.txt`})), (outcome) => second.push(outcome))
      expect(first).toHaveLength(12)
      expect(second).toHaveLength(12)
      const firstThreads = threadsOf(first)
      for (const thread of threadsOf(second)) expect(firstThreads.has(thread)).toBe(true)
    } finally {
      await pool.close()
    }
  })

  it('runs on the workers start() began ahead of it', async () => {
    const pool = createPool<LintTask, LintReply>({setup, workerScript, size: 2})
    try {
      pool.start()
      const outcomes: TaskOutcome[] = []
      await pool.run(Array.from({length: 12}, (_, index) => ({filePath: `a-${index}.txt`})), (outcome) => outcomes.push(outcome))
      expect(outcomes.filter((outcome) => outcome.kind === 'done')).toHaveLength(12)
      expect(threadsOf(outcomes).size).toBe(2)
    } finally {
      await pool.close()
    }
  })

  it('does not keep a process alive with workers started but never run (a caller that stopped on an error)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fzlint-pool-start-'))
    try {
      const script = join(folder, 'started.mjs')
      await build({
        stdin: {
          contents: [
            "import {createPool} from '@fzlint/pool'",
            `createPool({setup: {config: {cwd: '.'}, cacheDirectory: null}, workerScript: ${JSON.stringify(workerScript)}, size: 2}).start()`,
            "setTimeout(() => process.stdout.write('left'), 200)",
          ].join('\n'),
          resolveDir: repositoryRoot,
          loader: 'ts',
        },
        outfile: script,
        bundle: true,
        format: 'esm',
        platform: 'node',
        banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
        logLevel: 'error',
      })
      const child = spawnSync(process.execPath, [script], {encoding: 'utf8', timeout: 20_000})
      expect(child.stderr).toBe('')
      expect(child.stdout).toBe('left')
      expect(child.status).toBe(0)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('starts no worker for a run without tasks', async () => {
    const pool = createPool<LintTask, LintReply>({setup, workerScript: 'no-such-worker.js', size: 2})
    await expect(pool.run([], () => {})).resolves.toBeUndefined()
    await pool.close()
  })
})

describe('the plain CLI with --jobs', () => {
  it('gives the same results with this thread and a worker as with this thread alone, in the order given', () => {
    const paths = ['fixtures/corpus', 'fixtures/cross-year', 'fixtures/clean']
    const alone = runCliJson(['--jobs', '1', ...paths])
    const pooled = runCliJson(['--jobs', '2', ...paths])
    expect(alone.results.length).toBeGreaterThan(5)
    expect(pooled.results).toEqual(alone.results)
    expect(pooled.status).toBe(alone.status)
  })

  it('compares every report with last year\'s the same way in a worker (--previous, read once per worker) as in this thread', () => {
    const paths = ['--previous', 'fixtures/cross-year/yunxi-2022.txt', 'fixtures/corpus', 'fixtures/cross-year/yunxi-2023.txt']
    const alone = runCliJson(['--jobs', '1', ...paths])
    const pooled = runCliJson(['--jobs', '2', ...paths])
    expect(alone.results.length).toBe(6)
    expect(pooled.results).toEqual(alone.results)
    expect(pooled.status).toBe(alone.status)
  })

  it('writes the same SARIF and GitLab reports when workers make the fingerprints (no source sent back) as this thread alone', () => {
    const paths = ['fixtures/corpus', 'fixtures/cross-year']
    for (const format of ['sarif', 'gitlab']) {
      const alone = runCli(['--format', format, '--jobs', '1', ...paths])
      const pooled = runCli(['--format', format, '--jobs', '2', ...paths])
      expect(alone.stdout.length).toBeGreaterThan(1000)
      expect(pooled.stdout).toBe(alone.stdout)
      expect(pooled.status).toBe(alone.status)
    }
  })
})
