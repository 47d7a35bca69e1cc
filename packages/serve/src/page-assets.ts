/**
 * The two files the page consists of — src/page/index.html and the browser bundle dist/app.js — found through
 * the package itself, so they are found the same way from this source and from the bundled CLI.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

export interface PageAssets {
  html: string
  script: string
  /** CSP source for the page's one inline <style> (`'sha256-…'`), so no other inline style can apply. */
  styleHash: string
}

export class PageAssetsMissingError extends Error {}

function packageFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('@fzlint/serve/package.json'))
}

function hashInlineStyle(html: string): string {
  const match = /<style>([\s\S]*?)<\/style>/u.exec(html)
  if (!match) throw new Error('index.html has no <style> block')
  return `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`
}

export function loadPageAssets(): PageAssets {
  const folder = packageFolder()
  const scriptPath = join(folder, 'dist/app.js')
  let script: string
  try {
    script = readFileSync(scriptPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new PageAssetsMissingError(`页面脚本 ${scriptPath} 不存在，请先运行 pnpm build / the page script is missing; run pnpm build`)
  }
  const html = readFileSync(join(folder, 'src/page/index.html'), 'utf8')
  return {html, script, styleHash: hashInlineStyle(html)}
}
