/**
 * Whether the output is coloured: --color / --no-color first, then FORCE_COLOR as Node reads it, then NO_COLOR
 * (https://no-color.org: any non-empty value), then whether stdout is a terminal and not redirected to a file.
 */

export interface ColorInputs {
  /** `--color` (true), `--no-color` (false), or neither. */
  flag: boolean | undefined
  env: Readonly<Record<string, string | undefined>>
  isTTY: boolean
  /** `--output-file`: a file gets no escape codes unless asked. */
  hasOutputFile: boolean
}

/**
 * FORCE_COLOR's values as Node's tty.getColorDepth reads them: '', 1, true, 2 and 3 turn colour on (at some
 * depth); any other value (0, false) turns it off; unset leaves the decision to NO_COLOR and the terminal.
 */
function readForceColor(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined
  return ['', '1', 'true', '2', '3'].includes(value)
}

export function isColorWanted({flag, env, isTTY, hasOutputFile}: ColorInputs): boolean {
  if (flag !== undefined) return flag
  const forced = readForceColor(env['FORCE_COLOR'])
  if (forced !== undefined) return forced
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  return isTTY && !hasOutputFile
}
