/**
 * A worker_threads pool that hands out one file at a time from a shared queue as workers free up, so one
 * 4 MB report delays only itself. A crashed or hung worker costs one file (reported), never the batch.
 */
import {availableParallelism} from 'node:os'
import {createRequire} from 'node:module'
import {Worker} from 'node:worker_threads'
import type {FileTask, TaskRequest, TaskResponse, WorkerSetup} from './protocol.js'

export interface PoolOptions {
  /** Number of workers; defaults to the number of cores. */
  size?: number
  setup: WorkerSetup
  /** The bundled worker (packages/review/dist/worker.js, built by `pnpm build`). */
  workerScript?: string
  /** A file taking longer than this is abandoned and its worker replaced (default 120 s). */
  fileTimeoutMs?: number
}

export type TaskOutcome = {task: FileTask} & ({kind: 'done'; response: TaskResponse} | {kind: 'failed'; reason: string})

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism())
}

/** The worker bundle, found through the package's exports (from the sources or from the CLI bundle alike). */
export function findWorkerScript(): string {
  return createRequire(import.meta.url).resolve('@fzlint/review/worker')
}

const WORKER_YOUNG_GENERATION_MB = 16

interface Slot {
  worker: Worker
  hasResponded: boolean
  current: {id: number; task: FileTask; timer: NodeJS.Timeout} | null
}

/**
 * Runs every task of `tasks` (pulled lazily, so a generator can feed millions) and calls `onOutcome` as
 * each finishes, in completion order. Resolves when all are done; workers are terminated at the end.
 */
export async function runPool(tasks: Iterable<FileTask>, options: PoolOptions, onOutcome: (outcome: TaskOutcome) => void): Promise<void> {
  const size = Math.max(1, options.size ?? defaultPoolSize())
  const script = options.workerScript ?? findWorkerScript()
  const timeoutMs = options.fileTimeoutMs ?? 120_000
  const queue = tasks[Symbol.iterator]()
  let nextId = 1
  let isQueueDrained = false
  const slots: Slot[] = []
  /** Workers that died before finishing a single file: a broken bundle or configuration would do so forever. */
  let startupFailures = 0

  return new Promise<void>((resolve, reject) => {
    let isSettled = false
    const finish = (error?: unknown) => {
      if (isSettled) return
      isSettled = true
      Promise.all(slots.map((slot) => slot.worker.terminate())).then(
        () => (error ? reject(error) : resolve()),
        () => (error ? reject(error) : resolve()),
      )
    }

    const report = (outcome: TaskOutcome) => {
      try {
        onOutcome(outcome)
      } catch (error) {
        finish(error)
      }
    }

    const dispatch = (slot: Slot) => {
      if (isSettled) return
      const next = isQueueDrained ? undefined : queue.next()
      if (!next || next.done) {
        isQueueDrained = true
        if (slots.every((candidate) => candidate.current === null)) finish()
        return
      }
      const id = nextId++
      const task = next.value
      const timer = setTimeout(() => {
        report({task, kind: 'failed', reason: `${task.filePath}: 处理超时（${Math.round(timeoutMs / 1000)} 秒）/ timed out`})
        replace(slot)
      }, timeoutMs)
      slot.current = {id, task, timer}
      slot.worker.postMessage({id, task} satisfies TaskRequest)
    }

    const replace = (slot: Slot) => {
      const old = slot.worker
      if (slot.current) clearTimeout(slot.current.timer)
      slot.current = null
      old.removeAllListeners()
      // Ignore the terminated worker's exit and late errors: its file is already reported.
      old.on('error', () => {})
      void old.terminate()
      slot.hasResponded = false
      slot.worker = spawn(slot)
      dispatch(slot)
    }

    const spawn = (slot: Slot): Worker => {
      // A smaller young generation than V8's default: a worker lints one report at a time, whose garbage is
      // short-lived, and each worker's memory counts against the batch's peak (hundreds of reports on few cores).
      const worker = new Worker(script, {workerData: options.setup, execArgv: [], stdout: false, stderr: false, resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB}})
      worker.on('message', (response: TaskResponse) => {
        const current = slot.current
        if (!current || current.id !== response.id) return
        clearTimeout(current.timer)
        slot.current = null
        slot.hasResponded = true
        startupFailures = 0
        report({task: current.task, kind: 'done', response})
        dispatch(slot)
      })
      const onCrash = (reason: string) => {
        if (isSettled) return
        if (!slot.hasResponded && ++startupFailures >= 3) {
          finish(new Error(reason))
          return
        }
        const current = slot.current
        if (current) report({task: current.task, kind: 'failed', reason: `${current.task.filePath}: ${reason}`})
        replace(slot)
      }
      worker.on('error', (error) => onCrash(`工作线程出错 / worker failed: ${error.message}`))
      worker.on('exit', (code) => onCrash(`工作线程意外退出（${code}）/ worker exited unexpectedly`))
      return worker
    }

    for (let index = 0; index < size; index++) {
      const slot = {current: null, hasResponded: false} as unknown as Slot
      slot.worker = spawn(slot)
      slots.push(slot)
    }
    for (const slot of slots) dispatch(slot)
  })
}
