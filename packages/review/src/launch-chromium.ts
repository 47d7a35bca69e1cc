/** Debian's Chromium through playwright-core, for the browser tests of the summary page (scripts/ensure-chromium.mjs installs it). */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

export type {BrowserContext, Page} from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Headless with the flags this machine needs (no GPU, no sandbox, nothing phoning home) and a fresh profile
 * folder (playwright passes it as --user-data-dir).
 */
export function launchChromium(viewport = {width: 1280, height: 900}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'fzlint-chromium-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
