/**
 * The files the page consists of: index.html, the browser bundle app.js, pdf.js (loaded when a .pdf is dropped) and
 * word.js (word-extractor, loaded when a .doc or an OLE .wps is dropped).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export interface PageAssets {
  html: string
  script: string
  /** pdf.js for the page (pdf.js beside app.js), loaded by the page when a .pdf is dropped; absent in a build without it. */
  pdfScript?: string
  /** word-extractor for the page (word.js beside app.js), loaded when a .doc or an OLE .wps is dropped; absent in a build without it. */
  wordScript?: string
  /** CSP source for the page's one inline <style> (`'sha256-…'`), so no other inline style can apply. */
  styleHash: string
}

export class PageAssetsMissingError extends Error {}

/**
 * The page's two files. In the installed `fzlint` package they sit beside the CLI bundle (dist/page/), where no
 * @fzlint/serve is installed; from the sources they are this package's own (dist/app.js, src/page/index.html).
 */
function pageFilePaths(): {script: string; html: string; pdfScript: string; wordScript: string} {
  const besideBundle = fileURLToPath(new URL('./page/', import.meta.url))
  // Tested by app.js, not index.html: from the sources, ./page/ is src/page/, which holds index.html but no bundle.
  if (existsSync(join(besideBundle, 'app.js'))) {
    return {script: join(besideBundle, 'app.js'), html: join(besideBundle, 'index.html'), pdfScript: join(besideBundle, 'pdf.js'), wordScript: join(besideBundle, 'word.js')}
  }
  const folder = dirname(createRequire(import.meta.url).resolve('@fzlint/serve/package.json'))
  return {script: join(folder, 'dist/app.js'), html: join(folder, 'src/page/index.html'), pdfScript: join(folder, 'dist/pdf.js'), wordScript: join(folder, 'dist/word.js')}
}

function hashInlineStyle(html: string): string {
  const match = /<style>([\s\S]*?)<\/style>/u.exec(html)
  if (!match) throw new Error('index.html has no <style> block')
  return `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`
}

export function loadPageAssets(): PageAssets {
  const {script: scriptPath, html: htmlPath, pdfScript: pdfScriptPath, wordScript: wordScriptPath} = pageFilePaths()
  let script: string
  try {
    script = readFileSync(scriptPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new PageAssetsMissingError(`页面脚本 ${scriptPath} 不存在，请先运行 pnpm build / the page script is missing; run pnpm build`)
  }
  const html = readFileSync(htmlPath, 'utf8')
  const pdfScript = existsSync(pdfScriptPath) ? readFileSync(pdfScriptPath, 'utf8') : undefined
  const wordScript = existsSync(wordScriptPath) ? readFileSync(wordScriptPath, 'utf8') : undefined
  return {html, script, ...(pdfScript === undefined ? {} : {pdfScript}), ...(wordScript === undefined ? {} : {wordScript}), styleHash: hashInlineStyle(html)}
}
