/** The summary page in a real browser (Debian's Chromium via playwright-core): matrix rows, filters, sorting, the indicators sheet, no network. */
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {launchChromium, type BrowserContext, type Page} from '@fzlint/review/launch-chromium'
import {findPeerFences, toComparisonScale} from '../packages/review/src/indicator-sheet.js'
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

  const sheetRows = () => page.locator('#indicator-sheet tbody tr')
  /** The sort values of one indicator column, top to bottom ('' where the report does not state it). */
  const columnValues = (id: string) =>
    page.locator(`#indicator-sheet tbody td[data-indicator="${id}"]`).evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['sort']!))

  it('shows the indicators sheet: one row per processed report, a column per indicator, medians and ranges below', async () => {
    await expect(sheetRows().count()).resolves.toBe(REPORT_COUNT - 1)
    await expect(sheetRows().filter({hasText: 'broken.txt'}).count()).resolves.toBe(0)
    const ids = await page.locator('#indicator-sheet thead th[data-indicator]').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['indicator']))
    expect(ids.length).toBeGreaterThan(5)
    expect(ids).toContain('review-received')
    expect(ids).toContain('legality-review')
    // Every row has a cell in every column: the sheet is a rectangle.
    const widths = await sheetRows().evaluateAll((rows) => rows.map((row) => (row as HTMLTableRowElement).cells.length))
    expect(new Set(widths)).toEqual(new Set([3 + ids.length]))
    await expect(page.locator('#indicator-sheet tfoot tr').count()).resolves.toBe(3)
    await expect(page.locator('#indicator-sheet tfoot th', {hasText: '中位数'}).count()).resolves.toBe(1)
    await expect(page.locator('.legend', {hasText: 'Q1 − 3×IQR'}).count()).resolves.toBe(1)
  })

  it('follows the matrix filters: the same reports are shown in the sheet', async () => {
    await page.fill('#filter-text', '云溪')
    await expect(page.locator('#indicator-sheet tbody tr:visible').count()).resolves.toBe(2)
    await page.fill('#filter-text', '')
    await expect(page.locator('#indicator-sheet tbody tr:visible').count()).resolves.toBe(REPORT_COUNT - 1)
  })

  it('sorts an indicator column numerically with its header button (mouse and keyboard), reports without it last', async () => {
    const header = page.locator('#indicator-sheet thead th[data-indicator="review-received"]')
    await header.locator('button').click()
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending')
    const ascending = await columnValues('review-received')
    const stated = ascending.filter((value) => value !== '').map(Number)
    expect(stated.length).toBeGreaterThanOrEqual(5)
    expect(stated).toEqual([...stated].sort((a, b) => a - b))
    expect(ascending.slice(stated.length).every((value) => value === '')).toBe(true)
    await header.locator('button').focus()
    await page.keyboard.press('Enter')
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending')
    const descending = (await columnValues('review-received')).filter((value) => value !== '').map(Number)
    expect(descending).toEqual([...stated].sort((a, b) => b - a))
  })

  it('marks exactly the values outside their column’s far-out fences, only in columns of five or more, as a note and never an error', async () => {
    const ids = await page.locator('#indicator-sheet thead th[data-indicator]').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['indicator']!))
    let marked = 0
    for (const id of ids) {
      const cells = page.locator(`#indicator-sheet tbody td[data-indicator="${id}"]`)
      const values = (await columnValues(id)).filter((value) => value !== '').map(Number)
      const kind = (await page.locator(`#indicator-sheet thead th[data-indicator="${id}"] .unit`).textContent()) === '%' ? 'rate' : 'count'
      const fences = findPeerFences(kind, values)
      const expected = values.filter((value) => fences !== null && (toComparisonScale(kind, value) < fences[0] || toComparisonScale(kind, value) > fences[1]))
      const shown = await cells.evaluateAll((all) => all.filter((cell) => cell.classList.contains('peer-far')).map((cell) => Number((cell as HTMLElement).dataset['sort'])))
      expect(shown.sort(), id).toEqual(expected.sort())
      marked += shown.length
    }
    // The corpus holds a prefecture-level city (Dongguan) beside counties: its 1098 review applications stand out.
    expect(marked).toBeGreaterThan(0)
    const dongguan = sheetRows().filter({hasText: 'dongguan-2018.txt'}).locator('td[data-indicator="review-received"]')
    await expect(dongguan.locator('.peer-mark').textContent()).resolves.toContain('请人工核对 / check by hand')
    await expect(page.locator('#indicator-sheet .peer-mark', {hasText: /错误|error/u}).count()).resolves.toBe(0)
  })

  it('shows the change from last year on the paired report, and last year’s value where this year states none', async () => {
    const yunxi = sheetRows().filter({hasText: 'yunxi-2023.txt'})
    await expect(yunxi.locator('td[data-indicator="review-received"] .change').textContent()).resolves.toBe('较上年 +6（+7%）')
    await expect(yunxi.locator('td[data-indicator="legality-review"] .change').textContent()).resolves.toBe('上年100%，本年未写')
    const lastYear = sheetRows().filter({hasText: 'yunxi-2022.txt'})
    await expect(lastYear.locator('.change').count()).resolves.toBe(0)
  })

  it('links each value to its sentence in the report’s details, opened and scrolled to', async () => {
    const cell = sheetRows().filter({hasText: 'yunxi-2023.txt'}).locator('td[data-indicator="review-received"] a')
    const href = (await cell.getAttribute('href'))!
    await cell.click()
    const target = page.locator(`[id="${href.slice(1)}"]`)
    await target.waitFor({state: 'visible'})
    await expect(target.getAttribute('data-indicator')).resolves.toBe('review-received')
    await expect(target.locator('mark').textContent()).resolves.toBe('92件')
    await expect(target.locator('blockquote').textContent()).resolves.toContain('全年办理行政复议案件92件')
    await expect(target.evaluate((element) => (element.closest('details') as HTMLDetailsElement).open)).resolves.toBe(true)
    const box = (await target.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeLessThan(900)
  })

  it('saves a screenshot of the indicators sheet', async () => {
    mkdirSync(outputDirectory, {recursive: true})
    await page.locator('#indicators').scrollIntoViewIfNeeded()
    await page.evaluate(() => document.getElementById('indicators')!.scrollIntoView())
    await page.screenshot({path: join(outputDirectory, 'review-indicators.png'), fullPage: false})
  })

  it('loads nothing from the network and saves a screenshot', async () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    mkdirSync(outputDirectory, {recursive: true})
    await page.screenshot({path: join(outputDirectory, 'review-summary.png'), fullPage: false})
  })
})
