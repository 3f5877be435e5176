/**
 * The chart panel's page, exactly as the extension builds it (chartHtml, its CSP, the bundled
 * dist/chart-webview.js), in Chromium, with a stand-in for VS Code's webview API that records
 * what the page posts. Expected counts are worked out by hand from the real README's first
 * table (see test/unit/chartData.test.ts): 15 rows × 5 methods = 75 AUC bars, plus the Average
 * row's 5 drawn apart = 80; 15 best values (no ties in AUC) plus AnoDiff's Average = 16 ★.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { analyzeDocument } from '../../src/core/check';
import { chartDataOf, type ChartData } from '../../src/core/chart/chartData';
import { documentCharts } from '../../src/core/chart/documentCharts';
import { chartHtml } from '../../src/extension/chart/html';
import type { ExtensionMessage } from '../../src/webview/protocol';
import { HOSTILE_MARKDOWN } from '../fixtures/hostile';
import { launch, ROOT, screenshot, servePage, type ServedPage } from './browser';

const ORIGIN = 'http://webview.test';
const FILES = { '/dist/chart-webview.js': 'dist/chart-webview.js', '/media/chart.css': 'media/chart.css' };
const CATEGORIES = ['bottle', 'cable', 'capsule', 'carpet', 'grid', 'hazelnut', 'leather', 'metal_nut', 'pill', 'screw', 'tile', 'toothbrush', 'transistor', 'wood', 'zipper'];

/** A stand-in for `acquireVsCodeApi`: posted messages and saved state go to window globals. */
const VSCODE_STUB = `
  window.__posted = []; window.__state = undefined; window.__alerts = [];
  window.alert = (m) => window.__alerts.push(String(m));
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => window.__state,
    setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); },
  });`;

function showMessage(data: ChartData): ExtensionMessage {
  return { type: 'show', state: { uri: 'file:///w/README.md', startLine: data.startLine, view: { kind: 'bars', metric: 0, orientation: 'vertical' } }, data, problems: 20, version: 1 };
}

async function openPanel(browser: Browser, data: ChartData): Promise<ServedPage> {
  const html = chartHtml({ cspSource: ORIGIN, nonce: 'bm9uY2UtZm9yLXRlc3Q=', scriptUri: `${ORIGIN}/dist/chart-webview.js`, styleUri: `${ORIGIN}/media/chart.css`, initial: showMessage(data) });
  const served = await servePage(browser, ORIGIN, html, FILES, VSCODE_STUB);
  await served.page.waitForSelector('#chart svg text');
  return served;
}

/** Bars: shapes filled with a series colour (the legend is HTML, outside the SVG). */
function countBars(page: Page): Promise<number> {
  return page.$$eval('#chart svg path', (paths) => {
    const colors = ['#4e79a7', '#59a14f', '#9c755f', '#b07aa1', '#76b7b2', '#edc948', '#f28e2b', '#bab0ac', '#e15759'];
    return paths.filter((p) => colors.includes((p.getAttribute('fill') ?? '').toLowerCase())).length;
  });
}

function svgTexts(page: Page): Promise<string[]> {
  return page.$$eval('#chart svg text', (texts) => texts.map((t) => t.textContent ?? ''));
}

function posted(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted);
}

const realReadme = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md'), 'utf8');

describe('chart panel page in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  describe('the real README, table 1', () => {
    let served: ServedPage;
    let page: Page;
    before(async () => {
      const { lines, models } = analyzeDocument(realReadme);
      served = await openPanel(browser, chartDataOf(models[0]!, lines)!);
      page = served.page;
    });
    after(async () => page?.close());

    it('draws 80 bars, the 16 labels of the categories and Average, and 16 best marks', async () => {
      assert.equal(await countBars(page), 80);
      const texts = await svgTexts(page);
      for (const label of [...CATEGORIES, 'Average']) assert.ok(texts.includes(label), label);
      assert.equal(texts.filter((t) => t === '★').length, 16);
      assert.ok(texts.includes('Pixel-level anomaly detection and segmentation performance comparison: AUC'));
      await screenshot(page, 'webview-real-readme-light.png');
    });

    it('has a keyboard-reachable legend and controls, Ours marked as the own method', async () => {
      const legend = await page.$$eval('#legend button', (buttons) => buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')]));
      assert.deepEqual(legend, [['DRAEM', 'true'], ['PRN', 'true'], ['DFMGAN', 'true'], ['AnoDiff', 'true'], ['Ours (own)', 'true']]);
      assert.deepEqual(await page.$$eval('#metric option', (o) => o.map((x) => x.textContent)), ['AUC', 'AP', 'F1']);
      assert.match((await page.getAttribute('#chart', 'aria-label')) ?? '', /AnoDiff best in 10, Ours best in 3/);
      assert.equal(await page.textContent('#status'), '20 problems in this table.');
    });

    it('logs no CSP violation and no error', () => {
      assert.deepEqual(served.violations, []);
      assert.deepEqual(served.errors, []);
    });

    it('posts ready, then the cell of a clicked bar', async () => {
      assert.deepEqual((await posted(page))[0], { type: 'ready' });
      // The first bar drawn in DRAEM's colour is bottle (96.7, line 10 of the file).
      const bar = page.locator('#chart svg path[fill="#4e79a7"]').first();
      await bar.click();
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'reveal'));
      const reveal = (await posted(page)).find((m) => m.type === 'reveal');
      assert.deepEqual(reveal, { type: 'reveal', cell: { line: 9, start: 15, end: 19 } });
    });

    it('answers a ping with what it drew', async () => {
      // The clicked bar is highlighted while the mouse is on it; move away first.
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => {
        const colors = ['#4e79a7', '#59a14f', '#9c755f', '#b07aa1', '#e15759'];
        return Array.from(document.querySelectorAll('#chart svg path')).filter((p) => colors.includes(p.getAttribute('fill') ?? '')).length === 80;
      });
      await page.evaluate(() => window.postMessage({ type: 'ping', id: 7 }, '*'));
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'pong'));
      const pong = (await posted(page)).find((m) => m.type === 'pong');
      assert.deepEqual(pong, { type: 'pong', id: 7, bars: 80, title: 'Pixel-level anomaly detection and segmentation performance comparison' });
    });

    it('switches metric from the keyboard, saves the view in the state and tells the extension', async () => {
      await page.focus('#metric');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => Array.from(document.querySelectorAll('#chart svg text')).some((t) => t.textContent?.endsWith(': AP')));
      const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
      assert.deepEqual(state, { uri: 'file:///w/README.md', startLine: 7, view: { kind: 'bars', metric: 1, orientation: 'vertical' } });
      assert.deepEqual((await posted(page)).filter((m) => m.type === 'viewChanged').at(-1), { type: 'viewChanged', view: { kind: 'bars', metric: 1, orientation: 'vertical' } });
    });

    it('shows the per-method ranking and the horizontal orientation', async () => {
      await page.selectOption('#kind', 'ranking');
      await page.waitForFunction(() => Array.from(document.querySelectorAll('#chart svg text')).some((t) => t.textContent?.includes('ranking by AP')));
      // One bar per method.
      assert.equal(await countBars(page), 5);
      await screenshot(page, 'webview-ranking.png');
      await page.selectOption('#kind', 'bars');
      await page.click('#orientation');
      assert.equal(await page.getAttribute('#orientation', 'aria-pressed'), 'true');
      assert.equal(await countBars(page), 80);
      await screenshot(page, 'webview-horizontal.png');
    });

    it('hides a method from its legend button, and shows it again', async () => {
      await page.click('#orientation');
      await page.click('#legend button:nth-child(1)');
      await page.waitForFunction(() => document.querySelector('#legend button')?.getAttribute('aria-pressed') === 'false');
      // DRAEM's 15 rows and its Average are gone.
      assert.equal(await countBars(page), 64);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#legend button')?.getAttribute('aria-pressed') === 'true');
      assert.equal(await countBars(page), 80);
    });

    it('redraws with the theme\'s colours when VS Code switches to a dark theme', async () => {
      await page.evaluate(() => {
        const root = document.documentElement.style;
        root.setProperty('--vscode-editor-foreground', '#d4d4d4');
        root.setProperty('--vscode-foreground', '#cccccc');
        root.setProperty('--vscode-editor-background', '#1e1e1e');
        root.setProperty('--vscode-descriptionForeground', '#9d9d9d');
        root.setProperty('--vscode-editorWidget-border', '#454545');
        document.body.classList.add('vscode-dark');
      });
      await page.waitForFunction(() => Array.from(document.querySelectorAll('#chart svg text')).some((t) => t.getAttribute('fill') === '#d4d4d4'));
      await screenshot(page, 'webview-dark.png');
      assert.deepEqual(served.violations, []);
    });

    it('exports SVG and PNG through messages', async () => {
      await page.click('#export-svg');
      await page.click('#export-png');
      await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string; format?: string }> }).__posted.some((m) => m.type === 'export' && m.format === 'png'));
      const exports = (await posted(page)).filter((m) => m.type === 'export') as Array<{ format: string; data: string }>;
      assert.deepEqual(exports.map((e) => e.format), ['svg', 'png']);
      assert.match(exports[0]!.data, /^<svg /);
      // A PNG's first bytes, base64: \x89PNG.
      assert.match(exports[1]!.data, /^iVBORw0KGgo/);
      assert.deepEqual(served.violations, []);
    });
  });

  describe('hostile cell content', () => {
    it('renders as inert text: no element, no script, no javascript: link, no alert', async () => {
      const [chart] = documentCharts(HOSTILE_MARKDOWN);
      const { page, violations, errors } = await openPanel(browser, chart!.data);
      try {
        const texts = await svgTexts(page);
        for (const label of ['1', 'alert(2)', 'x', 'a < b & "c"']) assert.ok(texts.includes(label), label);
        // Hovering a bar shows the tooltip, which ECharts renders as HTML: its text must stay text.
        // The fourth bar of the first series is the row `a < b & "c"` (7.0).
        await page.locator('#chart svg path[fill="#4e79a7"]').nth(3).hover();
        const tooltip = page.locator('#chart div', { hasText: 'a < b & "c": 7.0' }).last();
        await tooltip.waitFor();
        assert.equal(await tooltip.textContent(), 'Score "q"a < b & "c": 7.0');
        assert.match(await tooltip.innerHTML(), /a &lt; b &amp; "c": <b>7\.0<\/b>/);
        assert.equal(await page.$$eval('img, iframe, object, embed', (e) => e.length), 0);
        assert.equal(await page.$$eval('a[href^="javascript:"]', (e) => e.length), 0);
        assert.equal(await page.$$eval('script', (s) => s.length), 1);
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts), []);
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await screenshot(page, 'webview-hostile.png');
      } finally {
        await page.close();
      }
    });
  });
});
