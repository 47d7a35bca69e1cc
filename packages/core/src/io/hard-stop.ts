/**
 * A hard stop for linting in the calling thread, where no worker can be terminated: the synchronous run is started
 * from a vm script with a timeout, and Node's watchdog thread terminates it when the time is up, even inside one
 * regular expression backtracking or a loop that never reaches a deadline check. Node-only.
 */
import vm from 'node:vm'
import {clearCurrentDeadline, FileTimeLimitError} from '../engine/deadline.js'

/**
 * How long past the file's own deadline the watchdog waits: the cooperative check answers first with the same
 * result, leaving the thread's state as it should be; termination is the fallback.
 */
export const HARD_STOP_GRACE_MS = 1000

/** vm's timeout is a 32-bit count of milliseconds; a longer budget is no limit in practice. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

// One context for every call: making one costs about a millisecond, calling into it microseconds.
let context: vm.Context | undefined
let script: vm.Script | undefined

/**
 * Runs `run`, terminating it after `timeoutMs` with a FileTimeLimitError carrying `limitMs`. Costs a watchdog
 * thread per call (Node starts one for each timed script: about 0.05–0.15 ms on this machine's two cores).
 */
export function runWithHardStop<T>(run: () => T, timeoutMs: number, limitMs: number): T {
  if (!(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) return run()
  context ??= vm.createContext({run: undefined})
  script ??= new vm.Script('run()')
  context['run'] = run
  // Terminated code runs no `finally`: what lintText sets for the length of its run is put back here.
  const stackTraceLimit = Error.stackTraceLimit
  try {
    return script.runInContext(context, {timeout: Math.ceil(timeoutMs)}) as T
  } catch (error) {
    if ((error as {code?: unknown} | null)?.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error
    clearCurrentDeadline()
    Error.stackTraceLimit = stackTraceLimit
    throw new FileTimeLimitError(limitMs)
  } finally {
    context['run'] = undefined
  }
}
