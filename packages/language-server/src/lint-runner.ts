/**
 * The main thread's side of the lint worker: one worker, started on the first request and reused, handling one
 * request at a time. A newer version of a document supersedes its pending lint, and its running one too: a
 * superseded lint still running after SUPERSEDED_RESTART_MS, or any lint past its time budget (plus a grace for
 * the worker's own deadline to answer first), has its worker terminated and replaced. So the main thread never
 * waits on a lint, and a stuck one costs at most the budget.
 */
import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {overTimeResult} from '@fzlint/core'
import {handleRequest} from './lint-requests.js'
import type {DocumentRequest, FixAllReply, LintReply, WorkerReply, WorkerRequest} from './lint-protocol.js'

/** A lint superseded by a newer version and still running this long has its worker replaced rather than awaited. */
export const SUPERSEDED_RESTART_MS = 300

/**
 * How long past a lint's time budget its worker is terminated: the worker's own deadline answers first with the
 * same result, and keeps its warm code.
 */
export const HARD_STOP_GRACE_MS = 1000

/** Workers that die before answering anything, in a row: a broken bundle would otherwise restart forever. */
const MAX_STARTUP_FAILURES = 3

export type Superseded = {kind: 'superseded'}

export interface FixAllCall {
  reply: Promise<FixAllReply | Superseded>
  /** Gives up waiting: a pending request is dropped; a running one is let finish and its reply ignored. */
  cancel(): void
}

export interface LintRunner {
  /** Lints a document version; resolves `superseded` when a newer version (or closing it) made the answer useless. */
  lint(document: DocumentRequest): Promise<LintReply | Superseded>
  /** Fix-all for a document version, ahead of pending lints. */
  fixAll(document: DocumentRequest): FixAllCall
  /** The document was closed: its pending requests are dropped, and the worker forgets its lint. */
  forget(uri: string): void
  /** Whether lints run off the main thread (false: the worker bundle was not found beside the server). */
  readonly isOffMainThread: boolean
  close(): Promise<void>
}

interface Job {
  request: WorkerRequest
  uri: string
  document?: DocumentRequest
  isSuperseded: boolean
  settle(reply: WorkerReply | Superseded): void
}

const requestOf = (job: Job, id: number): WorkerRequest => ({...job.request, id})

/**
 * A runner on the worker bundle `workerScript`; without one (a bundle built without the worker file beside it),
 * requests are handled on this thread in turn, as before there was a worker: answered, but without cancellation.
 */
export function createLintRunner(workerScript: string | undefined, log: (message: string) => void = () => {}): LintRunner {
  if (workerScript === undefined || !existsSync(workerScript)) return createInThreadRunner()
  const script = workerScript
  let worker: Worker | undefined
  let running: {job: Job; id: number; startedAt: number; timers: NodeJS.Timeout[]} | undefined
  const pending: Job[] = []
  let nextId = 1
  let startupFailures = 0
  let hasAnswered = false
  let brokenReason: string | undefined

  const startWorker = (): Worker => {
    // Its output goes to the server's stderr (the editor's log): on stdout it would corrupt the protocol stream.
    const started = new Worker(script, {stdout: true, stderr: true})
    started.stdout.pipe(process.stderr)
    started.stderr.pipe(process.stderr)
    hasAnswered = false
    started.on('message', (reply: WorkerReply) => {
      if (started !== worker || !running || reply.id !== running.id) return
      hasAnswered = true
      startupFailures = 0
      finishRunning(reply)
    })
    const onCrash = (reason: string) => {
      if (started !== worker) return
      worker = undefined
      log(`fzlint: ${reason}`)
      const current = running
      if (!hasAnswered && ++startupFailures >= MAX_STARTUP_FAILURES) brokenReason = reason
      else if (!hasAnswered && current) {
        // Died before answering anything (its bundle being rebuilt, say): the request is tried again on a fresh one.
        for (const timer of current.timers) clearTimeout(timer)
        running = undefined
        pending.unshift(current.job)
        pump()
        return
      }
      if (current) finishRunning(failureFor(current.job, reason))
    }
    started.on('error', (error) => onCrash(`检查线程出错 / lint worker failed: ${error.message}`))
    started.on('exit', (code) => onCrash(`检查线程意外退出（${code}）/ lint worker exited unexpectedly`))
    return started
  }

  /** Terminates the worker (its current request is already settled or about to be); the next request starts a fresh one. */
  const replaceWorker = () => {
    const stopped = worker
    worker = undefined
    if (!stopped) return
    stopped.removeAllListeners()
    stopped.on('error', () => {})
    void stopped.terminate().catch(() => undefined)
  }

  const finishRunning = (reply: WorkerReply | Superseded) => {
    if (!running) return
    const {job, timers} = running
    for (const timer of timers) clearTimeout(timer)
    running = undefined
    job.settle(job.isSuperseded ? {kind: 'superseded'} : reply)
    pump()
  }

  const failureFor = (job: Job, message: string): WorkerReply => ({id: 0, kind: 'failed', message: job.document ? `${job.document.path}: ${message}` : message})

  const pump = () => {
    if (running) return
    const job = pending.shift()
    if (!job) return
    if (brokenReason !== undefined) {
      job.settle(failureFor(job, brokenReason))
      pump()
      return
    }
    worker ??= startWorker()
    const id = nextId++
    running = {job, id, startedAt: performance.now(), timers: []}
    const limitMs = job.document?.maxFileTimeMs ?? 0
    // Past the budget and the grace, the lint is stuck where the worker's own deadline cannot reach (one regular
    // expression backtracking): the file gets the same over-time result, and the worker is replaced.
    if (limitMs > 0 && limitMs + HARD_STOP_GRACE_MS < 2 ** 31) {
      running.timers.push(
        setTimeout(() => {
          const path = job.document!.path
          log(`fzlint: ${path}: 检查超时，已终止检查线程 / lint over its time limit; worker terminated`)
          replaceWorker()
          if (job.request.kind === 'lint') finishRunning({id, kind: 'linted', messages: overTimeResult(path, limitMs).messages})
          else finishRunning({id, kind: 'failed', message: overTimeResult(path, limitMs).messages[0]!.message})
        }, limitMs + HARD_STOP_GRACE_MS),
      )
    }
    worker.postMessage(requestOf(job, id))
  }

  /** Marks the running request superseded; one still running SUPERSEDED_RESTART_MS after it started is cut short. */
  const supersedeRunning = () => {
    const current = running
    if (!current) return
    current.job.isSuperseded = true
    const cutShort = () => {
      if (running !== current) return
      replaceWorker()
      finishRunning({kind: 'superseded'})
    }
    const elapsed = performance.now() - current.startedAt
    if (elapsed >= SUPERSEDED_RESTART_MS) cutShort()
    else current.timers.push(setTimeout(cutShort, SUPERSEDED_RESTART_MS - elapsed))
  }

  /** Drops pending requests of `uri` that `isStale` picks, and supersedes the running one if it picks that too. */
  const supersede = (uri: string, isStale: (job: Job) => boolean) => {
    for (let index = pending.length - 1; index >= 0; index--) {
      const job = pending[index]!
      if (job.uri === uri && isStale(job)) {
        pending.splice(index, 1)
        job.settle({kind: 'superseded'})
      }
    }
    if (running && running.job.uri === uri && isStale(running.job)) supersedeRunning()
  }

  const enqueue = <T>(job: Omit<Job, 'settle' | 'isSuperseded'>, atFront: boolean): {reply: Promise<T | Superseded>; job: Job} => {
    let settle!: (reply: WorkerReply | Superseded) => void
    const reply = new Promise<T | Superseded>((resolve) => {
      settle = (value) => resolve(value as T | Superseded)
    })
    const queued: Job = {...job, isSuperseded: false, settle}
    if (atFront) pending.unshift(queued)
    else pending.push(queued)
    pump()
    return {reply, job: queued}
  }

  // Started now, not on the first request: loading and compiling the rules takes the worker about 100 ms, which
  // overlaps the editor's initialize handshake instead of delaying the first document's diagnostics.
  worker = startWorker()

  return {
    isOffMainThread: true,
    lint(document) {
      // Every lint of this document that is older than this version, waiting or running, is of no use now.
      supersede(document.uri, (job) => job.request.kind === 'lint' && job.document!.version < document.version)
      return enqueue<LintReply>({request: {id: 0, kind: 'lint', document}, uri: document.uri, document}, false).reply
    },
    fixAll(document) {
      const {reply, job} = enqueue<FixAllReply>({request: {id: 0, kind: 'fix-all', document}, uri: document.uri, document}, true)
      return {
        reply,
        cancel() {
          const index = pending.indexOf(job)
          if (index !== -1) {
            pending.splice(index, 1)
            job.settle({kind: 'superseded'})
          } else if (running?.job === job) {
            job.isSuperseded = true
          }
        },
      }
    },
    forget(uri) {
      supersede(uri, (job) => job.request.kind !== 'forget')
      void enqueue({request: {id: 0, kind: 'forget', uri}, uri}, false)
    },
    async close() {
      pending.splice(0).forEach((job) => job.settle({kind: 'superseded'}))
      if (running) finishRunning({kind: 'superseded'})
      const stopped = worker
      worker = undefined
      stopped?.removeAllListeners()
      await stopped?.terminate().catch(() => undefined)
    },
  }
}

/** Requests handled on this thread, one per turn of the event loop, newest version only. */
function createInThreadRunner(): LintRunner {
  const latestVersion = new Map<string, number>()
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
  return {
    isOffMainThread: false,
    async lint(document) {
      latestVersion.set(document.uri, Math.max(document.version, latestVersion.get(document.uri) ?? document.version))
      await nextTurn()
      if (latestVersion.get(document.uri) !== document.version) return {kind: 'superseded'}
      return handleRequest({id: 0, kind: 'lint', document}) as LintReply
    },
    fixAll(document) {
      let isCancelled = false
      const reply = nextTurn().then(() => (isCancelled ? ({kind: 'superseded'} as const) : (handleRequest({id: 0, kind: 'fix-all', document}) as FixAllReply)))
      return {reply, cancel: () => (isCancelled = true)}
    },
    forget(uri) {
      latestVersion.delete(uri)
      handleRequest({id: 0, kind: 'forget', uri})
    },
    async close() {},
  }
}
