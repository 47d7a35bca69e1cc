// Makes sure pre-commit is present for test/pre-commit.test.ts, which runs the hooks with `pre-commit try-repo`.
// PyPI is out of reach here, so it comes from Debian's package (which brings nodeenv, used by `language: node`).
// Without root (a developer's own machine) it only says how to get it: the test then skips and says why.
import {spawnSync} from 'node:child_process'

function hasPreCommit() {
  const child = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'})
  return !child.error && child.status === 0
}

function runApt(args) {
  const child = spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
  if (child.error) throw child.error
  return child.status ?? 1
}

if (hasPreCommit()) process.exit(0)
if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
  process.stderr.write('ensure-pre-commit: 没有 pre-commit，相关测试将跳过 / pre-commit is missing, so its test is skipped; install it with: apt-get install pre-commit (or pipx install pre-commit)\n')
  process.exit(0)
}
process.stderr.write('ensure-pre-commit: 正在安装 pre-commit / installing pre-commit with apt-get…\n')
if (runApt(['update']) !== 0) process.stderr.write('ensure-pre-commit: apt-get update failed; trying the install anyway\n')
const status = runApt(['install', '-y', '--no-install-recommends', 'pre-commit'])
if (status !== 0 || !hasPreCommit()) {
  process.stderr.write(`ensure-pre-commit: 安装失败 / apt-get install pre-commit failed (exit ${status})\n`)
  process.exit(1)
}
