/** Types of ofd-writer.mjs, for the tests and the benchmark. */
export declare function writeOfd(
  text: string,
  options?: {title?: boolean; linesPerPage?: number; charsPerLine?: number; docId?: string},
): Promise<Buffer>
