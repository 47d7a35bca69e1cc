/** Types of published-packages.mjs, for the tests that read the same list. */
export declare const PUBLISHED_PACKAGES: ReadonlyArray<{folder: string; name: string}>
export declare function readWorkspaceVersion(): string
