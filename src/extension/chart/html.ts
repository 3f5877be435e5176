/**
 * The chart panel's HTML: a fixed page whose only script is the chart bundle, loaded by nonce.
 * Document text reaches the page only inside the escaped `data-state` attribute, as JSON that
 * the script reads and renders as text. Free of `vscode`, so that tests can load the same page
 * in a browser.
 */
import { escapeHtml } from '../../core/chart/escape';
import type { ExtensionMessage } from '../../webview/protocol';

export interface ChartHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce per page. */
  readonly nonce: string;
  /** `asWebviewUri` of dist/chart-webview.js and media/chart.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The first message, drawn before any message arrives. */
  readonly initial: ExtensionMessage | undefined;
}

/** The Content-Security-Policy of the panel: nothing but its own script, styles and images. */
export function chartCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    // PNG export draws the SVG into a canvas through a data: image.
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function chartHtml(input: ChartHtmlInput): string {
  const state = input.initial ? escapeHtml(JSON.stringify(input.initial)) : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(chartCsp(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>Results Tables chart</title>
</head>
<body data-state="${state}">
<header class="toolbar" role="toolbar" aria-label="Chart controls">
  <label>Chart <select id="kind">
    <option value="bars">Grouped bars</option>
    <option value="line">Line</option>
    <option value="ranking">Ranking</option>
  </select></label>
  <label>Metric <select id="metric"></select></label>
  <button id="orientation" type="button" aria-pressed="false" title="Swap the axes">Horizontal</button>
  <span class="separator" aria-hidden="true"></span>
  <button id="export-svg" type="button">Export SVG</button>
  <button id="export-png" type="button">Export PNG</button>
  <span class="separator" aria-hidden="true"></span>
  <button type="button" data-reformat="format" title="Align the table's columns (Format Table)">Align</button>
  <button type="button" data-reformat="sortBestFirst" title="Sort rows by the chart's metric, best first">Sort best first</button>
  <button type="button" data-reformat="transpose" title="Swap the table's rows and columns">Transpose</button>
  <button type="button" data-reformat="decimals" title="Set the decimals of the chart's metric">Decimals…</button>
</header>
<div id="legend" role="group" aria-label="Methods (press to hide or show)"></div>
<main><div id="chart" role="img" aria-label="Chart"></div></main>
<p id="status" role="status" aria-live="polite"></p>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
