// Preloaded into the ko-action CLI with `node --import` by bench/run.mjs: on exit, writes the
// process's own peak RSS in KiB to $BENCH_RSS_FILE. It reads VmHWM from /proc/self/status, not
// process.resourceUsage().maxRSS: Linux carries ru_maxrss across fork+exec, so maxRSS would
// report the (large) bench parent's RSS. The go build children are not counted either way.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    writeFileSync(file, m ? m[1] : '0');
  });
}
