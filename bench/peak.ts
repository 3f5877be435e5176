/**
 * Peak memory of one full check of the 10 MB document, in its own process so that the peak is
 * this check's alone: resident set and V8 heap, before and at the peak.
 */
import { checkDocument } from '../src/core/check';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readme } = require('./generate.js') as typeof import('./generate.js');

const { text } = readme(10e6, 2000);
global.gc?.();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 1);
const findings = checkDocument(text);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
clearInterval(timer);
const maxRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({ findings: findings.length, textMB: text.length / 1e6, heapBeforeMB: before.heapUsed / 1e6, heapPeakMB: peakHeap / 1e6, rssBeforeMB: before.rss / 1e6, rssPeakMB: maxRss / 1e6 }),
);
