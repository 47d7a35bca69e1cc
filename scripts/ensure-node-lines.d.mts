/** Types of ensure-node-lines.mjs, for the install tests. */
export declare const NODE_LINES: ReadonlyArray<{line: number; spec: string}>
export declare const NODE_LINES_FOLDER: string
export declare function nodeBinaryOf(line: number): string
