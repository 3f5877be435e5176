/**
 * The results-table model: values of every cell, the label column, summary rows and columns,
 * the direction of every column, and the comparison groups inside which "best" means something.
 */
import { tableOptions, type TableOptions } from '../config/options';
import type { Table } from '../types';
import { parseValue, type CellValue, type NumberValue } from '../values/parseValue';
import { captionOf } from './caption';
import { captionDirection, directionOf, type DirectionInfo } from './direction';
import { chooseLayout, type Group, type Layout } from './groups';
import { isSummaryColumnHeader, isSummaryLabel, methodMetricPairs, plainText, type MethodMetric } from './labels';

/** What the table's columns hold. */
export interface ColumnInfo {
  /** Header text with marks removed. */
  readonly header: string;
  /** The column holds numbers in most rows. */
  readonly numeric: boolean;
  /** The column is an `Avg`/`Mean` column. */
  readonly summary: boolean;
  /** The direction of the whole header: how the column compares down its rows. */
  readonly direction: DirectionInfo;
  /**
   * Set when every numeric header reads `<Method> <Metric>`, with the direction of the metric
   * alone: how the row compares the methods' columns of one metric. The two differ when a
   * header only looks like a pair (`Params (M)`, `Inference time (s)`, `Word error rate`).
   */
  readonly methodMetric?: MethodMetric & { readonly direction: DirectionInfo };
}

/** A table understood as results. */
export interface ResultsTable {
  readonly table: Table;
  /** `values[row][column]`, padded with missing values to the header's width. */
  readonly values: readonly (readonly CellValue[])[];
  readonly columns: readonly ColumnInfo[];
  /** Index of the label column, or -1 when the first column holds numbers. */
  readonly labelColumn: number;
  /** Which body rows are `Average`/`Mean` rows. */
  readonly summaryRows: readonly boolean[];
  readonly caption: string;
  readonly layout: Layout;
  /** Comparison groups of the chosen layout; empty when bold means nothing checkable. */
  readonly groups: readonly Group[];
  /** Why there are no groups, when there are none though bold is used. */
  readonly boldSkipped?: string;
  /** A body row that is bold throughout: bold marks that row (a method), not best values. */
  readonly highlightRow?: number;
  /** The options in force for this table. */
  readonly options: TableOptions;
  /** Body rows at the top that are really header rows (a sub-header): 0 or 1. */
  readonly headerRows: number;
}

/** Whether the first body row is a sub-header: only words, under a header with empty cells. */
function isSubHeader(values: readonly (readonly CellValue[])[], headers: readonly string[]): boolean {
  if (values.length < 2 || !headers.slice(1).some((h) => h === '')) return false;
  const first = values[0]!.slice(1);
  if (!first.some((v) => v.kind === 'text') || first.some((v) => v.kind === 'number')) return false;
  return first.some((v, i) => v.kind === 'text' && values.slice(1).some((row) => row[i + 1]?.kind === 'number'));
}

const MISSING_CELL: CellValue = { kind: 'missing', bold: false, underline: false, italic: false };

function isNumber(value: CellValue | undefined): value is NumberValue {
  return value !== undefined && value.kind === 'number';
}

/** Builds the model of one table; `lines` are the document's lines, for the caption. */
export function analyzeTable(table: Table, lines: readonly string[], options: TableOptions = tableOptions({})): ResultsTable {
  const width = table.columnCount;
  const values = table.rows.map((row) => {
    const out: CellValue[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      out.push(cell ? parseValue(cell.text) : MISSING_CELL);
    }
    return out;
  });
  let headers = table.header.cells.map((cell) => plainText(cell.text));
  // A second header row written as the first body row (`| | Top-1 | Top-5 | AP |` under
  // `| Method | ImageNet | | COCO |`): its words complete the headers, and it is no data.
  const subHeader = isSubHeader(values, headers);
  if (subHeader) {
    const sub = values[0]!.map((v) => (v.kind === 'text' ? v.text : ''));
    let group = '';
    headers = headers.map((header, c) => {
      if (c === 0) return header;
      if (header !== '') group = header;
      return [header !== '' ? header : group, sub[c]].filter((part) => part !== '').join(' ');
    });
    values[0] = values[0]!.map(() => MISSING_CELL);
  }

  const firstColumnNumbers = values.filter((row) => isNumber(row[0])).length;
  const labelColumn = width > 1 && firstColumnNumbers * 2 < Math.max(1, values.length) ? 0 : -1;
  const summaryRows = table.rows.map((row, r) => {
    const cell = row.cells[labelColumn >= 0 ? labelColumn : 0];
    return !(subHeader && r === 0) && cell !== undefined && isSummaryLabel(cell.text);
  });

  const caption = captionOf(lines, table.startLine, table.endLine);
  const stated = captionDirection(caption);
  const numeric = headers.map((_, c) => {
    if (c === labelColumn) return false;
    let numbers = 0;
    let present = 0;
    values.forEach((row, r) => {
      if (summaryRows[r]) return;
      const value = row[c]!;
      if (value.kind === 'number') numbers++;
      if (value.kind !== 'missing') present++;
    });
    return numbers > 0 && numbers * 2 >= present;
  });

  const numericHeaders = headers.filter((_, c) => numeric[c]);
  const split = methodMetricPairs(numericHeaders);
  let k = 0;
  const columns: ColumnInfo[] = headers.map((header, c) => {
    const methodMetric = numeric[c] && split ? split[k++] : undefined;
    const summary = isSummaryColumnHeader(header) || (methodMetric !== undefined && isSummaryColumnHeader(methodMetric.metric));
    const info: ColumnInfo = {
      header,
      numeric: numeric[c]!,
      summary,
      direction: directionOf(header, stated, options),
      ...(methodMetric ? { methodMetric: { ...methodMetric, direction: directionOf(methodMetric.metric, stated, options) } } : {}),
    };
    return info;
  });

  const base = { table, values, columns, labelColumn, summaryRows, caption, options, headerRows: subHeader ? 1 : 0 };
  const choice = chooseLayout(base, directionOf(headers[0] ?? '', stated, options));
  return { ...base, ...choice };
}
