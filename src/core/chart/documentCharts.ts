/**
 * Which tables of a document get a chart, and their data: every table that has numbers, or
 * only those whose directive asks for one (`<!-- results-tables: chart -->`, which may be
 * combined with other keys: `<!-- results-tables: chart; lower=FID -->`).
 */
import { analyzeDocument, checkTable, prepareDocument, type AnalyzedDocument, type CheckOptions } from '../check';
import type { Table } from '../types';
import { chartDataOf, type ChartData } from './chartData';

/** `off`: no charts; `marked`: tables whose directive says `chart`; `all`: every results table. */
export type ChartsMode = 'off' | 'marked' | 'all';

export const CHART_MODES: readonly ChartsMode[] = ['off', 'marked', 'all'];

/** The directive that asks for a table's chart. */
export const CHART_MARKER = '<!-- results-tables: chart -->';

/** A table with its chart. */
export interface TableChart {
  /** Index of the table among the document's tables. */
  readonly index: number;
  readonly table: Table;
  readonly data: ChartData;
  /** The table's directive asks for this chart. */
  readonly marked: boolean;
}

/** The chart of every table of `text` that has one, in document order. */
export function documentCharts(text: string, options: CheckOptions = {}): TableChart[] {
  return chartsOf(analyzeDocument(text, options));
}

/** The charts of a document already analysed (the extension keeps one analysis per version). */
export function chartsOf(document: AnalyzedDocument): TableChart[] {
  const charts: TableChart[] = [];
  document.models.forEach((model, index) => {
    const data = chartDataOf(model, document.lines);
    if (data) charts.push({ index, table: document.tables[index]!, data, marked: document.chart[index] ?? false });
  });
  return charts;
}

/** The charts a mode shows, building chart data only for those. */
export function chartsShown(document: AnalyzedDocument, mode: ChartsMode): TableChart[] {
  if (mode === 'off') return [];
  const charts: TableChart[] = [];
  document.models.forEach((model, index) => {
    const marked = document.chart[index] ?? false;
    if (mode === 'marked' && !marked) return;
    const data = chartDataOf(model, document.lines);
    if (data) charts.push({ index, table: document.tables[index]!, data, marked });
  });
  return charts;
}

/**
 * The chart of the table at `line`, or else of the nearest table that has one (by distance of
 * its first line), with the number of findings in that table: what `documentCharts` and
 * `checkDocument` give for it, understanding only the tables it has to. For the chart panel,
 * which redraws as the document is edited.
 */
export function chartNear(text: string, line: number, options: CheckOptions = {}): { chart: TableChart; problems: number } | undefined {
  const document = prepareDocument(text, options);
  const { tables } = document;
  const containing = tables.findIndex((t) => line >= t.startLine && line < t.endLine);
  // Stable: equally near tables keep document order, as a stable sort of the charts would.
  const order = tables.map((_, i) => i).sort((a, b) => Math.abs(tables[a]!.startLine - line) - Math.abs(tables[b]!.startLine - line));
  for (const index of containing >= 0 ? [containing, ...order.filter((i) => i !== containing)] : order) {
    const model = document.analyze(index);
    const data = chartDataOf(model, document.lines);
    if (!data) continue;
    const marked = document.directives.perTable.get(index)?.chart ?? false;
    return { chart: { index, table: tables[index]!, data, marked }, problems: checkTable(model, document.lines).length };
  }
  return undefined;
}
