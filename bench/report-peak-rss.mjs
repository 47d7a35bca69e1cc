// Preloaded by the whole-process benchmark (`node --import ./bench/report-peak-rss.mjs …`): at exit, writes the
// process's peak resident set (KB; worker threads included, as they share the process) to the file named by
// FZLINT_BENCH_RSS_FILE. Does nothing without it.
import {writeFileSync} from 'node:fs'

const target = process.env.FZLINT_BENCH_RSS_FILE
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)))
