/**
 * Chart data of the real README, worked out by hand from its first table
 * (test/fixtures/real/controldefect-README.md, header on line 8, 15 category rows, Average).
 *
 * AUC, best per row (higher is better), from the table:
 *   AnoDiff: bottle 99.4, cable 99.2, capsule 98.8, hazelnut 99.8, metal_nut 99.8, pill 99.8,
 *            screw 97.0, toothbrush 99.2, transistor 99.3, wood 98.9          -> 10 rows
 *   Ours:    carpet 99.5, leather 99.9, zipper 99.8                            ->  3 rows
 *   DRAEM:   grid 99.1                                                         ->  1 row
 *   DFMGAN:  tile 99.5                                                         ->  1 row
 *   PRN:     none                                                              ->  0
 *   Average row: AnoDiff 99.1 is best.
 * Ranks per row (1 = best, a tie shares the better rank), DRAEM PRN DFMGAN AnoDiff Ours:
 *   bottle 5 4 3 1 2, cable 5 3 2 1 4, capsule 5 2 4 1 3, carpet 4 3 5 2 1,
 *   grid 1 2 5 4 2 (PRN = Ours 98.9), hazelnut 3 5 2 1 3 (DRAEM = Ours 98.8),
 *   leather 4 3 4 2 1 (DRAEM = DFMGAN 98.5), metal_nut 5 4 3 1 2, pill 3 2 5 1 4,
 *   screw 4 2 5 1 3, tile 4 4 1 3 2 (DRAEM = PRN 98.5), toothbrush 5 4 3 1 2,
 *   transistor 5 4 3 1 2, wood 2 4 5 1 3, zipper 4 3 5 2 1.
 * Sums: DRAEM 59, PRN 49, DFMGAN 55, AnoDiff 23, Ours 35 (221 = 15 rows × 15 less one for
 * each of the 4 ties); mean ranks 3.93, 3.27, 3.67, 1.53, 2.33.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument, checkDocument } from '../../src/core/check';
import { chartDataOf, isOwnName, type ChartData } from '../../src/core/chart/chartData';
import { baselineOf } from '../../src/core/chart/chartOption';
import { chartNear, chartsShown, documentCharts } from '../../src/core/chart/documentCharts';
import { rankingOf } from '../../src/core/chart/ranking';
import { fixture } from './helpers';

const text = fixture('real', 'controldefect-README.md');

function chartOfTable(markdown: string, index: number): ChartData {
  const { lines, models } = analyzeDocument(markdown);
  const data = chartDataOf(models[index]!, lines);
  assert.ok(data);
  return data;
}

describe('chart data of the real README, table 1', () => {
  const data = chartOfTable(text, 0);
  const auc = data.metrics[0]!;

  it('has the 15 categories in table order, the Average row apart, and the heading as title', () => {
    assert.deepEqual(data.categories, ['bottle', 'cable', 'capsule', 'carpet', 'grid', 'hazelnut', 'leather', 'metal_nut', 'pill', 'screw', 'tile', 'toothbrush', 'transistor', 'wood', 'zipper']);
    assert.deepEqual(data.summaryCategories, ['Average']);
    assert.equal(data.title, 'Pixel-level anomaly detection and segmentation performance comparison');
    assert.equal(data.startLine, 7);
  });

  it('has one chart per metric and one series per method, Ours marked as the own method', () => {
    assert.deepEqual(data.metrics.map((m) => m.name), ['AUC', 'AP', 'F1']);
    for (const metric of data.metrics) {
      assert.deepEqual(metric.series.map((s) => s.name), ['DRAEM', 'PRN', 'DFMGAN', 'AnoDiff', 'Ours']);
      assert.deepEqual(metric.series.map((s) => s.own), [false, false, false, false, true]);
      assert.equal(metric.lowerIsBetter, false);
      assert.equal(metric.axisLabel, metric.name);
    }
  });

  it('keeps each value, its displayed text and its cell', () => {
    const draemBottle = auc.series[0]!.points[0]!;
    // Line 10 of the file: `| bottle     | 96.7      |`; 96.7 starts at column 15 (0-based).
    // Line 25, the Average row: Ours AUC 97.5 starts at column 154.
    assert.deepEqual(draemBottle, { value: 96.7, text: '96.7', bold: false, best: false, cell: { line: 9, start: 15, end: 19 } });
    assert.deepEqual(auc.series[4]!.summary[0], { value: 97.5, text: '97.5', bold: false, best: false, cell: { line: 24, start: 154, end: 158 } });
    // tile, AnoDiff AUC 99.2: the average is kept out of the categories.
    assert.equal(auc.series[3]!.points.length, 15);
    assert.equal(auc.series[3]!.points[10]!.value, 99.2);
  });

  it('marks the best value of every row, worked out by hand', () => {
    assert.deepEqual(auc.series.map((s) => s.points.filter((p) => p.best).length), [1, 0, 1, 10, 3]);
    assert.deepEqual(auc.series.map((s) => s.summary[0]!.best), [false, false, false, true, false]);
    // bottle AP: 80.2, 76.4, **90.2**, 94.1, 88.3: the best is AnoDiff's 94.1, not the bold one.
    const ap = data.metrics[1]!;
    assert.deepEqual(ap.series.map((s) => [s.points[0]!.best, s.points[0]!.bold]), [[false, false], [false, false], [false, true], [true, true], [false, false]]);
  });

  it('ranks the methods by mean rank', () => {
    const ranking = rankingOf(auc);
    assert.deepEqual(ranking.map((r) => [r.name, r.meanRank!.toFixed(2), r.wins]), [
      ['AnoDiff', '1.53', 10],
      ['Ours', '2.33', 3],
      ['PRN', '3.27', 0],
      ['DFMGAN', '3.67', 1],
      ['DRAEM', '3.93', 1],
    ]);
    assert.equal(ranking.reduce((sum, r) => sum + r.meanRank! * 15, 0).toFixed(6), (221).toFixed(6));
  });

  it('starts the bars at 50: AUC runs from 58.8 to 99.8, a span of 41 in steps of 10', () => {
    const values = auc.series.flatMap((s) => [...s.points, ...s.summary].map((p) => p.value!));
    assert.equal(Math.min(...values), 58.8);
    assert.equal(baselineOf(values), 50);
    assert.equal(baselineOf([2.2, 98.7]), 0);
  });
});

describe('chart data of the real README, table 2', () => {
  const data = chartOfTable(text, 1);

  it('counts every value tied at the best as best', () => {
    // tile: DRAEM, DFMGAN, AnoDiff and Ours all have 100.0 AUC; PRN has 91.1.
    const tile = data.categories.indexOf('tile');
    assert.deepEqual(data.metrics[0]!.series.map((s) => s.points[tile]!.best), [true, false, true, true, true]);
  });
});

describe('chart data of other layouts', () => {
  it('charts rows-are-methods tables one metric at a time, lower-is-better axes labelled', () => {
    const md = '| Method | FID | IS |\n|---|---|---|\n| GAN | 12.5 | **9.1** |\n| Ours | **8.2** | 8.7 |\n';
    const data = chartOfTable(md, 0);
    assert.deepEqual(data.metrics.map((m) => [m.name, m.lowerIsBetter, m.axisLabel]), [
      ['FID', true, 'FID (lower is better)'],
      ['IS', false, 'IS'],
    ]);
    const fid = data.metrics[0]!;
    assert.deepEqual(fid.series.map((s) => [s.name, s.own, s.points[0]!.value, s.points[0]!.best]), [
      ['GAN', false, 12.5, false],
      ['Ours', true, 8.2, true],
    ]);
  });

  it('knows the usual names of the author\'s own method', () => {
    for (const name of ['Ours', 'ours', 'Proposed', 'This work', 'Our method', 'ResNet (ours)']) assert.ok(isOwnName(name), name);
    for (const name of ['Oursler', 'DRAEM', 'Four']) assert.ok(!isOwnName(name), name);
  });

  it('returns nothing for a table without numbers', () => {
    const { lines, models } = analyzeDocument('| a | b |\n|---|---|\n| x | y |\n');
    assert.equal(chartDataOf(models[0]!, lines), undefined);
  });
});

describe('which tables get a chart', () => {
  const md = ['# T', '', '<!-- results-tables: chart -->', '', '| M | A |', '|---|---|', '| x | 1 |', '| y | 2 |', '', '| M | B |', '|---|---|', '| x | 3 |', '| y | 4 |', ''].join('\n');

  it('marked: only tables right after the marker comment; all: every table; off: none', () => {
    const charts = documentCharts(md);
    assert.deepEqual(charts.map((c) => [c.table.startLine, c.marked]), [[4, true], [9, false]]);
    const analysis = analyzeDocument(md);
    assert.deepEqual(chartsShown(analysis, 'marked').map((c) => c.table.startLine), [4]);
    assert.deepEqual(chartsShown(analysis, 'all'), charts);
    assert.deepEqual(chartsShown(analysis, 'off'), []);
  });

  it('does not see the marker inside a code block', () => {
    const fenced = ['```', '<!-- results-tables: chart -->', '```', '| M | A |', '|---|---|', '| x | 1 |', '| y | 2 |'].join('\n');
    assert.deepEqual(documentCharts(fenced).map((c) => c.marked), [false]);
  });
});

describe('the chart near a line (the chart panel)', () => {
  /** What the panel computed before: every chart, the one at or nearest the line, and a whole check. */
  function expected(doc: string, line: number) {
    const charts = documentCharts(doc);
    const chart = charts.find((c) => line >= c.table.startLine && line < c.table.endLine) ?? [...charts].sort((a, b) => Math.abs(a.table.startLine - line) - Math.abs(b.table.startLine - line))[0];
    if (!chart) return undefined;
    const problems = checkDocument(doc).filter((f) => f.range.start.line >= chart.table.startLine && f.range.start.line < chart.table.endLine).length;
    return { chart, problems };
  }

  it('equals a whole analysis and check on every line of the real README', () => {
    const lines = text.split('\n').length;
    for (let line = 0; line <= lines; line++) assert.deepEqual(chartNear(text, line), expected(text, line), `line ${line}`);
    // Table 1 (lines 7-24, 0-based) holds 20 findings, table 2 (29-46) 3: see realReadme.test.ts.
    assert.deepEqual([chartNear(text, 0)?.problems, chartNear(text, 40)?.problems], [20, 3]);
  });

  it('skips a table without numbers for the nearest one with a chart, and says so when none has one', () => {
    const doc = ['| a | b |', '|---|---|', '| x | y |', '', 'Text.', '', '| M | A |', '|---|---|', '| x | 1 |', '| y | **2** |', ''].join('\n');
    assert.equal(chartNear(doc, 1)?.chart.table.startLine, 6);
    assert.deepEqual(chartNear(doc, 1), expected(doc, 1));
    assert.equal(chartNear('| a | b |\n|---|---|\n| x | y |\n', 0), undefined);
  });
});
