/**
 * The two files the page consists of: index.html and the browser bundle app.js.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export interface PageAssets {
  html: string
  script: string
  /** CSP source for the page's one inline <style> (`'sha256-…'`), so no other inline style can apply. */
  styleHash: string
}

export class PageAssetsMissingError extends Error {}

/**
 * The page's two files. In the installed `fzlint` package they sit beside the CLI bundle (dist/page/), where no
 * @fzlint/serve is installed; from the sources they are this package's own (dist/app.js, src/page/index.html).
 */
function pageFilePaths(): {script: string; html: string} {
  const besideBundle = fileURLToPath(new URL('./page/', import.meta.url))
  // Tested by app.js, not index.html: from the sources, ./page/ is src/page/, which holds index.html but no bundle.
  if (existsSync(join(besideBundle, 'app.js'))) return {script: join(besideBundle, 'app.js'), html: join(besideBundle, 'index.html')}
  const folder = dirname(createRequire(import.meta.url).resolve('@fzlint/serve/package.json'))
  return {script: join(folder, 'dist/app.js'), html: join(folder, 'src/page/index.html')}
}

function hashInlineStyle(html: string): string {
  const match = /<style>([\s\S]*?)<\/style>/u.exec(html)
  if (!match) throw new Error('index.html has no <style> block')
  return `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`
}

export function loadPageAssets(): PageAssets {
  const {script: scriptPath, html: htmlPath} = pageFilePaths()
  let script: string
  try {
    script = readFileSync(scriptPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new PageAssetsMissingError(`页面脚本 ${scriptPath} 不存在，请先运行 pnpm build / the page script is missing; run pnpm build`)
  }
  const html = readFileSync(htmlPath, 'utf8')
  return {html, script, styleHash: hashInlineStyle(html)}
}
