// LibreOffice (headless Writer) for the fixture builds that convert with it, build-pdf-fixtures.mjs and
// build-office-fixtures.mjs: found on the PATH, or installed with apt-get when missing (Debian/Ubuntu, as root, as a
// fresh CI machine needs it), together with the Noto CJK fonts the PDFs are set in. Tests read the committed fixtures
// and never need LibreOffice.
import {spawnSync} from 'node:child_process'
import {aptInstall, canAptInstall} from './apt-install.mjs'

const PACKAGES = ['libreoffice-writer-nogui', 'fonts-noto-cjk']

/** The LibreOffice command on the PATH, `soffice` or `libreoffice`, or undefined. */
function findSoffice() {
  for (const candidate of ['soffice', 'libreoffice']) {
    const probe = spawnSync(candidate, ['--version'], {encoding: 'utf8'})
    if (probe.status === 0) return candidate
  }
  return undefined
}

/** Whether fontconfig has a Noto font for Chinese. */
function hasCjkFonts() {
  return spawnSync('fc-list', [':lang=zh'], {encoding: 'utf8'}).stdout?.includes('Noto') ?? false
}

/**
 * The LibreOffice command to run, installed first when it is missing (or, with `cjkFonts`, when the Noto CJK fonts
 * are: a PDF's layout depends on them, a .doc converted from plain text does not). When it cannot be installed,
 * says so under the name of `script` and exits.
 */
export function ensureLibreOffice(script, {cjkFonts = false} = {}) {
  const ready = () => {
    const soffice = findSoffice()
    return soffice !== undefined && (!cjkFonts || hasCjkFonts()) ? soffice : undefined
  }
  const found = ready()
  if (found) return found
  const needs = cjkFonts ? 'LibreOffice 和 Noto CJK 字体 / needs LibreOffice and the Noto CJK fonts' : 'LibreOffice / needs LibreOffice'
  if (!canAptInstall()) {
    process.stderr.write(`${script}: 需要 ${needs}: apt-get install ${PACKAGES.join(' ')}\n`)
    process.exit(1)
  }
  process.stderr.write(`${script}: 正在安装 / installing ${PACKAGES.join(' ')} with apt-get…\n`)
  const status = aptInstall(script, PACKAGES)
  const installed = ready()
  if (status !== 0 || !installed) {
    process.stderr.write(`${script}: 安装失败 / apt-get install ${PACKAGES.join(' ')} failed (exit ${status})\n`)
    process.exit(1)
  }
  return installed
}
