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
 * Where a trailing unit in brackets starts (`AUC (%)`, `Params [M]`, `Time (ms)`: up to 12
 * characters, after a space), or the text's length when it has none. Scanned, not matched
 * with a regex, so that long runs of spaces stay linear.
 */
function unitStart(text: string): number {
  const end = text.length;
  const close = text[end - 1];
  if (close !== ')' && close !== ']') return end;
  const open = text.lastIndexOf(close === ')' ? '(' : '[', end - 2);
  if (open < 1 || end - open > 14 || !isSpace(text, open - 1)) return end;
  const inner = text.slice(open + 1, end - 1);
  if (inner === '' || /[()[\]]/.test(inner)) return end;
  let start = open;
  while (start > 0 && isSpace(text, start - 1)) start--;
  return start;
}

/** `split` applied to `text` less its trailing unit, which then goes back on the metric. */
function withUnit(text: string, split: (text: string) => MethodMetric | undefined): MethodMetric | undefined {
  const at = unitStart(text);
  const pair = split(text.slice(0, at));
  return pair && at < text.length ? { method: pair.method, metric: pair.metric + text.slice(at) } : pair;
}

/** At the first space: `DRAEM Image AUC` into `DRAEM` and `Image AUC`. */
function splitAtFirstSpace(text: string): MethodMetric | undefined {
  const match = /\s+/.exec(text);
  if (!match || match.index === 0 || match.index + match[0].length >= text.length) return undefined;
  return { method: text.slice(0, match.index), metric: text.slice(match.index + match[0].length) };
}

/** How many metrics the pairs make, when every method has the same ones; 0 when not. */
function gridMetrics(pairs: readonly MethodMetric[]): number {
  const byMethod = new Map<string, Set<string>>();
  for (const { method, metric } of pairs) {
    const metrics = byMethod.get(method) ?? new Set<string>();
    metrics.add(metric);
    byMethod.set(method, metrics);
  }
  if (byMethod.size < 2) return 0;
  const [first, ...rest] = [...byMethod.values()];
  return rest.every((metrics) => metrics.size === first!.size && [...metrics].every((m) => first!.has(m))) ? first!.size : 0;
}

/**
 * The numeric headers read as `<Method> <Metric>` pairs, or undefined when they are not all
 * such; the arrow of `Ours FID↓` stays with the metric. The method is all but the last word
 * (`Patch Core AUC`, or up to the last slash: `DRAEM/AUC`) or the first word (`DRAEM Image
 * AUC`), a trailing unit staying with the metric (`DRAEM AUC (%)`). The reading in which every
 * method has the same metrics wins, the one with more metrics if both do (`Ours Top-1 Acc`:
 * Top-1 Acc and Top-5 Acc, not one Acc for four methods); with neither, all but the last word.
 */
export function methodMetricPairs(headers: readonly string[]): MethodMetric[] | undefined {
  if (headers.length < 2) return undefined;
  const texts = headers.map(plainText);
  const last = texts.map((text) => withUnit(text, splitAtLastSeparator));
  const first = texts.map((text) => withUnit(text, splitAtFirstSpace));
  const complete = (pairs: Array<MethodMetric | undefined>): pairs is MethodMetric[] => pairs.every((p) => p !== undefined);
  const lastGrid = complete(last) ? gridMetrics(last) : 0;
  const firstGrid = complete(first) ? gridMetrics(first) : 0;
  if (firstGrid > lastGrid && complete(first)) return first;
  return complete(last) ? last : undefined;
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
