/**
 * Which tables of a document get a chart, and their data: every table that has numbers, or
 * only those preceded by the marker comment `<!-- results-tables: chart -->`.
 */
import { analyzeTable } from '../model/resultsTable';
import { scanDocument, type HtmlBlock } from '../detect/detectTables';
import { splitLines } from '../detect/lines';
import type { Table } from '../types';
import { chartDataOf, type ChartData } from './chartData';

/** `off`: no charts; `marked`: tables after the marker comment; `all`: every results table. */
export type ChartsMode = 'off' | 'marked' | 'all';

export const CHART_MARKER = '<!-- results-tables: chart -->';

const MARKER = /^<!--\s*results-tables:\s*chart\s*-->$/i;

/** A table with its chart. */
export interface TableChart {
  /** Index of the table among the document's tables. */
  readonly index: number;
  readonly table: Table;
  readonly data: ChartData;
  /** The marker comment asks for this chart. */
  readonly marked: boolean;
}

/** Whether the HTML block right before the table (blank lines apart) is the marker comment. */
function isMarked(table: Table, blocks: readonly HtmlBlock[], lines: readonly string[]): boolean {
  let line = table.startLine - 1;
  while (line >= 0 && lines[line]!.trim() === '') line--;
  const block = blocks.find((b) => b.endLine - 1 === line);
  return block !== undefined && MARKER.test(block.content.trim());
}

/** The chart of every table of `text` that has one, in document order. */
export function documentCharts(text: string): TableChart[] {
  const lines = splitLines(text);
  const { tables, htmlBlocks } = scanDocument(text);
  const charts: TableChart[] = [];
  tables.forEach((table, index) => {
    const data = chartDataOf(analyzeTable(table, lines), lines);
    if (data) charts.push({ index, table, data, marked: isMarked(table, htmlBlocks, lines) });
  });
  return charts;
}

/** The charts a mode shows. */
export function chartsToShow(charts: readonly TableChart[], mode: ChartsMode): TableChart[] {
  if (mode === 'off') return [];
  return mode === 'all' ? [...charts] : charts.filter((c) => c.marked);
}
