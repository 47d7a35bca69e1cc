/** A one-line progress bar on stderr (count, rate, ETA), drawn only for a person watching a terminal. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Progress {
  tick(done: number): void
  stop(): void
}

const NO_PROGRESS: Progress = {tick() {}, stop() {}}
const REDRAW_INTERVAL_MS = 100

/** Shown on a TTY only: never in CI logs, never when stderr is piped or redirected. */
export function shouldShowProgress(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env['CI'] && env['TERM'] !== 'dumb'
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const whole = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(whole / 60)
  const hours = Math.floor(minutes / 60)
  const pad = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${pad(minutes % 60)}:${pad(whole % 60)}` : `${minutes}:${pad(whole % 60)}`
}

/** The bar's text for `done` of `total` after `elapsedMs`. */
export function renderProgress(done: number, total: number, elapsedMs: number, width = 24): string {
  const fraction = total === 0 ? 1 : done / total
  const filled = Math.round(fraction * width)
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${Math.floor(fraction * 100)}%  ${rate.toFixed(rate < 10 ? 1 : 0)} 份/s  剩余 ETA ${formatDuration(eta)}`
}

export function createProgress(total: number, stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!shouldShowProgress(stream, env)) return NO_PROGRESS
  const started = Date.now()
  let lastDrawn = 0
  let lastDone = 0
  const draw = (done: number) => stream.write(`\r${renderProgress(done, total, Date.now() - started)}\u001b[K`)
  return {
    tick(done) {
      lastDone = done
      const now = Date.now()
      if (now - lastDrawn < REDRAW_INTERVAL_MS && done < total) return
      lastDrawn = now
      draw(done)
    },
    stop() {
      draw(lastDone)
      stream.write('\n')
    },
  }
}
