/**
 * `fzlint serve`: the page in Chromium checks reports in the browser with the same findings as the CLI, marks
 * each in the text, survives broken files, and sends nothing anywhere; the command starts and stops cleanly.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {request as httpRequest} from 'node:http'
import {createServer, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import type {LintMessage} from '@fzlint/core'
import {launchChromium, type BrowserContext, type Page} from '@fzlint/review/launch-chromium'
import {Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx'
import {startServeServer, type ServeServer} from '@fzlint/serve'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {standardChineseFontPdf, STANDARD_FONT_REPORT} from './helpers/minimal-pdf.js'
import {cliPath, repositoryRoot, runCli, runCliJson} from './helpers/run-cli.js'

const TIMEOUT_MS = 240_000
const outputDirectory = join(repositoryRoot, 'test/output')
const fixture = (path: string) => join(repositoryRoot, 'fixtures', path)

/** dongguan-2018 lacks the shortcomings and duty parts: required-section errors. */
const REPORT_TXT = fixture('corpus/dongguan-2018.txt')
/** Reports as Word (a township's, and dongguan-2018 again): positions are paragraphs and columns within them. */
const REPORTS_DOCX = [fixture('docx/helong-2023.docx'), fixture('docx/dongguan-2018.docx')]
/** An OFD (GB/T 9704 pages): read in the page with JSZip as the CLI reads it, paragraphs rebuilt from glyph positions. */
const REPORT_OFD = fixture('ofd/gaoming-2023.ofd')
const BROKEN_FILES = [
  {path: fixture('bad-input/corrupt-docx/report.docx'), chinese: '不是有效的 .docx 文件', english: 'not a valid .docx file'},
  {path: fixture('bad-input/binary/report.txt'), chinese: '二进制文件', english: 'binary file'},
  {path: fixture('bad-input/empty/report.txt'), chinese: '文件为空', english: 'file is empty'},
  {path: fixture('bad-input/pdf-scan/report.pdf'), chinese: '扫描件没有文字层，请提供可复制文字的版本', english: 'scanned PDF without a text layer'},
  {path: fixture('bad-input/pdf-encrypted/report.pdf'), chinese: 'PDF 已加密', english: 'the PDF is encrypted'},
  // The compound file's streams are checked before word-extractor (or its script) is loaded, as in the CLI.
  {path: fixture('bad-input/xls-as-doc/report.doc'), chinese: '不是 Word 97-2003 文档（.doc），而是 Excel 工作簿（.xls）', english: 'not a Word 97-2003 document (.doc): it is an Excel workbook (.xls)'},
]

/**
 * A report as writers often format it in Word: the part headings (一、…) carry no typed number, only the
 * heading style. Whatever the .docx reader makes of styles, the page must make the same of it as the CLI.
 */
async function writeStyledDocx(textPath: string, target: string): Promise<number> {
  let styled = 0
  const paragraphs = readFileSync(textPath, 'utf8')
    .split(/\r?\n/u)
    .map((line) => {
      const heading = /^[一二三四五六七八九十]{1,3}、(?<title>[^。]+)$/u.exec(line.trim())
      if (!heading) return new Paragraph({children: [new TextRun(line)]})
      styled++
      return new Paragraph({children: [new TextRun(heading.groups!['title']!)], heading: HeadingLevel.HEADING_1})
    })
  writeFileSync(target, await Packer.toBuffer(new Document({sections: [{children: paragraphs}]})))
  return styled
}

type Finding = Pick<LintMessage, 'ruleId' | 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'paragraph' | 'message'>

function findingKeys(findings: Finding[]): string[] {
  return findings
    .map((finding) => [finding.ruleId, finding.severity, finding.line, finding.column, finding.endLine, finding.endColumn, finding.paragraph, finding.message].join(' | '))
    .sort()
}

async function pageFindings(report: ReturnType<Page['locator']>): Promise<Finding[]> {
  return report.locator('li.finding').evaluateAll((items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset
      const number = (value: string | undefined) => (value === undefined ? undefined : Number(value))
      return {
        ruleId: data['rule'] || null,
        severity: Number(data['severity']) as 1 | 2,
        line: Number(data['line']),
        column: Number(data['column']),
        endLine: number(data['endLine']),
        endColumn: number(data['endColumn']),
        paragraph: number(data['paragraph']),
        message: item.querySelector('.msg')!.textContent!,
      }
    }),
  )
}

describe('the page of fzlint serve in Chromium', {timeout: TIMEOUT_MS}, () => {
  let server: ServeServer
  let browser: BrowserContext
  let page: Page
  const requests: {method: string; url: string}[] = []
  const consoleErrors: string[] = []
  const reportOf = (name: string) => page.locator(`section.file-report[data-file="${name}"]`)

  let folder: string
  let styledDocx: string

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fzlint-serve-'))
    styledDocx = join(folder, 'yicheng-2020-styled.docx')
    expect(await writeStyledDocx(fixture('corpus/yicheng-2020.txt'), styledDocx)).toBeGreaterThan(2)
    server = await startServeServer({port: 0})
    browser = await launchChromium()
    page = await browser.newPage()
    page.on('request', (request) => requests.push({method: request.method(), url: request.url()}))
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto(server.url)
    await page.setInputFiles('#file-input', [REPORT_TXT, ...REPORTS_DOCX, styledDocx, REPORT_OFD, ...BROKEN_FILES.map((file) => file.path)])
    await page.waitForFunction((count) => document.querySelectorAll('section.file-report:not(.pending)').length === count, 3 + REPORTS_DOCX.length + BROKEN_FILES.length, {timeout: 60_000})
  }, TIMEOUT_MS)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  it('finds in the browser exactly what the CLI finds, for .txt, .docx and .ofd reports', async () => {
    const cli = runCliJson([REPORT_TXT, ...REPORTS_DOCX, styledDocx, REPORT_OFD])
    expect(cli.results).toHaveLength(3 + REPORTS_DOCX.length)
    for (const result of cli.results) {
      const report = reportOf(basename(result.filePath))
      expect(result.messages.length).toBeGreaterThan(0)
      expect(findingKeys(await pageFindings(report))).toEqual(findingKeys(result.messages))
      await expect(report.getAttribute('data-errors')).resolves.toBe(String(result.errorCount))
      await expect(report.getAttribute('data-warnings')).resolves.toBe(String(result.warningCount))
      await expect(report.locator('.counts').textContent()).resolves.toContain(`错误 ${result.errorCount}`)
    }
  })

  it('lists the missing parts of dongguan-2018 as required-section errors and marks them in the text', async () => {
    const report = reportOf('dongguan-2018.txt')
    const missing = report.locator('li.finding[data-rule="required-section"]')
    await expect(missing.count()).resolves.toBe(2)
    await expect(missing.allTextContents()).resolves.toEqual([expect.stringContaining('存在的不足和原因'), expect.stringContaining('第一责任人职责')])
    await expect(missing.first().locator('a.rule').getAttribute('href')).resolves.toMatch(/^https:\/\/.+required-section/u)
    await expect(missing.first().locator('.explain').textContent()).resolves.toContain('年度报告须以一级标题单列')
    const marks = report.locator('mark[data-rule~="required-section"]')
    expect(await marks.count()).toBeGreaterThan(0)
    await expect(marks.first().getAttribute('class')).resolves.toContain('sev-error')
    const ids = await missing.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['finding']!))
    const markedIds = (await marks.evaluateAll((elements) => elements.map((mark) => (mark as HTMLElement).dataset['findings']!))).join(' ').split(' ')
    for (const id of ids) expect(markedIds).toContain(id)
  })

  it('shows the text with line numbers, each mark over the span its finding names', async () => {
    const report = reportOf('dongguan-2018.txt')
    const lines = report.locator('.source .line')
    const lineCount = await lines.count()
    expect(lineCount).toBeGreaterThan(30)
    await expect(lines.nth(2).getAttribute('data-line')).resolves.toBe('3')
    // unmatched-pair at 5:1–5:2 marks the lone “【”.
    const bracket = report.locator('li.finding[data-rule="unmatched-pair"][data-line="5"]')
    const id = await bracket.getAttribute('data-finding')
    await expect(report.locator(`mark[data-findings~="${id}"]`).textContent()).resolves.toBe('【')
  })

  it('scrolls to the mark of a finding chosen in the list and flashes it', async () => {
    const report = reportOf('helong-2023.docx')
    const last = report.locator('li.finding').last()
    const id = (await last.getAttribute('data-finding'))!
    await page.evaluate(() => window.scrollTo(0, 0))
    const isInView = () =>
      page.evaluate((findingId) => {
        const mark = [...document.querySelectorAll<HTMLElement>('mark[data-findings]')].find((element) => element.dataset['findings']!.split(' ').includes(findingId))
        if (!mark) return 'no mark'
        const box = mark.getBoundingClientRect()
        return box.bottom > 0 && box.top < window.innerHeight ? 'in view' : 'out of view'
      }, id)
    await expect(isInView()).resolves.toBe('out of view')
    await last.locator('button.locate').click()
    await page.waitForFunction((findingId) => {
      const mark = [...document.querySelectorAll<HTMLElement>('mark.flash')].find((element) => element.dataset['findings']!.split(' ').includes(findingId))
      if (!mark) return false
      const box = mark.getBoundingClientRect()
      return box.bottom > 0 && box.top < window.innerHeight
    }, id)
    await expect(last.getAttribute('class')).resolves.toContain('selected')
  })

  it('checks a file dropped on the drop zone', async () => {
    const dropped = fixture('corpus/yicheng-2020.txt')
    const [cliResult] = runCliJson([dropped]).results
    const dataTransfer = await page.evaluateHandle(
      ({name, bytes}) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], name, {type: 'text/plain'}))
        return transfer
      },
      {name: basename(dropped), bytes: [...readFileSync(dropped)]},
    )
    await page.dispatchEvent('#drop-zone', 'drop', {dataTransfer})
    const report = reportOf(basename(dropped))
    await report.locator('.source').waitFor()
    await expect(report.getAttribute('data-errors')).resolves.toBe(String(cliResult!.errorCount))
    await expect(report.locator('li.finding').count()).resolves.toBe(cliResult!.messages.length)
  })

  it('checks a PDF dropped on the drop zone: the findings of the CLI, each with its page, marked in the extracted text', async () => {
    const dropped = fixture('pdf/gaoming-2023.pdf')
    const [cliResult] = runCliJson([dropped]).results
    expect(cliResult!.messages.length).toBeGreaterThan(0)
    const dataTransfer = await page.evaluateHandle(
      ({name, bytes}) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], name, {type: 'application/pdf'}))
        return transfer
      },
      {name: basename(dropped), bytes: [...readFileSync(dropped)]},
    )
    await page.dispatchEvent('#drop-zone', 'drop', {dataTransfer})
    const report = reportOf(basename(dropped))
    await report.locator('.source').waitFor({timeout: 60_000})
    expect(findingKeys(await pageFindings(report))).toEqual(findingKeys(cliResult!.messages))
    const pages = await report.locator('li.finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['page']))
    expect(pages).toEqual(cliResult!.messages.map((message) => String(message.page)))
    await expect(report.locator('li.finding .loc').first().textContent()).resolves.toMatch(/^第\d+页 第\d+行第\d+列$/u)
    await expect(report.locator('mark[data-findings]').count()).resolves.toBeGreaterThan(0)
  })

  it('reads a PDF in the standard Chinese font, not embedded, with the CMaps inside its pdf.js script', async () => {
    const path = join(folder, 'stsong.pdf')
    writeFileSync(path, standardChineseFontPdf(STANDARD_FONT_REPORT))
    const [cliResult] = runCliJson([path]).results
    const dataTransfer = await page.evaluateHandle(
      ({name, bytes}) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], name, {type: 'application/pdf'}))
        return transfer
      },
      {name: 'stsong.pdf', bytes: [...readFileSync(path)]},
    )
    await page.dispatchEvent('#drop-zone', 'drop', {dataTransfer})
    const report = reportOf('stsong.pdf')
    await report.locator('.source').waitFor({timeout: 60_000})
    await expect(report.locator('.source').textContent()).resolves.toContain(STANDARD_FONT_REPORT[0])
    expect(findingKeys(await pageFindings(report))).toEqual(findingKeys(cliResult!.messages))
  })

  it('checks Word 97-2003 and WPS files dropped on the drop zone (word-extractor in a script of its own): the findings of the CLI', async () => {
    // A .doc, a .wps that is a compound file like it (older WPS), and a .wps that is a zip (newer WPS, read as .docx).
    const dropped = [fixture('doc/gaoming-2023.doc'), fixture('doc/yicheng-2020.wps'), fixture('doc/fangxian-2023-zip.wps')]
    const cli = runCliJson(dropped)
    expect(cli.results).toHaveLength(dropped.length)
    const dataTransfer = await page.evaluateHandle(
      (files) => {
        const transfer = new DataTransfer()
        for (const {name, bytes} of files) transfer.items.add(new File([new Uint8Array(bytes)], name))
        return transfer
      },
      dropped.map((path) => ({name: basename(path), bytes: [...readFileSync(path)]})),
    )
    await page.dispatchEvent('#drop-zone', 'drop', {dataTransfer})
    for (const result of cli.results) {
      const report = reportOf(basename(result.filePath))
      await report.locator('.source').waitFor({timeout: 60_000})
      expect(result.messages.length).toBeGreaterThan(0)
      expect(findingKeys(await pageFindings(report))).toEqual(findingKeys(result.messages))
      await expect(report.getAttribute('data-errors')).resolves.toBe(String(result.errorCount))
      await expect(report.getAttribute('data-warnings')).resolves.toBe(String(result.warningCount))
    }
    await expect(reportOf('gaoming-2023.doc').locator('.source').textContent()).resolves.toContain('高明区')
  })

  it('shows a bilingual error for each file it cannot check, and keeps checking the others', async () => {
    const failed = page.locator('section.file-report.failed')
    await expect(failed.count()).resolves.toBe(BROKEN_FILES.length)
    for (const [index, file] of BROKEN_FILES.entries()) {
      const block = failed.nth(index).locator('.file-error')
      const text = (await block.textContent())!
      expect(text).toContain('无法检查此文件 / could not check this file')
      expect(text).toContain(file.chinese)
      expect(text).toContain(file.english)
    }
  })

  it('loads only the page, its script, pdf.js (for the dropped PDF) and word.js (for the .doc and .wps) from the local server, and sends nothing', async () => {
    const origin = new URL(server.url).origin
    expect(requests.length).toBeGreaterThan(0)
    for (const request of requests) {
      expect(request.method).toBe('GET')
      expect(new URL(request.url).origin).toBe(origin)
    }
    expect(new Set(requests.map((request) => new URL(request.url).pathname))).toEqual(new Set(['/', '/app.js', '/pdf.js', '/word.js']))
    // A Content-Security-Policy violation or a script error shows up here.
    expect(consoleErrors).toEqual([])
  })

  it('saves a screenshot of the page with a checked report', async () => {
    mkdirSync(outputDirectory, {recursive: true})
    await reportOf('dongguan-2018.txt').locator('li.finding[data-rule="required-section"]').first().locator('button.locate').click()
    await page.waitForTimeout(800)
    await page.screenshot({path: join(outputDirectory, 'serve-page.png'), fullPage: false})
  })
})

describe('the local server', () => {
  let server: ServeServer
  beforeAll(async () => {
    server = await startServeServer({port: 0})
  })
  afterAll(() => server?.close())

  it('serves the page with a policy that allows no connection, and refuses everything else', async () => {
    const page = await fetch(server.url)
    expect(page.status).toBe(200)
    const policy = page.headers.get('content-security-policy')!
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('connect-src')
    const accepted = /<input id="file-input" type="file" multiple accept="([^"]+)"/u.exec(await page.text())?.[1]?.split(',')
    expect(accepted).toEqual(expect.arrayContaining(['.docx', '.doc', '.wps', '.ofd', '.pdf', '.txt', '.md', '.markdown', '.text']))
    const script = await fetch(new URL('/app.js', server.url))
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    expect((await fetch(server.url, {method: 'POST', body: 'report'})).status).toBe(405)
    expect((await fetch(new URL('/upload', server.url), {method: 'POST', body: 'report'})).status).toBe(404)
    expect((await fetch(new URL('/app.js.map', server.url))).status).toBe(404)
    expect((await fetch(new URL('/../package.json', server.url))).status).toBe(404)
  })

  it('answers only Host: localhost, 127.0.0.1 or [::1] with its port; any other name gets 421 (DNS rebinding)', async () => {
    for (const host of [`localhost:${server.port}`, `LOCALHOST:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      expect((await requestWithHost(server.url, host)).status, host).toBe(200)
    }
    for (const host of [`attacker.example:${server.port}`, 'localhost', `localhost:${server.port + 1}`, `127.0.0.1.nip.io:${server.port}`]) {
      const refused = await requestWithHost(server.url, host)
      expect(refused.status, host).toBe(421)
      expect(refused.body).toBe('421 此页面只能通过 localhost、127.0.0.1 或 [::1] 打开 / this page answers only localhost, 127.0.0.1 or [::1]\n')
      expect(refused.body).not.toContain('<html')
    }
    expect((await requestWithHost(new URL('/app.js', server.url).href, 'attacker.example')).status).toBe(421)
    // No Host at all: Node's server refuses an HTTP/1.1 request without one (400) before the handler sees it.
    expect((await requestWithHost(server.url, '')).status).toBe(400)
  })

  it('answers HEAD like GET, without a body', async () => {
    for (const path of ['/', '/app.js']) {
      const get = await requestWithHost(new URL(path, server.url).href, `127.0.0.1:${server.port}`)
      const head = await requestWithHost(new URL(path, server.url).href, `127.0.0.1:${server.port}`, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body).toBe('')
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)))
      expect(head.headers['content-type']).toBe(get.headers['content-type'])
      expect(head.headers['content-security-policy']).toBe(get.headers['content-security-policy'])
    }
    const refused = await requestWithHost(server.url, `127.0.0.1:${server.port}`, 'PUT')
    expect(refused.status).toBe(405)
    expect(refused.headers['allow']).toBe('GET, HEAD')
  })
})

/** A request with a Host header of the test's choosing (fetch sets its own from the URL), or none. */
function requestWithHost(url: string, host: string, method = 'GET'): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  return new Promise((resolve, reject) => {
    // An empty host means no Host header at all (HTTP/1.0 clients send none).
    const request = httpRequest(url, {method, setHost: false, headers: host === '' ? {} : {host}}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode!, headers: response.headers, body}))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('fzlint serve (the command)', {timeout: TIMEOUT_MS}, () => {
  function startCommand(args: string[]): {child: ChildProcessWithoutNullStreams; url: Promise<string>; exit: Promise<{code: number | null; stderr: string}>} {
    const child = spawn(process.execPath, [cliPath, 'serve', ...args], {cwd: repositoryRoot})
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const match = /fzlint serve: (http:\/\/127\.0\.0\.1:\d+\/) — .*nothing is uploaded/u.exec(stdout)
        if (match) resolve(match[1]!)
      })
      child.on('exit', () => reject(new Error(`exited before printing its address: ${stdout}${stderr}`)))
    })
    const exit = new Promise<{code: number | null; stderr: string}>((resolve) => child.on('exit', (code) => resolve({code, stderr})))
    return {child, url, exit}
  }

  it('prints its address, serves the page and stops with exit code 0 on SIGTERM', async () => {
    const {child, url, exit} = startCommand(['--port', '0', '--no-open'])
    const address = await url
    expect((await fetch(address)).status).toBe(200)
    expect((await fetch(new URL('/app.js', address))).status).toBe(200)
    expect((await fetch(address, {method: 'POST', body: 'x'})).status).toBe(405)
    child.kill('SIGTERM')
    await expect(exit).resolves.toMatchObject({code: 0})
  })

  it('bound to every interface (--host 0.0.0.0), warns on stderr and prints the address it really listens on', async () => {
    const child = spawn(process.execPath, [cliPath, 'serve', '--host', '0.0.0.0', '--port', '0', '--no-open'], {cwd: repositoryRoot})
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const match = /listening on (0\.0\.0\.0:\d+)/u.exec(stdout)
        if (match) resolve(match[1]!)
      })
      child.on('exit', () => reject(new Error(`exited before printing its address: ${stdout}${stderr}`)))
    })
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const address = await listening
    expect(stderr).toContain(`fzlint serve: 警告：正在监听 ${address}，不只是本机，同一网络中的其他计算机也能打开此页面 / warning: listening on ${address}, not loopback only`)
    const port = Number(address.split(':')[1])
    expect((await requestWithHost(`http://127.0.0.1:${port}/`, `localhost:${port}`)).status).toBe(200)
    expect((await requestWithHost(`http://127.0.0.1:${port}/`, `attacker.example:${port}`)).status).toBe(421)
    // The network addresses it prints are the ones it answers to (0.0.0.0 is IPv4 only, so no [v6] address).
    const networkUrls = /network addresses: (.*)/u.exec(stdout)?.[1]?.split(' ') ?? []
    for (const networkUrl of networkUrls) {
      expect(networkUrl).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:\d+\/$/u)
      expect((await requestWithHost(`http://127.0.0.1:${port}/`, new URL(networkUrl).host)).status, networkUrl).toBe(200)
    }
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  })

  it('on loopback (the default) gives no warning', async () => {
    const {child, url, exit} = startCommand(['--port', '0', '--no-open'])
    await url
    child.kill('SIGTERM')
    const {stderr} = await exit
    expect(stderr).toBe('')
  })

  it('says so in one bilingual line and exits 2 when the port is taken', async () => {
    const blocker: Server = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as {port: number}).port
    try {
      const run = runCli(['serve', '--port', String(port), '--no-open'])
      expect(run.status).toBe(2)
      expect(run.stderr.trim().split('\n')).toEqual([`fzlint serve: 端口 ${port} 已被占用，请用 --port 换一个（--port 0 任选空闲端口）/ port ${port} is already in use; pick another with --port`])
    } finally {
      blocker.close()
    }
  })

  it('rejects unknown flags and bad ports as usage errors', () => {
    for (const args of [['--bogus'], ['--port', 'eighty'], ['--port', '70000'], ['report.docx']]) {
      const run = runCli(['serve', ...args, '--no-open'])
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toContain('run fzlint --help for usage')
    }
  })
})
