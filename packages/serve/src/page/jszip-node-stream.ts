/**
 * read-docx.ts inflates each part of a .docx through JSZip's `nodeStream('nodebuffer')`, counting bytes as
 * they arrive so a zip bomb is stopped early. A browser has neither Node streams nor Buffer, and there JSZip's
 * `nodeStream` throws "nodebuffer is not supported by this platform" — every .docx would fail. JSZip's own
 * `internalStream('uint8array')` emits the same `data`/`error`/`end` events and has `pause`/`resume`, with
 * Uint8Array chunks, which is all read-docx uses of the stream (`chunk.length`, `bytes.set(chunk)`).
 *
 * This gives JSZip's entries that stream where JSZip has no Node streams. It is a stopgap: once read-docx.ts
 * reads parts through `internalStream('uint8array')` itself (it works on both platforms), delete this file.
 */
import JSZip from 'jszip'

interface StreamableEntry {
  internalStream(type: 'uint8array'): unknown
  nodeStream(type?: string): unknown
}

export function provideJszipNodeStream(): void {
  if ((JSZip.support as {nodestream?: boolean}).nodestream) return
  // JSZip does not export its entry class; an entry of an empty archive leads to the shared prototype.
  const probe = new JSZip().file('probe', '').file('probe')
  const entryPrototype = Object.getPrototypeOf(probe) as StreamableEntry
  entryPrototype.nodeStream = function nodeStream(this: StreamableEntry, type = 'nodebuffer') {
    if (type !== 'nodebuffer') throw new Error(`${type} streams are not available in the browser`)
    return this.internalStream('uint8array')
  }
}
