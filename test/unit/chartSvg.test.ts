/**
 * The static SVG of the real README's first table, parsed and counted: the bars, the
 * category labels and the best markers, worked out by hand (see chartData.test.ts).
 */
import * as assert from 'node:assert/strict';
import { renderChartSvg } from '../../src/chart/renderSvg';
import { analyzeDocument } from '../../src/core/check';
import { chartDataOf } from '../../src/core/chart/chartData';
import { BEST_MARK } from '../../src/core/chart/chartOption';
import { fixture } from './helpers';
import { parseSvg, type SvgElement } from './svgHelpers';

const CATEGORIES = ['bottle', 'cable', 'capsule', 'carpet', 'grid', 'hazelnut', 'leather', 'metal_nut', 'pill', 'screw', 'tile', 'toothbrush', 'transistor', 'wood', 'zipper'];

const { lines, models } = analyzeDocument(fixture('real', 'controldefect-README.md'));
const data = chartDataOf(models[0]!, lines)!;

function bars(elements: readonly SvgElement[]): SvgElement[] {
  return elements.filter((e) => e.name === 'path' && e.attrs['ecmeta_ssr_type'] === 'chart');
}

function texts(elements: readonly SvgElement[]): string[] {
  return elements.filter((e) => e.name === 'text').map((e) => e.text);
}

describe('static SVG of the real README, table 1', () => {
  const elements = parseSvg(renderChartSvg(data));

  it('is one well-formed svg element labelled for screen readers', () => {
    assert.equal(elements[0]!.name, 'svg');
    assert.equal(elements[0]!.attrs['role'], 'img');
    assert.equal(elements[0]!.attrs['aria-label'], 'Chart: Pixel-level anomaly detection and segmentation performance comparison');
  });

  it('draws 80 AUC bars: 15 rows × 5 methods, and the Average row apart (5 more)', () => {
    const all = bars(elements);
    assert.equal(all.length, 80);
    // Each method has two series (body rows, Average row): 15 bars and 1 bar.
    const perSeries = new Map<string, number>();
    for (const bar of all) perSeries.set(bar.attrs['ecmeta_series_index']!, (perSeries.get(bar.attrs['ecmeta_series_index']!) ?? 0) + 1);
    assert.deepEqual([...perSeries.values()], [15, 1, 15, 1, 15, 1, 15, 1, 15, 1]);
  });

  it('paints Ours in the own colour and the others in the palette', () => {
    const fills = new Set(bars(elements).filter((b) => b.attrs['ecmeta_series_index'] === '8').map((b) => b.attrs['fill']));
    assert.deepEqual([...fills], ['#e15759']);
  });

  it('labels the 15 categories, the Average row and the 5 methods, and titles the chart', () => {
    const shown = texts(elements);
    for (const label of [...CATEGORIES, 'Average', 'DRAEM', 'PRN', 'DFMGAN', 'AnoDiff', 'Ours', 'AUC']) assert.ok(shown.includes(label), label);
    assert.ok(shown.includes('Pixel-level anomaly detection and segmentation performance comparison: AUC'));
  });

  it('marks the 16 best values: one per category row (no ties in AUC) and AnoDiff in the Average row', () => {
    assert.equal(texts(elements).filter((t) => t === BEST_MARK).length, 16);
  });

  it('uses the page\'s text colour, so that it reads on light and dark previews', () => {
    const title = elements.find((e) => e.name === 'text' && e.text.endsWith(': AUC'))!;
    assert.equal(title.attrs['fill'], 'currentColor');
    assert.ok(!renderChartSvg(data).includes('#010203'));
  });

  it('labels a lower-is-better axis so', () => {
    const md = '| Method | FID |\n|---|---|\n| GAN | 12.5 |\n| Ours | 8.2 |\n';
    const doc = analyzeDocument(md);
    const fid = parseSvg(renderChartSvg(chartDataOf(doc.models[0]!, doc.lines)!));
    assert.ok(texts(fid).includes('FID (lower is better)'));
    assert.equal(bars(fid).length, 2);
  });

  it('draws the line and ranking views too', () => {
    const line = parseSvg(renderChartSvg(data, { view: { kind: 'line', metric: 1, orientation: 'vertical' } }));
    assert.ok(texts(line).includes('Pixel-level anomaly detection and segmentation performance comparison: AP'));
    const ranking = parseSvg(renderChartSvg(data, { view: { kind: 'ranking', metric: 0, orientation: 'vertical' } }));
    // One bar per method, best mean rank first: AnoDiff 1.53 with 10 rows best.
    assert.equal(bars(ranking).length, 5);
    assert.ok(texts(ranking).includes('1.53 (10 best)'));
  });
});
