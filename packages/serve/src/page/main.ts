/**
 * The page of `fzlint serve`: files dropped or chosen are read, linted and shown here, in the browser; the
 * page never sends them anywhere (the server's Content-Security-Policy forbids any connection as well).
 * Bundled for the browser by scripts/build.mjs into packages/serve/dist/app.js.
 */
import {InputError} from '@fzlint/core/browser'
import {linkFindingsToMarks} from './link-findings.js'
import {lintInPage, rulesMeta} from './lint-in-page.js'
import {readDroppedFile} from './read-dropped-file.js'
import {renderCheckedFile, renderFailedFile, renderPendingFile} from './render-report.js'

const dropZone = document.getElementById('drop-zone')!
const fileInput = document.getElementById('file-input') as HTMLInputElement
const results = document.getElementById('results')!
const clearButton = document.getElementById('clear-results') as HTMLButtonElement
let nextFileIndex = 0

/** Lets the browser paint “checking…” before a long, synchronous lint blocks the page. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

async function checkFile(file: File): Promise<HTMLElement> {
  const fileIndex = nextFileIndex++
  try {
    const input = await readDroppedFile(file)
    const {result, profile} = lintInPage(input, {fileName: file.name})
    // A fatal message without a rule is the engine failing on the whole file (as the CLI's exit code 2).
    const failure = result.messages.find((message) => message.fatal && message.ruleId === null)
    if (failure) return renderFailedFile(file.name, failure.message)
    return renderCheckedFile({fileIndex, fileName: file.name, input, result, profile, rulesMeta})
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `${file.name}: 无法处理文件 / cannot process: ${error instanceof Error ? error.message : String(error)}`
    return renderFailedFile(file.name, reason)
  }
}

async function checkFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return
  const pending = files.map((file) => results.appendChild(renderPendingFile(file.name)))
  clearButton.hidden = false
  pending[0]!.scrollIntoView({block: 'start', behavior: 'smooth'})
  for (const [index, file] of files.entries()) {
    await nextFrame()
    pending[index]!.replaceWith(await checkFile(file))
  }
}

fileInput.addEventListener('change', () => {
  void checkFiles([...(fileInput.files ?? [])])
  // Choosing the same file again after editing it should check it again.
  fileInput.value = ''
})

// dragenter/dragleave also fire for the zone's children; counting them keeps the highlight from flickering.
let dragDepth = 0
dropZone.addEventListener('dragenter', () => {
  dragDepth++
  dropZone.classList.add('dragging')
})
dropZone.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1)
  if (dragDepth === 0) dropZone.classList.remove('dragging')
})
dropZone.addEventListener('click', (event) => {
  // The label opens the chooser by itself; a second click() would open it twice.
  if (!(event.target as Element).closest('label, input')) fileInput.click()
})
// Files are taken wherever they are dropped: one dropped beside the zone would otherwise replace the page.
window.addEventListener('dragover', (event) => event.preventDefault())
window.addEventListener('drop', (event) => {
  event.preventDefault()
  dragDepth = 0
  dropZone.classList.remove('dragging')
  void checkFiles([...(event.dataTransfer?.files ?? [])])
})

clearButton.addEventListener('click', () => {
  results.replaceChildren()
  clearButton.hidden = true
})

linkFindingsToMarks(results)
