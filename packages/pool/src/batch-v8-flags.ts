/**
 * The V8 flags of a batch (more than BATCH_FILES files): set process-wide, so for the pool's workers too, before
 * any worker starts; each is measured in its module (batch-heap.ts, batch-inlining.ts, batch-tiering.ts). Small runs
 * keep V8's defaults: they would not repay loading node:v8 (1-2 ms of start-up).
 *
 * V8 accepts a code cache only under the flags it was made with, so the build makes the pool workers' cache (the
 * CLI's dist/cli.cjs.batch.cache) in a process started with BATCH_V8_FLAGS: a flag a batch sets belongs in this list.
 */
import {createRequire} from 'node:module'
import {BATCH_HEAP_FLAG} from './batch-heap.js'
import {BATCH_INLINING_FLAG} from './batch-inlining.js'
import {batchTieringFlags} from './batch-tiering.js'

/** Files above which a run is a batch (the plain command and review alike). */
export const BATCH_FILES = 100

export const BATCH_V8_FLAGS: readonly string[] = [BATCH_HEAP_FLAG, BATCH_INLINING_FLAG, ...batchTieringFlags(process.versions.v8)]

/** Sets BATCH_V8_FLAGS for a run of `fileCount` files (nothing for a small run). */
export function tuneV8ForBatch(fileCount: number): void {
  if (fileCount <= BATCH_FILES) return
  // node:v8 is required here, not imported: loading it cost every run 1-2 ms of start-up.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  for (const flag of BATCH_V8_FLAGS) v8.setFlagsFromString(flag)
}
