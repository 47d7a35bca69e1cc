/**
 * What word-extractor's OLE path needs of Node's `stream` (its StorageStream extends Readable, and the extractor
 * collects a stream's chunks through 'data', 'error' and 'end'), for the page's bundle of it: scripts/build.mjs
 * aliases `stream` to this file in that build only. A flowing stream and nothing more: no back-pressure, pipes or
 * object mode, which the extractor does not use.
 */
type Listener = (value?: unknown) => void

export class Readable {
  private readonly listeners = new Map<string, Listener[]>()
  private flowing = false
  private ended = false
  private pushes = 0

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    if (event === 'data' && !this.flowing) {
      this.flowing = true
      queueMicrotask(() => void this.flow())
    }
    return this
  }

  push(chunk: unknown): boolean {
    if (this.ended) return false
    this.pushes++
    if (chunk === null) {
      this.ended = true
      this.emit('end')
      return false
    }
    this.emit('data', chunk)
    return true
  }

  /** Overridden by the stream: pushes the next chunk, or null at the end (now or once its promise settles). */
  _read(): unknown {
    throw new Error('Readable._read is not implemented')
  }

  private emit(event: string, value?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(value)
  }

  private async flow(): Promise<void> {
    try {
      while (!this.ended) {
        const before = this.pushes
        await this._read()
        // Node's stream would wait for a push forever; the page says the file cannot be read instead.
        if (this.pushes === before) throw new Error('the stream stopped without an end')
      }
    } catch (error) {
      this.ended = true
      this.emit('error', error)
    }
  }
}
