/**
 * Every V8 flag a batch of more than BATCH_HEAP_FILES files sets, process-wide, before its workers start. V8 accepts
 * a code cache only under the flags it was made with, so the build makes the pool workers' cache (the CLI's
 * dist/cli.cjs.batch.cache) in a process started with these, and a flag added to a batch belongs here too.
 */
import {BATCH_HEAP_FLAG} from './batch-heap.js'
import {BATCH_INLINING_FLAG} from './batch-inlining.js'

export const BATCH_V8_FLAGS: readonly string[] = [BATCH_HEAP_FLAG, BATCH_INLINING_FLAG]
