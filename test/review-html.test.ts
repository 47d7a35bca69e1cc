/** The summary page in a real browser (Debian's Chromium via playwright-core): matrix rows, filters, sorting, no network. */
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {launchChromium, type BrowserContext, type Page} from '@fzlint/review/launch-chromium'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, repositoryRoot} from './helpers/run-cli.js'
import {CORPUS_NAMES, makeReviewFolder} from './review-fixtures.js'

const TIMEOUT_MS = 240_000
const REPORT_COUNT = CORPUS_NAMES.length + 3
const outputDirectory = join(repositoryRoot, 'test/output')

describe('summary.html in Chromium', {timeout: TIMEOUT_MS}, () => {
  let folder: string
  let browser: BrowserContext
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    folder = makeReviewFolder()
    const run = spawnSync(process.execPath, [cliPath, 'review', 'reports', '--report', 'summary.html'], {cwd: folder, encoding: 'utf8', timeout: TIMEOUT_MS})
    expect(run.status, run.stderr).toBe(2)
    browser = await launchChromium()
    page = await browser.newPage()
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(join(folder, 'summary.html')).href)
  }, TIMEOUT_MS)

  afterAll(async () => {
    await browser?.close()
    rmSync(folder, {recursive: true, force: true})
  })

  const visibleRows = () => page.locator('#matrix tbody tr:visible')

  it('shows one matrix row per report, with body, profile and section marks', async () => {
    await expect(page.locator('#matrix tbody tr').count()).resolves.toBe(REPORT_COUNT)
    const helong = page.locator('#matrix tbody tr', {hasText: 'helong-2023.txt'})
    await expect(helong.locator('td').nth(1).textContent()).resolves.toBe('鹤龙街')
    await expect(helong.locator('td').nth(3).textContent()).resolves.toBe('乡镇街道')
    await expect(helong.locator('td[data-kind="duty"]').textContent()).resolves.toContain('✗（嵌套）')
    const broken = page.locator('#matrix tbody tr.failed')
    await expect(broken.textContent()).resolves.toContain('二进制文件')
  })

  it('filters by text, by profile, by missing section and to reports with errors', async () => {
    await page.fill('#filter-text', '云溪')
    await expect(visibleRows().count()).resolves.toBe(2)
    await expect(page.locator('#shown-count').textContent()).resolves.toBe('2')
    await page.fill('#filter-text', '')
    await page.selectOption('#filter-profile', 'township')
    await expect(visibleRows().count()).resolves.toBe(1)
    await expect(visibleRows().first().textContent()).resolves.toContain('helong-2023.txt')
    await page.selectOption('#filter-profile', '')
    await page.selectOption('#filter-missing', 'duty')
    const missingDuty = await visibleRows().evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['missing']))
    expect(missingDuty.length).toBeGreaterThan(0)
    for (const missing of missingDuty) expect(missing!.split(' ')).toContain('duty')
    await page.selectOption('#filter-missing', '')
    await page.check('#filter-errors')
    const errorCounts = await visibleRows().evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset['errors'])))
    expect(errorCounts.length).toBeGreaterThan(0)
    expect(errorCounts.every((count) => count > 0)).toBe(true)
    await page.uncheck('#filter-errors')
    await expect(visibleRows().count()).resolves.toBe(REPORT_COUNT)
  })

  it('sorts by the error column, descending on a second click', async () => {
    const header = page.locator('#matrix thead th', {hasText: '错误'})
    await header.click()
    await header.click()
    const counts = await page.locator('#matrix tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset['errors'])))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending')
  })

  it('draws the charts as inline SVG and shows each finding in its sentence with the figure highlighted', async () => {
    await expect(page.locator('.charts svg').count()).resolves.toBe(2)
    await expect(page.locator('.charts svg text', {hasText: 'repeated-shortcoming'}).count()).resolves.toBe(1)
    await page.locator('#matrix tbody tr', {hasText: 'yunxi-2023.txt'}).locator('a').click()
    // The link changes the hash; the page opens the report on the hashchange event, which comes after the click.
    await page.waitForSelector('details.report[open]')
    const detail = page.locator('details.report[open]')
    await expect(detail.count()).resolves.toBe(1)
    const finding = detail.locator('li', {hasText: 'repeated-shortcoming'})
    await expect(finding.locator('mark').textContent()).resolves.toContain('基层执法力量薄弱')
    await expect(finding.locator('.explain').textContent()).resolves.toContain('问题年年一样')
  })

  it('loads nothing from the network and saves a screenshot', async () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    mkdirSync(outputDirectory, {recursive: true})
    await page.screenshot({path: join(outputDirectory, 'review-summary.png'), fullPage: false})
  })
})
