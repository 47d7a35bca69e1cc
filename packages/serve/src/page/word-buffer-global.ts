/**
 * Node's Buffer for the page's bundle of word-extractor (see word-extractor-entry.ts), from the npm `buffer` package:
 * scripts/build.mjs injects it into that build only, where the extractor's code names `Buffer` without importing it.
 */
export {Buffer} from 'buffer'
