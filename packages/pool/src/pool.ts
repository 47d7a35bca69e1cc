/**
 * A worker_threads pool that hands out files from a shared queue as workers free up. Each worker holds a few files
 * (FILES_PER_WORKER): the one it is linting and the next ones, so it never waits for the main thread between files;
 * a 4 MB report delays only itself and the files queued behind it in that worker. A crashed or hung worker costs
 * one file (reported), never the batch: the files queued behind it go back to the queue.
 */
import {availableParallelism} from 'node:os'
import {createRequire} from 'node:module'
import {Worker} from 'node:worker_threads'
import {DEFAULT_MAX_FILE_TIME_MS, describeOverTime} from '@fzlint/core'
import type {LintReply, LintTask, PoolSetup, PoolTask, TaskRequest, TaskResponse} from './protocol.js'

/**
 * A pool over tasks of type `Task` whose workers answer with `Reply` (the lint worker of this package: LintTask and
 * LintReply; `fzlint review` has a worker of its own). Tasks and replies cross threads: plain data only.
 */
export interface PoolOptions<Task extends PoolTask = LintTask, Reply = LintReply> {
  /** Number of workers; defaults to the number of cores. May be 0 when `inThisThread` lints. */
  size?: number
  /** What every worker starts from (its workerData); `config.maxFileTimeMs` is the default time budget per file. */
  setup: PoolSetup
  /** The bundled worker; this package's lint worker (packages/pool/dist/worker.js, built by `pnpm build`) when not given. */
  workerScript?: string
  /**
   * The time budget per file (`--max-file-time`; default the setup's `config.maxFileTimeMs`, else 30 s; 0: none).
   * A worker stops a file there itself, between steps and rules; one still on it HARD_STOP_GRACE_MS later (stuck
   * in a single call, such as a backtracking regular expression) is terminated, the file reported over time, and
   * a fresh worker takes the files queued behind it.
   */
  fileTimeoutMs?: number
  /**
   * Also handles tasks in the calling thread, from the same queue. The plain CLI's thread has its code loaded
   * and compiled already, and would otherwise wait while workers start and warm up; it then lints beside them.
   * Such a task has no timeout of the pool's and no crash recovery: it is what a run without the pool does (the
   * CLI's lint there keeps its own budget: the engine's deadline, and a vm watchdog in runs of up to 100 files).
   */
  inThisThread?: (task: Task) => Promise<Reply>
}

export type TaskOutcome<Task extends PoolTask = LintTask, Reply = LintReply> = {task: Task} & ({kind: 'done'; response: Reply} | {kind: 'failed'; reason: string})

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism())
}

/**
 * This package's lint worker bundle (packages/pool/dist/worker.js, built by `pnpm build`), found through its exports.
 * The installed `fzlint` package has none: its CLI gives its own launcher (bin/pool-worker.js) as `workerScript`.
 */
export function findWorkerScript(): string {
  return createRequire(import.meta.url).resolve('@fzlint/pool/worker')
}

/**
 * How long past a file's time budget the pool waits before terminating its worker: the worker's own check answers
 * first with the same result, and a worker is not thrown away (with its warm code) for a reply already on its way.
 */
export const HARD_STOP_GRACE_MS = 1000

/** The longest delay setTimeout takes (about 24.8 days); a longer one would fire at once, so it means no hard stop. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Files a worker holds at once: the one it lints and the next ones, sent ahead so it never idles between files.
 * With two, a worker often ran dry while the main thread was busy with a file of its own (the plain command lints in
 * this thread too), and the main thread's next postMessage then woke it: on this machine's two loaded cores that
 * wake-up cost the main thread about 0.5-1 ms a post, 2 s of 10,000 reports (worker: 4,100 of them); with eight,
 * 50 ms, and the worker lints 5,200.
 */
const FILES_PER_WORKER = 8

// A smaller young generation than V8's default: a worker lints one report at a time, whose garbage is
// short-lived, and each worker's memory counts against the batch's peak (hundreds of reports on few cores).
const WORKER_YOUNG_GENERATION_MB = 16

interface SentTask<Task> {
  id: number
  task: Task
}

interface Slot<Task> {
  worker: Worker
  hasResponded: boolean
  /** Tasks sent to the worker, oldest (the one being linted) first. */
  sent: SentTask<Task>[]
  /** Timer of the oldest sent task: a file's time counts from when its worker starts on it. */
  timer: NodeJS.Timeout | null
}

/** Workers kept between runs: a review's two passes share them, so each worker starts and warms up once. */
export interface Pool<Task extends PoolTask = LintTask, Reply = LintReply> {
  /**
   * Runs every task of `tasks` (pulled lazily, so a generator can feed millions) and calls `onOutcome` as each
   * finishes, in completion order. Resolves when all are done. One run at a time.
   */
  run(tasks: Iterable<Task>, onOutcome: (outcome: TaskOutcome<Task, Reply>) => void): Promise<void>
  /**
   * Starts the workers now rather than at the first run, so that they load and compile while the caller prepares it.
   * Until a run begins they do not keep the process alive: a caller that stops before running (an error) still exits.
   */
  start(): void
  /** Terminates the workers. */
  close(): Promise<void>
}

/** The state of one run: its queue and whom to tell. */
interface Run<Task extends PoolTask, Reply> {
  queue: Iterator<Task>
  /** Tasks taken back from a replaced worker before it started them; handed out before the queue's. */
  returned: Task[]
  isQueueDrained: boolean
  isThisThreadBusy: boolean
  isSettled: boolean
  onOutcome: (outcome: TaskOutcome<Task, Reply>) => void
  settle: (error?: unknown) => void
}

/** Terminates a worker, ignoring its exit and late errors: whatever it held is already accounted for. */
async function stopWorker(worker: Worker): Promise<void> {
  worker.removeAllListeners()
  worker.on('error', () => {})
  await worker.terminate().catch(() => undefined)
}

export function createPool<Task extends PoolTask = LintTask, Reply = LintReply>(options: PoolOptions<Task, Reply>): Pool<Task, Reply> {
  const size = Math.max(options.inThisThread ? 0 : 1, options.size ?? defaultPoolSize())
  const script = options.workerScript ?? findWorkerScript()
  const limitMs = options.fileTimeoutMs ?? options.setup.config.maxFileTimeMs ?? DEFAULT_MAX_FILE_TIME_MS
  const hardStopMs = limitMs > 0 && limitMs + HARD_STOP_GRACE_MS <= MAX_TIMER_MS ? limitMs + HARD_STOP_GRACE_MS : undefined
  let nextId = 1
  type TaskSlot = Slot<Task>
  type TaskRun = Run<Task, Reply>
  const slots: TaskSlot[] = []
  /** Workers that died before finishing a single file: a broken bundle or configuration would do so forever. */
  let startupFailures = 0
  let current: TaskRun | null = null

  const takeTask = (run: TaskRun): Task | undefined => {
    if (run.returned.length > 0) return run.returned.shift()
    if (run.isQueueDrained) return undefined
    const next = run.queue.next()
    if (next.done) {
      run.isQueueDrained = true
      return undefined
    }
    return next.value
  }

  const report = (run: TaskRun, outcome: TaskOutcome<Task, Reply>) => {
    try {
      run.onOutcome(outcome)
    } catch (error) {
      run.settle(error)
    }
  }

  /** Starts the timeout of the file the worker is on now (the oldest it holds). */
  const armTimer = (slot: TaskSlot) => {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const oldest = slot.sent[0]
    if (!oldest || !current || hardStopMs === undefined) return
    const run = current
    slot.timer = setTimeout(() => {
      report(run, {task: oldest.task, kind: 'failed', reason: describeOverTime(oldest.task.filePath, limitMs)})
      slot.sent.shift()
      replace(slot)
    }, hardStopMs)
  }

  const finishIfAllDone = () => {
    const run = current
    if (run && run.isQueueDrained && run.returned.length === 0 && !run.isThisThreadBusy && slots.every((slot) => slot.sent.length === 0)) run.settle()
  }

  const fill = (slot: TaskSlot) => {
    const run = current
    if (!run || run.isSettled) return
    while (slot.sent.length < FILES_PER_WORKER) {
      const task = takeTask(run)
      if (!task) break
      const id = nextId++
      slot.sent.push({id, task})
      slot.worker.postMessage({id, task} satisfies TaskRequest<Task>)
      if (slot.sent.length === 1) armTimer(slot)
    }
    finishIfAllDone()
  }

  /** A fresh worker for the slot; files the old one held but had not started go back to the queue. */
  const replace = (slot: TaskSlot) => {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    current?.returned.unshift(...slot.sent.map((sent) => sent.task))
    slot.sent = []
    void stopWorker(slot.worker)
    slot.hasResponded = false
    slot.worker = spawn(slot)
    fill(slot)
  }

  const spawn = (slot: TaskSlot): Worker => {
    const worker = new Worker(script, {
      workerData: options.setup,
      execArgv: [],
      stdout: false,
      stderr: false,
      resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB},
    })
    worker.on('message', (message: TaskResponse<Reply>) => {
      const index = slot.sent.findIndex((sent) => sent.id === message.id)
      if (index === -1) return
      const [done] = slot.sent.splice(index, 1)
      slot.hasResponded = true
      startupFailures = 0
      if (index === 0) armTimer(slot)
      if (current) report(current, {task: done!.task, kind: 'done', response: message})
      fill(slot)
    })
    const onCrash = (reason: string) => {
      const run = current
      if (!run || run.isSettled) {
        // Died between runs, holding no file: drop it; the next run starts a fresh one in its place.
        const index = slots.indexOf(slot)
        if (index !== -1) slots.splice(index, 1)
        stopWorker(worker)
        return
      }
      if (!slot.hasResponded && ++startupFailures >= 3) {
        run.settle(new Error(reason))
        return
      }
      // The file being linted is the one that brought the worker down; the one queued behind it is retried.
      const crashed = slot.sent.shift()
      if (crashed) report(run, {task: crashed.task, kind: 'failed', reason: `${crashed.task.filePath}: ${reason}`})
      replace(slot)
    }
    worker.on('error', (error) => onCrash(`工作线程出错 / worker failed: ${error.message}`))
    worker.on('exit', (code) => onCrash(`工作线程意外退出（${code}）/ worker exited unexpectedly`))
    return worker
  }

  /** Fills the pool up to `size` workers; returns the slots it added. */
  const spawnMissing = (): TaskSlot[] => {
    const added: TaskSlot[] = []
    while (slots.length < size) {
      const slot: TaskSlot = {worker: undefined as unknown as Worker, hasResponded: false, sent: [], timer: null}
      slot.worker = spawn(slot)
      slots.push(slot)
      added.push(slot)
    }
    return added
  }

  const lintInThisThread = async (run: TaskRun, handle: (task: Task) => Promise<Reply>) => {
    run.isThisThreadBusy = true
    for (let task = takeTask(run); task && !run.isSettled; task = takeTask(run)) {
      try {
        report(run, {task, kind: 'done', response: await handle(task)})
      } catch (error) {
        report(run, {task, kind: 'failed', reason: `${task.filePath}: ${error instanceof Error ? error.message : String(error)}`})
      }
      // Between files, let the workers' replies in, so each gets its next file without waiting for this one.
      await new Promise<void>((resolveTurn) => setImmediate(resolveTurn))
    }
    run.isThisThreadBusy = false
    finishIfAllDone()
  }

  return {
    run(tasks, onOutcome) {
      if (current) return Promise.reject(new Error('Pool.run: one run at a time'))
      return new Promise<void>((resolve, reject) => {
        const run: TaskRun = {
          queue: tasks[Symbol.iterator](),
          returned: [],
          isQueueDrained: false,
          isThisThreadBusy: false,
          isSettled: false,
          onOutcome,
          settle: (error) => {
            if (run.isSettled) return
            run.isSettled = true
            current = null
            for (const slot of slots) {
              if (slot.timer) clearTimeout(slot.timer)
              slot.timer = null
            }
            if (error === undefined) resolve()
            else {
              // A failed run leaves no worker half-way through a file of it: the pool starts afresh if run again.
              for (const slot of slots.splice(0)) void stopWorker(slot.worker)
              reject(error)
            }
          },
        }
        current = run
        // No task at all (every file answered by the cache, say): no worker needs to start.
        const first = takeTask(run)
        if (first === undefined) {
          run.settle()
          return
        }
        run.returned.push(first)
        spawnMissing()
        for (const slot of slots) {
          slot.worker.ref()
          fill(slot)
        }
        if (options.inThisThread) void lintInThisThread(run, options.inThisThread)
        else finishIfAllDone()
      })
    },
    start() {
      for (const slot of spawnMissing()) slot.worker.unref()
    },
    async close() {
      await Promise.all(slots.splice(0).map((slot) => stopWorker(slot.worker)))
    },
  }
}
