// Preloaded by the whole-process benchmark (`node --import ./bench/report-peak-rss.mjs …`): at exit, writes the
// process's peak resident set (KB) and its CPU time (user + system, µs), worker threads included as they share the
// process, as JSON to the file named by FZLINT_BENCH_RSS_FILE. Does nothing without it.
import {writeFileSync} from 'node:fs'

const target = process.env.FZLINT_BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({maxRssKb: usage.maxRSS, cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime}))
  })
}
