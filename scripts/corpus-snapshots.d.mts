/** Types of corpus-snapshots.mjs, for test/corpus-snapshots.test.ts. */
export declare function snapshotCorpus(): Record<string, string>
