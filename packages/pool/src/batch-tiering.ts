/**
 * Batches let TurboFan take a function after a quarter of the work V8 waits for by default. A function run once per
 * report (a rule's check, the report model's builders) reached TurboFan only after a few thousand reports: one
 * isolate linting 10,000 corpus reports one after another took 2.3 ms a report for the first 250, 0.6 ms after
 * 2,000, and 0.45 ms only after about 4,000, while --trace-opt still showed optimisations arriving. A batch splits its
 * reports between two isolates, each warming up on its own, so most of their time was spent on code not yet
 * optimised (`pnpm bench`: a third to a half of a 10,000-report run's CPU is the part that does not grow with the
 * reports).
 *
 * The flag is V8's own and changed name between V8 lines; it is set only where measured to help (10,000 corpus
 * reports, SARIF, CPU of the whole process, alternating runs on this machine's 2 cores):
 * - Node 20 (V8 11): --interrupt-budget 67584 → 16896: CPU 10.09-10.94 s → 9.61-9.96 s (6 pairs), wall 4.81-5.85 s →
 *   4.61-5.22 s (5 pairs); 8448 was no better;
 * - Node 22 (V8 12): --invocation-count-for-turbofan 3000 → 750: 9.04-10.49 s → 8.66-9.28 s (4 pairs);
 * - Node 24 (V8 13, where Maglev, the middle tier, is on): the same was 2% slower, so V8's defaults stay.
 * Findings are the same byte for byte: only when code is optimised changes.
 */
const TIERING_FLAGS_BY_V8_MAJOR: Readonly<Record<string, readonly string[]>> = {
  '11': ['--interrupt-budget=16896'],
  '12': ['--invocation-count-for-turbofan=750'],
}

/** The tier-up flags for the V8 of `v8Version` (process.versions.v8): none for a line not measured. */
export function batchTieringFlags(v8Version: string): readonly string[] {
  return TIERING_FLAGS_BY_V8_MAJOR[v8Version.split('.')[0]!] ?? []
}
