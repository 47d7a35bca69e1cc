/**
 * Batches of more than BATCH_HEAP_FILES files give V8's optimising compiler (TurboFan) a quarter of its default
 * inlining budget (--max-inlined-bytecode-size-cumulative, 920 → 230 bytes of bytecode inlined into one function;
 * process-wide, so the pool's workers too). With the default, a batch's background compiler threads were the
 * largest cost outside the engine: 10,000 corpus reports, json, spent 3.5-3.6 s of ~15 s CPU on them (two isolates
 * optimising the same rules, some functions taking 100-280 ms each), against 2.2-2.7 s with less inlining, and the
 * output is byte for byte the same. The optimised code is no slower for it: the warm lint loop alone
 * (bench/parallel-ceiling.mjs's) took 0.90-1.06 ms of CPU per report with the default and 0.79-0.80 ms with 230
 * (0.75-0.81 ms with no inlining at all), on this machine's 2 loaded cores. Small runs keep V8's default: they
 * would not repay loading node:v8 (1-2 ms of start-up).
 */
import {createRequire} from 'node:module'
import {BATCH_HEAP_FILES} from './batch-heap.js'

const BATCH_INLINED_BYTECODE_LIMIT = 230

/** The V8 flag a batch sets (see BATCH_V8_FLAGS for who else needs to know it). */
export const BATCH_INLINING_FLAG = `--max-inlined-bytecode-size-cumulative=${BATCH_INLINED_BYTECODE_LIMIT}`

/** Sets the batch inlining budget for a run of `fileCount` files (no-op for small runs). */
export function limitInliningForBatch(fileCount: number): void {
  if (fileCount <= BATCH_HEAP_FILES) return
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  v8.setFlagsFromString(BATCH_INLINING_FLAG)
}
