/**
 * `npm run bench`: the checker against its baselines on the same generated text, in one run,
 * each time a median of repeats (the machine is shared and noisy: read the ratios, which are
 * measured side by side). Prints a table and writes bench/results.json. Not part of the tests.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import { checkDocument } from '../src/core/check';
import { IncrementalChecker } from '../src/core/incremental';
import { formatDocument } from '../src/core/format/format';
import { fixed, mbPerSecond, median, medianUnlessSlow } from './timing';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generate = require('./generate.js') as typeof import('./generate.js');

// Bundled into bench/tmp/: the repository is two levels up, the bench sources one.
const ROOT = resolve(__dirname, '..', '..');
const BENCH = resolve(__dirname, '..');
const quick = process.argv.includes('--quick');

/** What bench/activate.ts prints: one cold start, in milliseconds. */
interface Activation {
  readonly requireMs: number;
  readonly activateMs: number;
  readonly totalMs: number;
  /** Loading core.js afterwards, as the first check does; null when the bundle has no core.js. */
  readonly coreMs: number | null;
}

interface Row {
  case: string;
  sizeMB: number;
  checkMs: number;
  checkMBs: number;
  markdownItMs: number;
  markdownlintMs: number | null;
  splitMs: number;
  /** How many times faster the check is than markdown-it's full parse (goal ≥ 5). */
  vsMarkdownIt: number;
  /** How many times faster than markdownlint's table rules (goal ≥ 20). */
  vsMarkdownlint: number | null;
  /** How many times slower than the bare split('\n') loop (the floor). */
  vsSplit: number;
  findings: number;
}

async function main(): Promise<void> {
  const { lint } = (await import('markdownlint/sync')) as { lint: (options: object) => Record<string, unknown[]> };
  const markdownlint = (text: string) =>
    lint({ strings: { doc: text }, config: { default: false, MD055: true, MD056: true, MD058: true } }).doc!.length;
  const md = new MarkdownIt({ html: true });
  const splitLoop = (text: string) => {
    let n = 0;
    for (const line of text.split('\n')) n += line.length;
    return n;
  };

  const oneMB = generate.readme(1e6, 200).text;
  const tenMB = generate.readme(10e6, 2000).text;
  const bigTable = generate.bigTable(5000);
  const adversarial = generate.adversarial(1e6);
  const adversarialCells = generate.adversarialCells(1e6);
  const cases: Array<[string, string, number]> = [
    ['1 MB, ~200 tables', oneMB, quick ? 3 : 9],
    ['10 MB, ~2,000 tables', tenMB, quick ? 1 : 3],
    ['one table, 5,000 rows', bigTable, quick ? 3 : 9],
    ['1 MB adversarial lines', adversarial, quick ? 3 : 7],
    ['1 MB adversarial cells', adversarialCells, quick ? 3 : 7],
  ];

  const rows: Row[] = [];
  for (const [name, text, repeats] of cases) {
    let findings = 0;
    const checkMs = median(() => (findings = checkDocument(text).length), repeats);
    const markdownItMs = median(() => md.parse(text, {}), repeats);
    // markdownlint takes about 13 s per MB here and did not finish 10 MB in 15 minutes (its
    // table rules parse with micromark): it is measured up to 1 MB, and `--markdownlint-10mb`
    // adds one unwarmed run on 10 MB.
    const large = text.length > 5e6;
    const markdownlintMs = large && !process.argv.includes('--markdownlint-10mb') ? null : medianUnlessSlow(() => markdownlint(text), large ? 1 : Math.min(repeats, 3));
    const splitMs = median(() => splitLoop(text), repeats * 3);
    rows.push({
      case: name,
      sizeMB: text.length / 1e6,
      checkMs,
      checkMBs: mbPerSecond(text.length, checkMs),
      markdownItMs,
      markdownlintMs,
      splitMs,
      vsMarkdownIt: markdownItMs / checkMs,
      vsMarkdownlint: markdownlintMs === null ? null : markdownlintMs / checkMs,
      vsSplit: checkMs / splitMs,
      findings,
    });
    process.stderr.write(`measured ${name}\n`);
  }

  // One-cell edit in the 10 MB document: the incremental checker re-parses and re-analyses
  // only around the edit. Alternate two texts so that every run really changes a cell.
  const checker = new IncrementalChecker();
  checker.check(tenMB);
  const at = tenMB.indexOf('| 5', tenMB.length >> 1) + 2;
  const edited = tenMB.slice(0, at) + '4' + tenMB.slice(at + 1);
  let flip = false;
  // Typing is a run of re-checks: measure them warm (a few first ones run before V8 optimises).
  const recheckMs = median(() => checker.check((flip = !flip) ? edited : tenMB), quick ? 5 : 41, 6);
  const incrementalAgrees = JSON.stringify(checker.check(edited)) === JSON.stringify(checkDocument(edited));
  const newline = tenMB.indexOf('\n', tenMB.length >> 1);
  const withLine = tenMB.slice(0, newline) + '\n\nA new paragraph.' + tenMB.slice(newline);
  const lineRecheckMs = median(() => checker.check((flip = !flip) ? withLine : tenMB), quick ? 3 : 9);

  // Format-all on the 5,000-row table (src/core/format, another engineer's).
  const formatMs = median(() => formatDocument(bigTable), quick ? 3 : 7);

  const peak = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'peak.js')], { encoding: 'utf8' })) as Record<string, number>;

  const dist = join(ROOT, 'dist');
  const bundles = Object.fromEntries(
    readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, statSync(join(dist, f)).size / 1024]),
  );
  // The published bundles are minified (`node esbuild.js --production`): build them the same
  // way here, side by side, since the extension requires core.js from its own folder.
  const minifiedDir = join(__dirname, 'min');
  const minified = join(minifiedDir, 'extension.js');
  const minifiedCore = join(minifiedDir, 'core.js');
  // The options of esbuild.js for these two bundles.
  const minify = {
    bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: true, legalComments: 'none', logLevel: 'error',
    alias: { entities: 'entities/lib/decode.js' },
  } as const;
  await esbuild.build({ ...minify, entryPoints: [join(ROOT, 'src/extension/extension.ts')], outfile: minified, external: ['vscode'] });
  await esbuild.build({ ...minify, entryPoints: [join(ROOT, 'src/extension/coreBundle.ts')], outfile: minifiedCore });
  bundles['extension.js (minified)'] = statSync(minified).size / 1024;
  bundles['core.js (minified)'] = statSync(minifiedCore).size / 1024;
  const activate = (bundle: string) => {
    const runs = Array.from({ length: quick ? 3 : 7 }, () =>
      JSON.parse(execFileSync(process.execPath, [join(__dirname, 'activate.js'), bundle], { encoding: 'utf8', cwd: ROOT })) as Activation,
    );
    const middle = (ms: (run: Activation) => number) => [...runs].sort((a, b) => ms(a) - ms(b))[runs.length >> 1]!;
    // The run of median activation, and apart, the median time to load the core afterwards.
    return { ...middle((r) => r.totalMs), coreMs: middle((r) => r.coreMs ?? NaN).coreMs ?? NaN };
  };
  const activation = activate(minified);
  const activationDev = activate(join(dist, 'extension.js'));

  const normal = rows[0]!;
  const perMB = (row: Row) => row.checkMs / row.sizeMB / (normal.checkMs / normal.sizeMB);
  const adversarialRatio = perMB(rows[3]!);
  // Hostile cells that are all read as values: every rule runs on them.
  const adversarialCellsRatio = perMB(rows[4]!);
  // What checking a document loads: the extension and the core it requires on first use.
  const extensionKB = (bundles['extension.js (minified)'] ?? NaN) + (bundles['core.js (minified)'] ?? NaN);
  const goals = {
    'check ≥5× faster than markdown-it parse (1 MB)': normal.vsMarkdownIt >= 5,
    'check ≥5× faster than markdown-it parse (10 MB)': rows[1]!.vsMarkdownIt >= 5,
    'check ≥20× faster than markdownlint (1 MB)': (normal.vsMarkdownlint ?? 0) >= 20,
    'one-cell re-check in 10 MB < 5 ms': recheckMs < 5,
    'activation < 30 ms': activation.totalMs < 30,
    'extension + core bundles < 250 KB (minified, no chart code)': extensionKB < 250,
    'adversarial 1 MB within 2× of a normal 1 MB (per MB)': adversarialRatio <= 2,
    'adversarial cells, 1 MB, within 2× of a normal 1 MB (per MB)': adversarialCellsRatio <= 2,
  };

  console.log('\nFull check (detect + analyse + rules) against baselines on the same text; medians, ms');
  console.table(
    rows.map((r) => ({
      case: r.case,
      MB: fixed(r.sizeMB, 2),
      'check ms': fixed(r.checkMs),
      'check MB/s': fixed(r.checkMBs),
      'markdown-it ms': fixed(r.markdownItMs),
      'markdownlint ms': r.markdownlintMs === null ? '-' : fixed(r.markdownlintMs),
      'split ms': fixed(r.splitMs, 2),
      '× vs markdown-it': fixed(r.vsMarkdownIt, 2),
      '× vs markdownlint': r.vsMarkdownlint === null ? '-' : fixed(r.vsMarkdownlint, 1),
      '× split (floor)': fixed(r.vsSplit, 1),
      findings: r.findings,
    })),
  );
  console.log(`One-cell edit, 10 MB: re-check ${fixed(recheckMs, 2)} ms (full check ${fixed(rows[1]!.checkMs)} ms), same findings as a full check: ${incrementalAgrees}`);
  console.log(`Inserted lines, 10 MB: re-check ${fixed(lineRecheckMs, 2)} ms`);
  console.log(`Format-all, 5,000-row table: ${fixed(formatMs)} ms`);
  console.log(`Adversarial 1 MB vs normal 1 MB, per MB: lines ${fixed(adversarialRatio, 2)}×, cells ${fixed(adversarialCellsRatio, 2)}×`);
  console.log(`Peak memory, full check of 10 MB: heap ${fixed(peak.heapBeforeMB!)} → ${fixed(peak.heapPeakMB!)} MB, RSS peak ${fixed(peak.rssPeakMB!)} MB`);
  console.log(`Bundles (KB): ${Object.entries(bundles).map(([f, kb]) => `${f} ${fixed(kb)}`).join(', ')}`);
  console.log(`Extension + core, minified: ${fixed(extensionKB)} KB (extension.js ${fixed(bundles['extension.js (minified)']!)} KB, loaded at activation; core.js ${fixed(bundles['core.js (minified)']!)} KB, loaded on the first check)`);
  console.log(`Activation (require + activate, stub host), minified: ${fixed(activation.totalMs)} ms (require ${fixed(activation.requireMs)}, activate ${fixed(activation.activateMs)}); dev build: ${fixed(activationDev.totalMs)} ms`);
  console.log(`Then loading the core, on the first check just after activation: ${fixed(activation.coreMs)} ms (minified)`);
  console.log('\nGoals:');
  for (const [goal, met] of Object.entries(goals)) console.log(`  ${met ? 'met   ' : 'MISSED'} ${goal}`);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    rows,
    recheck: { oneCellMs: recheckMs, insertedLinesMs: lineRecheckMs, agreesWithFullCheck: incrementalAgrees },
    formatAllBigTableMs: formatMs,
    adversarialPerMBRatio: adversarialRatio,
    adversarialCellsPerMBRatio: adversarialCellsRatio,
    peakMemory: peak,
    bundlesKB: bundles,
    activation,
    activationDevBuild: activationDev,
    goals,
  };
  writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
