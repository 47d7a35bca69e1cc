/**
 * The time budget of one file: a deadline the engine checks between pipeline steps, between rules and inside long
 * loops, so that linting a pathological file stops with a result naming it instead of holding up the batch, the
 * editor or the page. Cooperative: code that never returns to a check (one regular expression backtracking for
 * minutes) is not stopped here; entry points with a worker to terminate add a hard stop (see docs/cli.md).
 * Browser-safe: a monotonic clock, Node's `process.hrtime` or else `performance.now()` (see monotonicNow).
 */

/** `--max-file-time`'s default: far above any real report (the slowest of the corpus lints in milliseconds). */
export const DEFAULT_MAX_FILE_TIME_MS = 30_000

/** Thrown by a deadline's check once the file's time is up; entry points turn it into an over-time result. */
export class FileTimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`over the time limit of ${limitMs} ms per file`)
    this.name = 'FileTimeLimitError'
  }
}

export interface Deadline {
  /** The budget this deadline was made with. */
  readonly limitMs: number
  /** Throws FileTimeLimitError once the budget is spent. */
  check(): void
  /** Milliseconds left (0 once spent). */
  remainingMs(): number
}

/**
 * Milliseconds on a monotonic clock (wall-clock changes do not move it), as performance.now() counts them. In Node,
 * process.hrtime: the `performance` global loads perf_hooks when first touched, ≈0.7 ms of a one-file run that
 * needs nothing else from it. In a browser (no `process`), performance.now().
 */
const monotonicNow: () => number =
  typeof process === 'object' && typeof process.hrtime === 'function'
    ? () => {
        const [seconds, nanoseconds] = process.hrtime()
        return seconds * 1e3 + nanoseconds / 1e6
      }
    : () => performance.now()

/** A deadline `limitMs` from now; undefined (no limit) for 0, a negative or an unusable value. */
export function createDeadline(limitMs: number | undefined, now: () => number = monotonicNow): Deadline | undefined {
  if (limitMs === undefined || !(limitMs > 0) || !Number.isFinite(limitMs)) return undefined
  const endsAt = now() + limitMs
  return {
    limitMs,
    check() {
      if (now() > endsAt) throw new FileTimeLimitError(limitMs)
    },
    remainingMs() {
      return Math.max(0, endsAt - now())
    },
  }
}

/** A number of seconds as people write it: 30, 0.5, 1.25 (to the millisecond; a smaller budget, from tests, as it is). */
function formatSeconds(limitMs: number): string {
  return String(Math.round(limitMs) / 1000 || limitMs / 1000)
}

/** The message of a file stopped over its time limit, naming it, in Chinese and English. */
export function describeOverTime(filePath: string, limitMs: number): string {
  const seconds = formatSeconds(limitMs)
  return `${filePath}: 超过单个文件的时间上限 ${seconds} 秒，已停止检查 / stopped: over the ${seconds} s time limit per file`
}

/**
 * The deadline of the file being linted synchronously right now, for loops deep in parsing and the model that
 * no options reach. lintText sets it for the length of its synchronous run only (JavaScript runs no other code
 * meanwhile), so two files linted in turn, or one awaiting its read, never see each other's.
 */
let currentDeadline: Deadline | undefined

/** Checks the current file's deadline (nothing when no file or no limit): call it every so many iterations of a long loop. */
export function checkDeadline(): void {
  currentDeadline?.check()
}

/**
 * Forgets the current deadline. For a hard stop only: V8 ends terminated code without running its `finally`
 * blocks, so withDeadline cannot restore the previous one itself.
 */
export function clearCurrentDeadline(): void {
  currentDeadline = undefined
}

/** Runs `run` with `deadline` as the current one, restoring the previous afterwards. */
export function withDeadline<T>(deadline: Deadline | undefined, run: () => T): T {
  const previous = currentDeadline
  currentDeadline = deadline
  try {
    return run()
  } finally {
    currentDeadline = previous
  }
}
