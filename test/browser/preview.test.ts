/**
 * The Markdown preview's HTML for the real README, rendered by markdown-it with the plugin
 * (as VS Code's preview does, `html: true`), loaded in Chromium under the preview's own CSP
 * (scripts by nonce only). Counts worked out by hand: each table charts AUC with 15 rows × 5
 * methods + the Average row's 5 = 80 bars; the 23 findings of the real README
 * (test/unit/realReadme.test.ts) sit in 23 different cells, 20 in table 1 and 3 in table 2.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { renderChartSvg } from '../../src/chart/renderSvg';
import type { ChartsMode } from '../../src/core/chart/documentCharts';
import { resultsTablesPreview } from '../../src/preview/markdownItPlugin';
import { launch, ROOT, screenshot, servePage, type ServedPage } from './browser';
import { HOSTILE_MARKDOWN } from '../fixtures/hostile';

const ORIGIN = 'http://preview.test';
const NONCE = 'cHJldmlldy1ub25jZQ==';

/** The CSP VS Code's Markdown preview sets (its default, strict, security level). */
const PREVIEW_CSP = `default-src 'none'; img-src 'self' ${ORIGIN} https: data:; media-src 'self' ${ORIGIN} https: data:; script-src 'nonce-${NONCE}'; style-src 'self' ${ORIGIN} 'unsafe-inline' https: data:; font-src 'self' ${ORIGIN} https: data:;`;

function previewHtml(markdown: string, mode: ChartsMode, html = true): string {
  const md = new MarkdownIt({ html });
  resultsTablesPreview(md, { mode: () => mode, markFindings: () => true, renderSvg: (data) => renderChartSvg(data) });
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">
<link rel="stylesheet" href="${ORIGIN}/media/preview.css"></head><body class="vscode-body vscode-light">${md.render(markdown)}</body></html>`;
}

const realReadme = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md'), 'utf8');

function barsPerChart(page: Page): Promise<number[]> {
  return page.$$eval('figure.results-tables-chart svg', (svgs) => svgs.map((svg) => svg.querySelectorAll('[ecmeta_ssr_type="chart"]').length));
}

describe('Markdown preview HTML in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  describe('the real README with charts for all tables', () => {
    let served: ServedPage;
    before(async () => {
      served = await servePage(browser, ORIGIN, previewHtml(realReadme, 'all'), { '/media/preview.css': 'media/preview.css' });
      await served.page.waitForSelector('figure.results-tables-chart svg');
    });
    after(async () => served?.page.close());

    it('shows a chart under each of the two tables, 80 bars each', async () => {
      const { page } = served;
      assert.deepEqual(await barsPerChart(page), [80, 80]);
      // Each figure follows its table.
      assert.deepEqual(await page.$$eval('figure.results-tables-chart', (f) => f.map((x) => x.previousElementSibling?.tagName)), ['TABLE', 'TABLE']);
      const labels = await page.$$eval('figure.results-tables-chart:first-of-type svg text', (t) => t.map((x) => x.textContent));
      for (const label of ['bottle', 'zipper', 'Average', 'DRAEM', 'Ours', '★']) assert.ok(labels.includes(label), label);
      await screenshot(page, 'preview-real-readme.png');
    });

    it('marks the 23 cells with findings, with the message as tooltip', async () => {
      const { page } = served;
      const perTable = await page.$$eval('table', (tables) => tables.map((t) => t.querySelectorAll('.results-tables-finding').length));
      assert.deepEqual(perTable, [20, 3]);
      // Line 25, DRAEM AUC in the Average row.
      const title = await page.$eval('table:first-of-type tr:last-child td:nth-child(2)', (td) => td.getAttribute('title'));
      assert.match(title ?? '', /^Average DRAEM AUC is 92\.2, but the mean of its 15 values is 92\.460/);
      // The header cell "Ours F1" carries the duplicate-column finding.
      assert.equal(await page.$eval('table:first-of-type th:nth-child(16)', (th) => th.className), 'results-tables-finding');
      // The mark is drawn by preview.css: a wavy underline.
      assert.equal(await page.$eval('.results-tables-finding', (td) => getComputedStyle(td).textDecorationStyle), 'wavy');
    });

    it('logs no CSP violation', () => {
      assert.deepEqual(served.violations, []);
      assert.deepEqual(served.errors, []);
    });
  });

  it('shows no chart in "marked" mode when no table is marked, and keeps the marks', async () => {
    const { page, violations } = await servePage(browser, ORIGIN, previewHtml(realReadme, 'marked'), { '/media/preview.css': 'media/preview.css' });
    try {
      await page.waitForSelector('table');
      assert.equal(await page.$$eval('figure.results-tables-chart', (f) => f.length), 0);
      assert.equal(await page.$$eval('.results-tables-finding', (c) => c.length), 23);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });

  it('renders hostile cell content as inert text in the chart and the tooltips', async () => {
    // With raw HTML off, whatever markup appears could only come from the plugin.
    const { page, violations, errors } = await servePage(browser, ORIGIN, previewHtml(HOSTILE_MARKDOWN, 'marked', false), { '/media/preview.css': 'media/preview.css' });
    try {
      await page.waitForSelector('figure.results-tables-chart svg');
      assert.equal(await page.$$eval('img, script, iframe, object, embed, a', (e) => e.length), 0);
      const inFigure = await page.$$eval('figure.results-tables-chart *', (e) => [...new Set(e.map((x) => x.tagName.toLowerCase()))].sort());
      assert.deepEqual(inFigure.filter((t) => !['svg', 'title', 'style', 'g', 'path', 'text', 'rect', 'figcaption', 'defs', 'clippath'].includes(t)), []);
      const labels = await page.$$eval('figure svg text', (t) => t.map((x) => x.textContent));
      for (const label of ['alert(2)', 'x', 'a < b & "c"']) assert.ok(labels.includes(label), label);
      // The Average 9.9 is not the mean of 2.0, 4.0, 6.0, 8.0: its cell's tooltip is that message, as text.
      const title = await page.$eval('.results-tables-finding', (td) => td.getAttribute('title'));
      assert.match(title ?? '', /^Average javascript:alert\(1\) is 9\.9/);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await screenshot(page, 'preview-hostile.png');
    } finally {
      await page.close();
    }
  });
});
