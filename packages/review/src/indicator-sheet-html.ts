/**
 * The indicators sheet in the review's HTML summary: a sortable table (a button in each header, aria-sort), each
 * value linking to its sentence in the report's details, each column's median and range, the values far outside their
 * peers marked for a human look, and the change from the same body's previous year. Written row by row.
 */
import {buildIndicatorColumns, describeChange, FENCE_FACTOR, findPreviousRows, formatCell, formatNumber, isFarFromPeers, MIN_PEERS, MIN_SPREAD, type IndicatorColumn} from './indicator-sheet.js'
import type {ReviewIndicator, ReviewRecord} from './record.js'
import {bodyLabel, displayPath} from './report-rows.js'
import type {ReviewRow} from './review.js'

type Escape = (value: unknown) => string

export const INDICATOR_SHEET_STYLE = `
.sheet-scroll{overflow-x:auto;max-width:100%}#indicator-sheet th button{all:unset;cursor:pointer;display:block}
#indicator-sheet th button:focus-visible{outline:2px solid #0969da;outline-offset:2px}
#indicator-sheet th .unit,#indicator-sheet th .id{display:block;font-size:11px;color:var(--muted);font-weight:normal}
#indicator-sheet td.num{white-space:nowrap}#indicator-sheet tr>:first-child{position:sticky;left:0;background:#fff;z-index:1}
#indicator-sheet thead th:first-child,#indicator-sheet tfoot th{background:#f6f8fa}#indicator-sheet td.empty{color:var(--muted);text-align:center}
#indicator-sheet tfoot th,#indicator-sheet tfoot td{background:#f6f8fa;font-size:12px;cursor:default}
#indicator-sheet .change{display:block;font-size:11px;color:var(--muted)}#indicator-sheet .change.dropped{color:var(--warn)}
#indicator-sheet td.peer-far{background:#fff8c5}.peer-mark{display:block;font-size:11px;color:#9a6700;font-weight:bold}
.legend{font-size:13px;color:var(--muted);max-width:960px}ol.indicators li{margin:6px 0}ol.indicators li:target{background:#fff8c5}
ol.indicators .value{font-weight:bold}
`

/** Sorting of the sheet: a button per header, numeric for indicator columns, reports without the value always last. */
export const INDICATOR_SHEET_SCRIPT = `
(function(){
  var table=document.getElementById('indicator-sheet');if(!table)return;var body=table.tBodies[0];var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,index){var button=th.querySelector('button');if(!button)return;button.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(heads,function(o){o.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');var numeric=th.dataset.type==='number';
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=a.cells[index].dataset.sort,y=b.cells[index].dataset.sort;if(x===undefined)x=a.cells[index].textContent;if(y===undefined)y=b.cells[index].textContent;
      if(x==='')return y===''?0:1;if(y==='')return -1;var c=numeric?(Number(x)-Number(y)):String(x).localeCompare(String(y),'zh-CN');return asc?c:-c});
    rows.forEach(function(r){body.appendChild(r)})})});
})();
`

/** The anchor of a report's first statement of an indicator, in its details. */
export function indicatorAnchor(reportAnchor: string, id: string): string {
  return `${reportAnchor}-indicator-${id}`
}

function unitOf(column: IndicatorColumn): string {
  return column.units.join('/')
}

function renderLegend(): string {
  return (
    `<p class="legend">每行一份报告，每列一项指标（指标目录 rules/numeric/data/indicators.json 中报告写明的比率和件数，取报告中第一次写明的数值）；` +
    `点数值可转到该报告逐份详情中写明它的原句。点列标题按该列排序，未写明的排在最后。` +
    `表尾是各列的中位数、范围和写明的报告数（按全部报告计算；上方合规矩阵的筛选也筛选本表的行）。与上一年度报告配对的，数值下注明较上年的变化（比率按百分点），上年写明而本年未写的也注明。` +
    `<br>标 ⚑“请人工核对 / check by hand”的数值与同列其他报告相差很远：一列至少有 ${MIN_PEERS} 个数值时，取四分位数 Q1、Q3 和四分位距 IQR = Q3 − Q1，` +
    `落在 [Q1 − ${FENCE_FACTOR}×IQR, Q3 + ${FENCE_FACTOR}×IQR] 之外的标出；比率按百分点比较，IQR 至少按 ${MIN_SPREAD.rate} 个百分点计；` +
    `件数等计数因各单位规模相差很大，按 log10(1 + 数值) 比较，IQR 至少按 ${MIN_SPREAD.count} 计。各单位规模、口径不同，这不是错误，只提示人工核对原文。</p>\n`
  )
}

/** The sheet: legend, header, one row per report that was processed, the medians and ranges in the footer. */
export function renderIndicatorSheet(rows: readonly ReviewRow[], anchorOf: (row: ReviewRow) => string, cwd: string, escapeHtml: Escape, write: (text: string) => void): void {
  write('<h2 id="indicators">指标表 / indicators</h2>\n')
  const processed = rows.filter((row) => row.failure === null)
  const columns = buildIndicatorColumns(processed)
  if (columns.length === 0) {
    write('<p class="legend">各报告中没有读到指标目录中的指标 / no catalogued indicator was found.</p>\n')
    return
  }
  write(renderLegend())
  const previousRows = findPreviousRows(processed)
  write(
    `<div class="sheet-scroll"><table id="indicator-sheet"><thead><tr>` +
      `<th scope="col"><button type="button">文件</button></th><th scope="col"><button type="button">发文机关</button></th><th scope="col" data-type="number"><button type="button">年度</button></th>` +
      columns
        .map(
          (column) =>
            `<th scope="col" data-type="number" data-indicator="${escapeHtml(column.id)}"><button type="button" title="${escapeHtml(column.id)}">${escapeHtml(column.label)}` +
            `<span class="unit">${escapeHtml(unitOf(column))}</span></button></th>`,
        )
        .join('') +
      `</tr></thead><tbody>\n`,
  )
  for (const row of processed) {
    const anchor = anchorOf(row)
    const previous = previousRows.get(row)
    const cells = columns.map((column) => {
      const cell = row.indicatorCells?.[column.id]
      const before = previous?.indicatorCells?.[column.id]
      if (!cell) {
        const dropped = before ? `<span class="change dropped">上年${escapeHtml(formatCell(before))}，本年未写</span>` : ''
        return `<td class="num empty" data-sort="" data-indicator="${escapeHtml(column.id)}">—${dropped}</td>`
      }
      const isFar = isFarFromPeers(column, cell.value)
      const change = before ? `<span class="change">${escapeHtml(describeChange(cell, before).text)}</span>` : ''
      const mark = isFar
        ? `<span class="peer-mark" title="与同列其他报告的数值相差很远（见表前说明），不是错误 / far outside its peers, not an error">⚑ 请人工核对 / check by hand</span>`
        : ''
      return (
        `<td class="num${isFar ? ' peer-far' : ''}" data-sort="${cell.value}" data-indicator="${escapeHtml(column.id)}">` +
        `<a href="#${indicatorAnchor(anchor, column.id)}">${escapeHtml(formatCell(cell))}</a>${change}${mark}</td>`
      )
    })
    write(
      `<tr data-report="${anchor}"><td><a href="#${anchor}">${escapeHtml(displayPath(row.filePath, cwd))}</a></td><td>${escapeHtml(bodyLabel(row))}</td>` +
        `<td class="num" data-sort="${row.year ?? ''}">${row.year ?? '—'}</td>${cells.join('')}</tr>\n`,
    )
  }
  const footer = (label: string, value: (column: IndicatorColumn) => string) =>
    `<tr><th scope="row" colspan="3">${label}</th>${columns.map((column) => `<td class="num">${escapeHtml(value(column))}</td>`).join('')}</tr>`
  write(
    `</tbody><tfoot>` +
      footer('中位数 / median', (column) => `${formatNumber(column.median, 2)}${column.units[0] ?? ''}`) +
      footer('范围 / range', (column) => `${formatNumber(column.min)}–${formatNumber(column.max)}${column.units[0] ?? ''}`) +
      footer('写明的报告数 / reports', (column) => `${column.count}${column.fences ? '' : `（少于${MIN_PEERS}，不标注）`}`) +
      `</tfoot></table></div>\n`,
  )
}

function placeOf(indicator: ReviewIndicator): string {
  return indicator.paragraph !== undefined ? `第${indicator.paragraph}段` : `第${indicator.line}行第${indicator.column}列`
}

/** A report's indicator statements in its details, each in its sentence; the first of each id carries the anchor the sheet links to. */
export function renderIndicatorDetails(record: ReviewRecord, reportAnchor: string, escapeHtml: Escape): string {
  const indicators = record.indicators ?? []
  if (indicators.length === 0) return ''
  const anchored = new Set<string>()
  const items = indicators.map((indicator) => {
    const isFirst = !anchored.has(indicator.id)
    anchored.add(indicator.id)
    const [start, end] = indicator.context.highlight
    const sentence = indicator.context.sentence
    const quote = `<blockquote class="context">${escapeHtml(sentence.slice(0, start))}<mark>${escapeHtml(sentence.slice(start, end))}</mark>${escapeHtml(sentence.slice(end))}</blockquote>`
    return (
      `<li${isFirst ? ` id="${indicatorAnchor(reportAnchor, indicator.id)}"` : ''} data-indicator="${escapeHtml(indicator.id)}">` +
      `${escapeHtml(indicator.label)} <span class="value">${escapeHtml(indicator.text)}</span> <span class="loc">${placeOf(indicator)}</span>${quote}</li>`
    )
  })
  return `<p class="meta">指标 / indicators（${indicators.length}）</p><ol class="indicators">${items.join('')}</ol>`
}
