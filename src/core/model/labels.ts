import type { Table } from '../types';

/**
 * Plain text of header and label cells, and what it says: summary rows and columns, and
 * `<Method> <Metric>` headers.
 */

/** Removes Markdown and HTML emphasis, arrows and surrounding space from a cell's text. */
export function plainText(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*|__|(?<![\w\\])[*_]|[*_](?!\w)/g, '')
    .replace(/\\\|/g, '|')
    .trim();
}

const SUMMARY = /^(?:average|avg\.?|mean|overall)\s*:?$/i;

/** Whether a label or header names a summary: `Average`, `Avg`, `Avg.`, `Mean`, `Overall`. */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY.test(plainText(text).replace(/\s*[↑↓]\s*$/, ''));
}

/** A header split into the method it belongs to and the metric it shows. */
export interface MethodMetric {
  readonly method: string;
  readonly metric: string;
}

/**
 * Splits `DRAEM AUC` into method `DRAEM` and metric `AUC` at the last space (or slash); the
 * arrow of a header such as `Ours FID↓` stays with the metric.
 */
export function splitMethodMetric(header: string): MethodMetric | undefined {
  const text = plainText(header);
  const match = /^(.*\S)\s*[\s/]\s*(\S+)$/.exec(text);
  if (!match) return undefined;
  return { method: match[1]!, metric: match[2]! };
}

/** A body row's label (its first cell's plain text), or its 1-based number when empty. */
export function rowLabel(model: { readonly table: Table; readonly labelColumn: number }, row: number): string {
  const cell = model.table.rows[row]?.cells[model.labelColumn >= 0 ? model.labelColumn : 0];
  const label = cell ? plainText(cell.text) : '';
  return label !== '' ? label : `${row + 1}`;
}
