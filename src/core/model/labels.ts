import type { Table } from '../types';

/**
 * Plain text of header and label cells, and what it says: summary rows and columns, and
 * `<Method> <Metric>` headers.
 */

/** Removes Markdown and HTML emphasis, arrows and surrounding space from a cell's text. */
export function plainText(text: string): string {
  // Most labels and headers have no mark to remove: skip the three replacements.
  if (!MARKUP.test(text)) return text.trim();
  return text
    // `[^<>]`, not `[^>]`: on `<a<a<a…` without a `>` the latter rescans to the end from every `<`.
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\*\*|__|(?<![\w\\])[*_]|[*_](?!\w)/g, '')
    .replace(/\\\|/g, '|')
    .trim();
}

/** A character that may start something plainText removes: `<`, `*`, `_`, `\\`. */
const MARKUP = /[<*_\\]/;

const SUMMARY = /^(?:average|avg\.?|mean|overall|平均|平均值|均值)\s*[:：]?$/i;
/** Column headers: `Overall` columns are often weighted (VQA's), so only plain means count. */
const SUMMARY_COLUMN = /^(?:average|avg\.?|mean|平均|平均值|均值)\s*[:：]?$/i;

/** Whether a row label names a summary: `Average`, `Avg`, `Avg.`, `Mean`, `Overall`, `平均`. */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY.test(withoutTrailingArrow(plainText(text)));
}

/** Whether a column header names a mean: as for rows, but without `Overall`. */
export function isSummaryColumnHeader(text: string): boolean {
  return SUMMARY_COLUMN.test(withoutTrailingArrow(plainText(text)));
}

/** `text` without a final arrow and the space around it (a regex `\s*[↑↓]\s*$` is quadratic on long spaces). */
function withoutTrailingArrow(text: string): string {
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return last === 0x2191 || last === 0x2193 ? end.slice(0, -1).trimEnd() : text;
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
  return splitAtLastSeparator(plainText(header));
}

const isSpace = (text: string, i: number) => /\s/.test(text[i]!);

/**
 * What `/^(.*\S)\s*[\s/]\s*(\S+)$/` captures, in linear time (the regex backtracks
 * quadratically on long runs of `/`): the metric is in the last run of non-space characters,
 * after its last inner slash when there is one, else the whole run (less a leading slash).
 */
export function splitAtLastSeparator(text: string): MethodMetric | undefined {
  const end = text.length;
  if (end === 0 || isSpace(text, end - 1)) return undefined;
  let run = end;
  while (run > 0 && !isSpace(text, run - 1)) run--;
  const slash = end >= 2 ? text.lastIndexOf('/', end - 2) : -1;
  if (slash > run) return { method: text.slice(0, slash), metric: text.slice(slash + 1) };
  let space = run;
  while (space > 0 && isSpace(text, space - 1)) space--;
  if (run === 0 || space === 0) return undefined;
  const metricStart = text[run] === '/' && run + 1 < end ? run + 1 : run;
  return { method: text.slice(0, space), metric: text.slice(metricStart) };
}

/** Row labels computed so far, per table and label column: groups and messages ask often. */
const labels = new WeakMap<Table, { labelColumn: number; labels: string[] }>();

/** A body row's label (its first cell's plain text), or its 1-based number when empty. */
export function rowLabel(model: { readonly table: Table; readonly labelColumn: number }, row: number): string {
  let known = labels.get(model.table);
  if (!known || known.labelColumn !== model.labelColumn) labels.set(model.table, (known = { labelColumn: model.labelColumn, labels: [] }));
  const cached = known.labels[row];
  if (cached !== undefined) return cached;
  const cell = model.table.rows[row]?.cells[model.labelColumn >= 0 ? model.labelColumn : 0];
  const label = cell ? plainText(cell.text) : '';
  return (known.labels[row] = label !== '' ? label : `${row + 1}`);
}
