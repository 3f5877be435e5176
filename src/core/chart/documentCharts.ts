/**
 * Which tables of a document get a chart, and their data: every table that has numbers, or
 * only those whose directive asks for one (`<!-- results-tables: chart -->`, which may be
 * combined with other keys: `<!-- results-tables: chart; lower=FID -->`).
 */
import { analyzeDocument, type AnalyzedDocument, type CheckOptions } from '../check';
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
