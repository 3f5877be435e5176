/**
 * `results-tables chart [--kind bars|line|ranking] [--metric NAME] --out DIR <files>`: writes
 * one SVG chart per results table, named `<file>-table-<n>.svg`, for embedding in a README.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DEFAULT_VIEW, type ChartKind, type ChartView } from '../../core/chart/chartOption';
import { documentCharts } from '../../core/chart/documentCharts';
import { readInputs, UsageError, type Command } from '../command';

export const chart: Command = {
  name: 'chart',
  usage: 'chart --out <dir> [--kind bars|line|ranking] [--metric <name>] <files or globs...>',
  summary: 'Write one SVG chart per results table into <dir>, to embed in a README.',
  options: { out: [], kind: ['bars', 'line', 'ranking'], metric: [] },
  async run({ options, inputs, io }) {
    const out = options.out;
    if (!out) throw new UsageError('chart: --out <dir> is required');
    // ECharts is loaded only by this command, so that `check` starts as fast as before.
    const { renderChartSvg } = await import('../../chart/renderSvg');
    const { files, failed } = await readInputs(inputs, io);
    await mkdir(out, { recursive: true });
    let written = 0;
    for (const file of files) {
      const charts = documentCharts(file.text);
      if (charts.length === 0) io.err(`${file.path}: no results table to chart\n`);
      for (const { index, data } of charts) {
        const wanted = options.metric?.toLowerCase();
        const metric = wanted === undefined ? 0 : data.metrics.findIndex((m) => m.name.toLowerCase() === wanted);
        if (metric < 0) {
          io.err(`${file.path}: table ${index + 1} has no metric ${options.metric} (it has ${data.metrics.map((m) => m.name).join(', ')})\n`);
          continue;
        }
        const view: ChartView = { ...DEFAULT_VIEW, kind: (options.kind ?? 'bars') as ChartKind, metric };
        const target = join(out, `${basename(file.path, extname(file.path))}-table-${index + 1}.svg`);
        await writeFile(target, `${renderChartSvg(data, { view })}\n`);
        io.out(`${target}\n`);
        written++;
      }
    }
    io.err(`${written} chart${written === 1 ? '' : 's'} written\n`);
    return failed ? 2 : 0;
  },
};
