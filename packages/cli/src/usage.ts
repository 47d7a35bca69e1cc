/** The help text: every flag, in Chinese and English. */
export const USAGE = `用法 / usage:
  fzlint [选项] <文件|目录|glob>...     检查年度报告草稿（.txt .md .docx .doc .wps .ofd .html .htm .pdf）/ lint report drafts
  fzlint [选项] --stdin [--stdin-filename <路径>]
                                         检查标准输入中的报告 / lint a report read from standard input
  fzlint outline <文件>                  打印报告结构（JSON）/ print the report skeleton as JSON
  fzlint indicators [--format json|csv] [-o <文件>] <文件|目录|glob>...
                                         列出报告写明的各项指标（比率及其分子分母、单列的数量），含行列位置；
                                         csv 为 UTF-8（带 BOM）/ list the indicators each report states, with line and column
  fzlint review [选项] <目录|glob>...    批量审阅：每份报告一行，可写汇总 HTML/CSV/JSON / review a batch of reports
  fzlint serve [--port N] [--host H] [--no-open]
                                         本机网页：拖入文件即检查，文件不会上传 / local page: drop files, nothing is uploaded

选项 / options:
  -f, --format <name>        输出格式 stylish|json|sarif|github|junit|gitlab（默认 stylish）/ output format
                             github 格式在设置了 GITHUB_STEP_SUMMARY 时另写作业摘要表 / also appends a job summary
  -o, --output-file <path>   写入文件而非标准输出 / write output to a file
      --quiet                只报告错误 / report errors only
      --max-warnings <n>     警告超过 n 个时退出码为 1 / exit 1 when warnings exceed n
      --encoding <name>      强制文本编码 utf-8|gb18030|utf-16le|utf-16be / force an encoding
      --max-file-size <mb>   单个文件大小上限（MB，默认 10）/ size limit per file
      --max-file-time <s>    单个文件的时间上限（秒，默认 30，0 不限）；超时的文件报错停止检查，其余照常，退出码 2
                             / time limit per file (seconds, default 30, 0: none): a file over it is stopped and
                             reported, the others go on; exit 2 (also for review)
      --color, --no-color    强制开启/关闭颜色，优先于 NO_COLOR、FORCE_COLOR / force colour on or off (wins over both)
      --fix                  自动修复可修复的问题并写回文件（.docx/.html/.pdf 不改）/ fix problems in place
      --fix-dry-run          只在标准输出打印修复的 diff，不改文件；报告改写到标准错误 / print the fixes as a diff
      --stdin                从标准输入读取报告（文本，或 --stdin-filename 为 .docx/.pdf 时的文件字节），不写任何文件
                             / read the report from standard input (text, or .docx/.pdf bytes); nothing is written
      --stdin-filename <path>  把标准输入当作该文件：按扩展名读取，按其目录找配置，输出显示此路径（默认 <stdin>）
                             / lint standard input as this file: its reader, its configuration, its name in the output
                             --stdin --fix 在标准输出打印修复后的全文（无可修复时原样输出），报告改写到标准错误；
                             .docx/.html/.pdf 不能如此修复 / --stdin --fix prints the whole fixed text on stdout, the report on stderr
      --cache                复用未改动文件的结果（按内容、配置、fzlint 版本和日期），--fix 时不用 / reuse results of unchanged files
      --cache-location <dir> 缓存目录（默认 ./.fzlintcache，与 review 共用）/ cache folder (default ./.fzlintcache)
      --suppress-all         把现有问题按文件和规则计数写入基线 fzlint-suppressions.json / record a baseline
      --prune-suppressions   从基线中删去已修复的问题 / drop fixed problems from the baseline
      --suppressions-location <path>  基线文件位置（默认 ./fzlint-suppressions.json）/ baseline file
      --previous <file>      上一年度报告，供跨年度规则对照 / last year's report for the cross-year rules
      --jobs <n>             并行检查的线程数（含本线程）；不写时按 CPU 核数，多于 200 个文件才启用（双核机器 3000 个）
                             / threads that lint, this one included (default: CPU cores, above 200 files; 3,000 on 2 cores)
  review 选项 / review options:
      --report <file>        写汇总：.html（矩阵、图表、逐条说明）、.csv（Excel/WPS）或 .json，可多次给出 / summary
                             只用于 review，给检查命令是用法错误 / review only: an error on the lint command
      --cache, --cache-location  同上，再次审阅未改动的报告几乎不耗时 / as above: re-reviewing unchanged reports is near free
                             同一机关相邻年度的报告自动配对对照 / reports of one body are paired across years
  serve 选项 / serve options:
      --port <n>             端口（默认 8391；0 任选空闲端口）/ port (default 8391; 0 picks a free one)
      --host <addr>          监听地址（默认 127.0.0.1，只有本机能打开）/ address to listen on (default: this computer only)
      --no-open              不自动打开浏览器 / do not open the browser
  -h, --help                 显示帮助 / show help
  -v, --version              显示版本 / show version

环境变量 / environment: TIMING=1（或 all、行数）在 stderr 列出各规则和各步骤的耗时，如 ESLint 的 TIMING
                    / per-rule and per-step times on stderr, as ESLint's TIMING (always in this one thread)
                    NO_COLOR=任意非空值 关闭颜色 / any non-empty value turns colour off (no-color.org)
                    FORCE_COLOR=1|2|3|true 开启颜色，0|false 关闭，优先于 NO_COLOR（同 Node）/ on or off, over NO_COLOR, as in Node

配置 / configuration: fzlint.config.json（JSON，可写注释和尾逗号）的 files 指定哪些文件是报告，其余文件不检查；
                    .fzlintignore 按 .gitignore 规则排除文件 / "files" names the reports; .fzlintignore works as .gitignore

退出码 / exit codes: 0 无错误（可有警告，“不像年度报告”也是警告）/ no errors (a text that is not a report is a warning);
                    1 有错误或警告超限 / errors or too many warnings;
                    2 用法错误、配置无效、文件无法读取或超过时间上限，或目录和 glob 只匹配到无法读取的类型
                    / usage error, invalid configuration, unreadable input, a file over --max-file-time, or a folder
                    or glob with no file fzlint reads
`
