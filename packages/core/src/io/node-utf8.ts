/**
 * Strict UTF-8 decoding for Node's file readers. TextDecoder's fatal mode (ICU in Node 20) took about 57 µs of CPU
 * per 15 KB report, the largest part of reading one; Node's own check (isUtf8, simdutf) and conversion to UTF-16
 * (transcode) take about 6 µs. Same text, same refusals: isUtf8 accepts exactly the well-formed UTF-8 that the fatal
 * decoder accepts (no overlong forms, no surrogates, nothing past U+10FFFF), and on such bytes transcode replaces
 * nothing. Node-only (node:buffer): the browser page decodes with decode.ts's TextDecoder.
 */
import {isUtf8, transcode} from 'node:buffer'
import type {Utf8Decoder} from './decode.js'

export const decodeUtf8WithNodeBuffer: Utf8Decoder = (bytes) =>
  isUtf8(bytes) ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : null
