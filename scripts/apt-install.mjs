// Installing Debian packages with apt-get, for the scripts that make sure a tool is present before they use it
// (ensure-chromium.mjs, ensure-libreoffice.mjs): only on Linux as root, as on a fresh CI machine. Elsewhere those
// scripts say what to install and stop.
import {spawnSync} from 'node:child_process'

/** Whether apt-get may install here: Linux, run as root. */
export function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0
}

/** apt-get with `args`, without questions, its output shown; its exit status. Throws when apt-get cannot start. */
function runAptGet(args) {
  const child = spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
  if (child.error) throw child.error
  return child.status ?? 1
}

/**
 * `apt-get update`, then `apt-get install -y --no-install-recommends` of `packages`; the exit status of the install.
 * A failed update is said under the name of `script` and the install tried anyway: the package lists may be recent
 * enough.
 */
export function aptInstall(script, packages) {
  if (runAptGet(['update']) !== 0) process.stderr.write(`${script}: apt-get update failed; trying the install anyway\n`)
  return runAptGet(['install', '-y', '--no-install-recommends', ...packages])
}
