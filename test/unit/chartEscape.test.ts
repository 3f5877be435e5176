/**
 * Hostile cell content must come out as text, never as markup: in the SVG, in the preview's
 * HTML around it, and in the tooltips of marked cells.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderChartSvg } from '../../src/chart/renderSvg';
import { documentCharts } from '../../src/core/chart/documentCharts';
import { escapeHtml } from '../../src/core/chart/escape';
import { resultsTablesPreview } from '../../src/preview/markdownItPlugin';
import { HOSTILE_MARKDOWN } from '../fixtures/hostile';
import { parseSvg } from './svgHelpers';


describe('escaping of hostile cell content', () => {
  it('escapes the five HTML-special characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('keeps hostile labels as text in the SVG', () => {
    const [chart] = documentCharts(HOSTILE_MARKDOWN);
    const svg = renderChartSvg(chart!.data);
    const elements = parseSvg(svg);
    assert.deepEqual(elements.filter((e) => !['svg', 'title', 'rect', 'path', 'text', 'g', 'style', 'defs', 'clipPath'].includes(e.name)).map((e) => e.name), []);
    assert.ok(!/<img|<script|<\/script/i.test(svg));
    const shown = elements.filter((e) => e.name === 'text').map((e) => e.text);
    // Row labels are shown as plain text: tags dropped (the img-only label becomes its row
    // number), links as their text.
    for (const label of ['1', 'alert(2)', 'x', 'a < b & "c"', 'Score "q"']) assert.ok(shown.includes(label), label);
    assert.ok(svg.includes('a &lt; b &amp; &quot;c&quot;'));
    assert.equal(elements.find((e) => e.name === 'title')!.text, 'Chart: results');
  });

  it('adds no markup of its own that carries document text, in the preview', () => {
    const md = new MarkdownIt({ html: false });
    resultsTablesPreview(md, { mode: () => 'marked', markFindings: () => true, renderSvg: (data) => renderChartSvg(data) });
    const html = md.render(HOSTILE_MARKDOWN);
    // With html off, markdown-it itself escapes the cells; the chart must not reintroduce them.
    assert.ok(!/<img|<script|<\/script|href="javascript/i.test(html));
    assert.match(html, /<figure class="results-tables-chart"/);
    // The Average 9.9 is not the mean of 2.0, 4.0, 6.0, 8.0 (5.0): the cell is marked, its message escaped.
    const marked = /<td class="results-tables-finding" title="([^"]*)">9.9<\/td>/.exec(html);
    assert.ok(marked, html);
    assert.match(marked[1]!, /Average javascript:alert\(1\) is 9\.9, but the mean of its 4 values is 5/);
  });
});
