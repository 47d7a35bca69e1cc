/** Rewrites `bundlePath` (and the source map at `mapPath`, when given) in ASCII where it can; true when it is all ASCII. */
export function makeBundleAscii(bundlePath: string, mapPath?: string): boolean
