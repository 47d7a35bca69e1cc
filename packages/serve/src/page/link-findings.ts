/**
 * Findings list ⇄ marks in the text: choosing a finding scrolls its mark into view and flashes it; clicking a
 * mark brings its findings forward in the list. One listener on the results area serves every file.
 */
const FLASH_CLASS = 'flash'
const FLASH_MS = 1600

function flash(elements: readonly Element[]): void {
  for (const target of elements) {
    target.classList.remove(FLASH_CLASS)
    // Reading layout restarts the CSS animation when the same finding is chosen twice in a row.
    void (target as HTMLElement).offsetWidth
    target.classList.add(FLASH_CLASS)
    window.setTimeout(() => target.classList.remove(FLASH_CLASS), FLASH_MS)
  }
}

function marksOf(root: ParentNode, findingId: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('mark[data-findings]')].filter((mark) => mark.dataset['findings']!.split(' ').includes(findingId))
}

export function linkFindingsToMarks(results: HTMLElement): void {
  results.addEventListener('click', (event) => {
    const target = event.target as Element
    const locate = target.closest('button.locate')
    if (locate) {
      const finding = locate.closest<HTMLElement>('li.finding')!
      const marks = marksOf(finding.closest('.file-report')!, finding.dataset['finding']!)
      for (const selected of results.querySelectorAll('li.finding.selected')) selected.classList.remove('selected')
      finding.classList.add('selected')
      marks[0]?.scrollIntoView({block: 'center', behavior: 'smooth'})
      flash(marks)
      return
    }
    const mark = target.closest<HTMLElement>('mark[data-findings]')
    if (mark) {
      const report = mark.closest('.file-report')!
      const findings = mark.dataset['findings']!.split(' ').flatMap((id) => [...report.querySelectorAll<HTMLElement>(`li.finding[data-finding="${id}"]`)])
      findings[0]?.scrollIntoView({block: 'nearest', behavior: 'smooth'})
      flash(findings)
    }
  })
}
