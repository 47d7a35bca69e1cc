// Makes sure Debian's Chromium is present for the browser tests (summary HTML, serve page): they drive
// /usr/bin/chromium through playwright-core, which never downloads a browser of its own here.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'

function runApt(args) {
  const child = spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
  if (child.error) throw child.error
  return child.status ?? 1
}

if (existsSync(CHROMIUM)) process.exit(0)
if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
  process.stderr.write(`ensure-chromium: ${CHROMIUM} 不存在，请安装 Debian 的 chromium 软件包 / missing; install it with: apt-get install chromium\n`)
  process.exit(1)
}
process.stderr.write('ensure-chromium: 正在安装 chromium / installing chromium with apt-get…\n')
if (runApt(['update']) !== 0) process.stderr.write('ensure-chromium: apt-get update failed; trying the install anyway\n')
const status = runApt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'])
if (status !== 0 || !existsSync(CHROMIUM)) {
  process.stderr.write(`ensure-chromium: 安装失败 / apt-get install chromium failed (exit ${status})\n`)
  process.exit(1)
}
