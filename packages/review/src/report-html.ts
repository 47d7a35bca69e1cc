/**
 * `--report summary.html`: one self-contained page (inline CSS, JS and SVG; no network) a reviewing office can
 * open from a USB stick — the compliance matrix (sortable, filterable), findings by rule and by section, and
 * every finding in its sentence with the rule's explanation. Details are read back from the spool one report
 * at a time and written straight to the file.
 */
import {closeSync, openSync, writeSync} from 'node:fs'
import type {RuleMeta} from '@fzlint/core'
import {INDICATOR_SHEET_SCRIPT, INDICATOR_SHEET_STYLE, renderIndicatorDetails, renderIndicatorSheet} from './indicator-sheet-html.js'
import {REQUIRED_KINDS, type ReviewMessage, type ReviewRecord} from './record.js'
import {bodyLabel, displayPath, missingKinds, PROFILE_LABELS, presenceMark, SECTION_LABELS} from './report-rows.js'
import type {FindingTally, ReviewOutcome} from './review.js'

export interface HtmlReportOptions {
  cwd: string
  rulesMeta: Record<string, RuleMeta>
  /** Shown in the page header (“fzlint 0.1.0”). */
  generator: string
  generatedAt?: Date
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/gu, (character) => ESCAPES[character]!)
}

const STYLE = `
:root{--error:#c62828;--warn:#b26a00;--ok:#2e7d32;--line:#d0d7de;--muted:#57606a;font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif}
body{margin:0 auto;max-width:1280px;padding:16px 24px;color:#1f2328;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);font-size:13px}.totals{display:flex;gap:16px;flex-wrap:wrap;margin:12px 0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:6px 12px}.totals b{font-size:20px;display:block}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:center;margin:8px 0;font-size:14px}
.filters input[type=search]{width:260px;padding:4px 6px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.mark{text-align:center;white-space:nowrap}td.yes{color:var(--ok)}td.no{color:var(--error);font-weight:bold}td.num{text-align:right}
tr.failed td{background:#fff4f4}.note{display:block;font-size:12px;color:var(--muted);font-weight:normal}
.charts{display:flex;gap:32px;flex-wrap:wrap}.charts figure{margin:0}.charts figcaption{font-weight:bold;margin-bottom:4px}
details.report{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:4px 12px}details.report>summary{cursor:pointer;font-weight:bold}
ol.findings{padding-left:20px}ol.findings li{margin:8px 0}.sev-2 .sev{color:var(--error)}.sev-1 .sev{color:var(--warn)}
.sev{font-weight:bold}.loc,.rule{color:var(--muted);font-size:13px}.context{margin:4px 0;padding:4px 8px;background:#f6f8fa;border-left:3px solid var(--line)}
mark{background:#ffe08a;padding:0 1px}.explain{font-size:13px;color:var(--muted);margin:2px 0}
@media print{.filters{display:none}details.report{break-inside:avoid}}
`

const SCRIPT = `
(function(){
  var table=document.getElementById('matrix');var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
  var search=document.getElementById('filter-text'),profile=document.getElementById('filter-profile'),missing=document.getElementById('filter-missing'),errors=document.getElementById('filter-errors'),shown=document.getElementById('shown-count');
  function apply(){var q=search.value.trim().toLowerCase(),p=profile.value,m=missing.value,e=errors.checked,n=0;
    rows.forEach(function(r){var ok=(!q||r.dataset.search.indexOf(q)>=0)&&(!p||r.dataset.profile===p)&&(!m||(' '+r.dataset.missing+' ').indexOf(' '+m+' ')>=0)&&(!e||Number(r.dataset.errors)>0);r.hidden=!ok;if(ok)n++});
    shown.textContent=String(n);var sheet=document.getElementById('indicator-sheet');if(!sheet)return;var hiddenReports={};
    rows.forEach(function(r){if(r.hidden)hiddenReports[r.dataset.report]=true});Array.prototype.forEach.call(sheet.tBodies[0].rows,function(r){r.hidden=hiddenReports[r.dataset.report]===true})}
  [search,profile,missing,errors].forEach(function(c){c.addEventListener('input',apply);c.addEventListener('change',apply)});
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,index){th.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(table.tHead.rows[0].cells,function(o){o.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');var numeric=th.dataset.type==='number';
    rows.sort(function(a,b){var x=a.cells[index].dataset.sort!==undefined?a.cells[index].dataset.sort:a.cells[index].textContent,y=b.cells[index].dataset.sort!==undefined?b.cells[index].dataset.sort:b.cells[index].textContent;
      var c=numeric?(Number(x)-Number(y)):String(x).localeCompare(String(y),'zh-CN');return asc?c:-c});
    rows.forEach(function(r){body.appendChild(r)})})});
  function openHash(){var target=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));if(!target)return;
    var details=target.tagName==='DETAILS'?target:target.closest('details');if(details&&!details.open){details.open=true;target.scrollIntoView()}}
  window.addEventListener('hashchange',openHash);openHash();apply();
})();
`

/** Horizontal stacked bars (errors, warnings) as inline SVG. */
export function renderBarChart(title: string, bars: {label: string; errors: number; warnings: number}[]): string {
  const rowHeight = 22
  const labelWidth = 200
  const barWidth = 360
  const max = Math.max(1, ...bars.map((bar) => bar.errors + bar.warnings))
  const height = Math.max(1, bars.length) * rowHeight + 8
  const parts = bars.map((bar, index) => {
    const y = index * rowHeight + 4
    const errorWidth = (bar.errors / max) * barWidth
    const warningWidth = (bar.warnings / max) * barWidth
    return (
      `<g><title>${escapeHtml(bar.label)}：错误 ${bar.errors}，警告 ${bar.warnings}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" font-size="12">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${errorWidth.toFixed(1)}" height="${rowHeight - 6}" fill="#c62828"/>` +
      `<rect x="${(labelWidth + errorWidth).toFixed(1)}" y="${y}" width="${warningWidth.toFixed(1)}" height="${rowHeight - 6}" fill="#e0a100"/>` +
      `<text x="${(labelWidth + errorWidth + warningWidth + 4).toFixed(1)}" y="${y + 14}" font-size="12">${bar.errors + bar.warnings}</text></g>`
    )
  })
  const empty = bars.length === 0 ? `<text x="4" y="18" font-size="12">没有发现问题 / no findings</text>` : ''
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 60}" height="${height}">${parts.join('')}${empty}</svg></figure>`
}

/** The sentence with the flagged span in <mark>. */
export function renderContext(message: ReviewMessage): string {
  const context = message.context
  if (!context || context.sentence === '') return ''
  const [start, end] = context.highlight
  const sentence = context.sentence
  const flagged = end > start ? `<mark>${escapeHtml(sentence.slice(start, end))}</mark>` : '<mark class="point">▌</mark>'
  return `<blockquote class="context">${escapeHtml(sentence.slice(0, start))}${flagged}${escapeHtml(sentence.slice(end))}</blockquote>`
}

function renderFinding(message: ReviewMessage, rulesMeta: Record<string, RuleMeta>): string {
  const meta = message.ruleId ? rulesMeta[message.ruleId] : undefined
  // A PDF's line and column are those of the text extracted from it; the page says where to look in the PDF.
  const where = message.paragraph !== undefined ? `第${message.paragraph}段` : `${message.page !== undefined ? `第${message.page}页 ` : ''}第${message.line}行第${message.column}列`
  const section = message.sectionTitle ? ` · ${escapeHtml(message.sectionTitle)}` : ''
  const explanation = meta ? `<p class="explain">${escapeHtml(meta.docs.description)}${meta.docs.basis ? `。依据：${escapeHtml(meta.docs.basis)}` : ''}</p>` : ''
  return (
    `<li class="sev-${message.severity}"><span class="sev">${message.severity === 2 ? '错误' : '警告'}</span> <span class="loc">${where}${section}</span> ` +
    `<span class="msg">${escapeHtml(message.message)}</span> <span class="rule">${escapeHtml(message.ruleId ?? '')}</span>${renderContext(message)}${explanation}</li>`
  )
}

function renderDetail(record: ReviewRecord, anchor: string, options: HtmlReportOptions): string {
  const path = displayPath(record.filePath, options.cwd)
  const heading = `${escapeHtml(path)} — ${escapeHtml(record.issuer ?? '（未识别）')} ${record.year ?? ''}（错误 ${record.errorCount}，警告 ${record.warningCount}）`
  if (record.failure !== null) {
    return `<details class="report" id="${anchor}"><summary>${heading}</summary><p class="sev-2"><span class="sev">无法处理</span> ${escapeHtml(record.failure)}</p></details>\n`
  }
  const previous = record.previousPath ? `<p class="meta">与上一年度报告 ${escapeHtml(displayPath(record.previousPath, options.cwd))} 对比</p>` : ''
  const title = record.title ? `<p class="meta">标题：${escapeHtml(record.title)}</p>` : ''
  const findings = record.messages.length === 0 ? '<p>没有发现问题 / no findings</p>' : `<ol class="findings">${record.messages.map((message) => renderFinding(message, options.rulesMeta)).join('')}</ol>`
  return `<details class="report" id="${anchor}"><summary>${heading}</summary>${title}${previous}${findings}${renderIndicatorDetails(record, anchor, escapeHtml)}</details>\n`
}

function ruleBars(byRule: FindingTally[]) {
  return byRule.map((tally) => ({label: tally.ruleId, errors: tally.errors, warnings: tally.warnings}))
}

function sectionBars(bySection: Record<string, number>) {
  const order = [...REQUIRED_KINDS, 'other', 'none']
  return Object.entries(bySection)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([kind, count]) => ({label: SECTION_LABELS[kind] ?? kind, errors: 0, warnings: count}))
}

export function writeReviewHtml(outcome: ReviewOutcome, target: string, options: HtmlReportOptions): void {
  const descriptor = openSync(target, 'w')
  const write = (text: string) => writeSync(descriptor, text)
  try {
    const rows = outcome.rows
    const errors = rows.reduce((sum, row) => sum + (row.failure === null ? row.errorCount : 0), 0)
    const warnings = rows.reduce((sum, row) => sum + row.warningCount, 0)
    const failures = rows.filter((row) => row.failure !== null).length
    const incomplete = rows.filter((row) => missingKinds(row).length > 0).length
    const generatedAt = (options.generatedAt ?? new Date()).toISOString().replace('T', ' ').slice(0, 16)
    write(
      `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<title>法治政府建设年度报告审阅汇总</title><style>${STYLE}${INDICATOR_SHEET_STYLE}</style></head><body>\n` +
        `<h1>法治政府建设年度报告审阅汇总</h1><p class="meta">${escapeHtml(options.generator)} · 生成于 ${generatedAt} UTC</p>` +
        `<div class="totals"><div><b id="total-reports">${rows.length}</b>份报告</div><div><b>${incomplete}</b>份缺少规定部分</div>` +
        `<div><b>${errors}</b>个错误</div><div><b>${warnings}</b>个警告</div><div><b>${failures}</b>份无法处理</div></div>\n`,
    )
    write(
      `<h2>合规矩阵</h2><div class="filters"><label>筛选 <input type="search" id="filter-text" placeholder="机关、文件名或标题"></label>` +
        `<label>主体 <select id="filter-profile"><option value="">全部</option>${Object.entries(PROFILE_LABELS)
          .map(([value, label]) => `<option value="${value}">${label}</option>`)
          .join('')}</select></label>` +
        `<label>缺少 <select id="filter-missing"><option value="">不限</option>${REQUIRED_KINDS.map((kind) => `<option value="${kind}">${SECTION_LABELS[kind]}</option>`).join('')}</select></label>` +
        `<label><input type="checkbox" id="filter-errors"> 只看有错误的</label><span>显示 <b id="shown-count">${rows.length}</b> / ${rows.length}</span></div>\n`,
    )
    write(
      `<table id="matrix"><thead><tr><th>文件</th><th>发文机关</th><th data-type="number">年度</th><th>主体</th>` +
        REQUIRED_KINDS.map((kind) => `<th>${SECTION_LABELS[kind]}</th>`).join('') +
        `<th data-type="number">错误</th><th data-type="number">警告</th></tr></thead><tbody>\n`,
    )
    rows.forEach((row, index) => {
      const path = displayPath(row.filePath, options.cwd)
      const search = [path, row.issuer ?? '', row.title ?? ''].join(' ').toLowerCase()
      const cells = REQUIRED_KINDS.map((kind) => {
        const presence = row.sections?.[kind]
        if (!presence) return '<td class="mark" data-sort="">—</td>'
        const isPresent = presence.status === 'present'
        const note = presence.note ? `<span class="note">${escapeHtml(presence.note)}</span>` : ''
        return `<td class="mark ${isPresent ? 'yes' : 'no'}" data-kind="${kind}" data-sort="${isPresent ? 1 : 0}">${presenceMark(presence)}${note}</td>`
      }).join('')
      const failure = row.failure !== null ? `<span class="note">${escapeHtml(row.failure)}</span>` : ''
      write(
        `<tr class="${row.failure !== null ? 'failed' : ''}" data-report="report-${index + 1}" data-profile="${row.profile ?? ''}" data-missing="${missingKinds(row).join(' ')}" data-errors="${row.errorCount}" data-search="${escapeHtml(search)}">` +
          `<td><a href="#report-${index + 1}">${escapeHtml(path)}</a>${failure}</td><td>${escapeHtml(bodyLabel(row))}</td>` +
          `<td class="num" data-sort="${row.year ?? 0}">${row.year ?? '—'}</td><td data-sort="${row.profile ?? ''}">${row.profile ? PROFILE_LABELS[row.profile] : '—'}</td>${cells}` +
          `<td class="num" data-sort="${row.errorCount}">${row.errorCount}</td><td class="num" data-sort="${row.warningCount}">${row.warningCount}</td></tr>\n`,
      )
    })
    write('</tbody></table>\n')
    const anchors = new Map(rows.map((row, index) => [row, `report-${index + 1}`]))
    renderIndicatorSheet(rows, (row) => anchors.get(row)!, options.cwd, escapeHtml, write)
    write(`<h2>问题分布</h2><div class="charts">${renderBarChart('按规则 / by rule', ruleBars(outcome.byRule))}${renderBarChart('按报告部分 / by section', sectionBars(outcome.bySection))}</div>\n`)
    write('<h2>逐份报告</h2>\n')
    rows.forEach((row, index) => write(renderDetail(outcome.readRecord(row), `report-${index + 1}`, options)))
    write(`<script>${SCRIPT}${INDICATOR_SHEET_SCRIPT}</script></body></html>\n`)
  } finally {
    closeSync(descriptor)
  }
}
