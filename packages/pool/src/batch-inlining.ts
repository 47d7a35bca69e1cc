/**
 * Batches give V8's optimising compiler (TurboFan) a quarter of its default inlining budget
 * (--max-inlined-bytecode-size-cumulative, 920 → 230 bytes of bytecode inlined into one function). With the default,
 * a batch's background compiler threads were the largest cost outside the engine: 10,000 corpus reports, json, spent
 * 3.5-3.6 s of ~15 s CPU on them (two isolates optimising the same rules, some functions taking 100-280 ms each),
 * against 2.2-2.7 s with less inlining, and the output is byte for byte the same. The optimised code is no slower for
 * it: the warm lint loop alone (bench/parallel-ceiling.mjs's) took 0.90-1.06 ms of CPU per report with the default and
 * 0.79-0.80 ms with 230 (0.75-0.81 ms with no inlining at all), on this machine's 2 loaded cores.
 */
const BATCH_INLINED_BYTECODE_LIMIT = 230

export const BATCH_INLINING_FLAG = `--max-inlined-bytecode-size-cumulative=${BATCH_INLINED_BYTECODE_LIMIT}`
