/**
 * The Markdown preview plugin: under each charted results table, its chart as static SVG (the
 * preview's CSP blocks scripts), and on each cell with a finding, a subtle mark whose tooltip
 * is the message. Pure markdown-it: it reads the source, adds attributes and one HTML token
 * per chart, and leaves every other token alone. Attribute values are escaped by markdown-it's
 * renderer; the SVG escapes its own text.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { CheckOptions } from '../core/check';
import { cellKey, findingsByCell } from '../core/chart/cellFindings';
import type { ChartData } from '../core/chart/chartData';
import { chartsShown, type ChartsMode } from '../core/chart/documentCharts';
import { IncrementalChecker } from '../core/incremental';
import { escapeHtml } from '../core/chart/escape';

export interface PreviewPluginOptions {
  /** Read at every render, so that a settings change applies on the next render. */
  readonly mode: () => ChartsMode;
  /** Whether cells with findings are marked. */
  readonly markFindings: () => boolean;
  /** The user's check options (severities, lower-is-better metrics), read at every render. */
  readonly checkOptions?: () => CheckOptions;
  /** Draws one chart as SVG; loaded lazily by the extension. */
  readonly renderSvg: (data: ChartData) => string;
  /**
   * Longest document, in characters, that gets charts and marks (the extension's
   * `maxFileSizeForTyping`). VS Code's Markdown extension parses documents in the extension
   * host even with no preview open, so this plugin runs there, on every change.
   */
  readonly maxLength?: () => number;
}

export const CHART_CLASS = 'results-tables-chart';
export const FINDING_CLASS = 'results-tables-finding';

function chartHtml(data: ChartData, svg: string): string {
  return `<figure class="${CHART_CLASS}" data-table-line="${data.startLine}">${svg}<figcaption>${escapeHtml(`Chart: ${data.title}`)}</figcaption></figure>\n`;
}

function markCells(tokens: Token[], open: number, close: number, messages: Map<string, string[]>): void {
  let line = -1;
  let column = 0;
  for (let i = open; i < close; i++) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') {
      line = token.map ? token.map[0] : -1;
      column = 0;
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      const found = messages.get(cellKey(line, column++));
      if (!found) continue;
      token.attrJoin('class', FINDING_CLASS);
      token.attrSet('title', found.join('\n'));
    }
  }
}

/** Adds charts and finding marks to a markdown-it instance. */
export function resultsTablesPreview(md: MarkdownIt, options: PreviewPluginOptions): void {
  // The engine parses the same document again after every edit: an incremental checker
  // analyses only around the edit, and its one analysis gives the charts, marks and tables.
  const checker = new IncrementalChecker();
  md.core.ruler.push('results_tables_preview', (state) => {
    const mode = options.mode();
    const mark = options.markFindings();
    if (mode === 'off' && !mark) return false;
    if (options.maxLength && state.src.length > options.maxLength()) return false;
    const findings = checker.check(state.src, options.checkOptions?.() ?? {});
    const analysis = checker.analysis()!;
    const shown = new Map(chartsShown(analysis, mode).map((c) => [c.table.startLine, c]));
    const tables = new Map(mark ? analysis.tables.map((t) => [t.startLine, t]) : []);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== 'table_open' || !tokens[i]!.map) continue;
      const start = tokens[i]!.map![0];
      let close = i;
      while (close < tokens.length && tokens[close]!.type !== 'table_close') close++;
      const table = tables.get(start);
      if (mark && table) markCells(tokens, i, close, findingsByCell(table, findings));
      const chart = shown.get(start);
      if (!chart || close >= tokens.length) continue;
      const html = new state.Token('html_block', '', 0);
      html.content = chartHtml(chart.data, options.renderSvg(chart.data));
      html.block = true;
      html.level = tokens[close]!.level;
      tokens.splice(close + 1, 0, html);
      i = close + 1;
    }
    return true;
  });
}
