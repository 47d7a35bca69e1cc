// Makes sure Debian's Chromium is present for the browser tests (summary HTML, serve page): they drive
// /usr/bin/chromium through playwright-core, which never downloads a browser of its own here.
import {existsSync} from 'node:fs'
import {aptInstall, canAptInstall} from './apt-install.mjs'

const CHROMIUM = '/usr/bin/chromium'

if (existsSync(CHROMIUM)) process.exit(0)
if (!canAptInstall()) {
  process.stderr.write(`ensure-chromium: ${CHROMIUM} 不存在，请安装 Debian 的 chromium 软件包 / missing; install it with: apt-get install chromium\n`)
  process.exit(1)
}
process.stderr.write('ensure-chromium: 正在安装 chromium / installing chromium with apt-get…\n')
const status = aptInstall('ensure-chromium', ['chromium', 'fonts-noto-cjk'])
if (status !== 0 || !existsSync(CHROMIUM)) {
  process.stderr.write(`ensure-chromium: 安装失败 / apt-get install chromium failed (exit ${status})\n`)
  process.exit(1)
}
