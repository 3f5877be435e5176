/**
 * Chart data: what a results table says, as plain data a chart can draw. Rows become
 * categories, methods become series, and each metric gets its own chart; summary rows
 * (`Average`) are kept apart so that they never sit among the rows they summarise. Every point
 * remembers its cell, so that a click on a bar can reveal the number in the editor.
 */
import type { ResultsTable } from '../model/resultsTable';
import type { CellValue } from '../values/parseValue';
import { titleOf } from './title';
import { maxOf, minOf } from '../values/extent';

/** Where a number sits in the document: 0-based line, start and end character. */
export interface CellLocation {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** One value of one method in one category. */
export interface ChartPoint {
  /** The number, or null when the cell has none (`-`, `N/A`, text). */
  readonly value: number | null;
  /** The number as the table displays it (`99.40` keeps its decimals). */
  readonly text: string;
  /** The best value of its category and metric (ties are all best). */
  readonly best: boolean;
  /** The author made it bold. */
  readonly bold: boolean;
  readonly cell: CellLocation;
}

/** One method's values for one metric. */
export interface ChartSeries {
  readonly name: string;
  /** The author's own method (`Ours`, `Proposed`, or a method bold throughout). */
  readonly own: boolean;
  /** One point per category, in category order. */
  readonly points: readonly ChartPoint[];
  /** One point per summary category. */
  readonly summary: readonly ChartPoint[];
}

/** One metric, charted on its own axis. */
export interface ChartMetric {
  readonly name: string;
  readonly lowerIsBetter: boolean;
  /** The axis title: the metric, and "lower is better" when it is. */
  readonly axisLabel: string;
  readonly series: readonly ChartSeries[];
}

/** Everything needed to chart one table. */
export interface ChartData {
  readonly title: string;
  /** First line of the table (its header), 0-based. */
  readonly startLine: number;
  /** Row labels (or the metric name when rows are methods), in table order. */
  readonly categories: readonly string[];
  /** Labels of the summary rows, charted apart. */
  readonly summaryCategories: readonly string[];
  readonly metrics: readonly ChartMetric[];
}

/** Names an author gives their own method. */
const OWN = /^(?:ours?|proposed|this (?:work|paper)|our (?:method|model|approach))\b|\((?:ours|proposed)\)/i;

/** Whether a method's name says it is the author's own. */
export function isOwnName(name: string): boolean {
  return OWN.test(name.trim());
}

interface Slot {
  readonly row: number;
  readonly column: number;
}

interface RawSeries {
  readonly name: string;
  readonly slots: readonly Slot[];
  readonly summarySlots: readonly Slot[];
}

interface RawMetric {
  readonly name: string;
  readonly lowerIsBetter: boolean;
  readonly series: readonly RawSeries[];
}

function label(model: ResultsTable, row: number): string {
  const column = model.labelColumn >= 0 ? model.labelColumn : 0;
  const text = plain(model.table.rows[row]?.cells[column]?.text ?? '');
  return text !== '' ? text : `${row + 1}`;
}

/** A cell's text as plain text: tags, emphasis and link targets removed. */
export function plain(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\*\*|__|(?<![\w\\])[*_]|[*_](?!\w)/g, '')
    .replace(/\\\|/g, '|')
    .trim();
}

function pointOf(model: ResultsTable, slot: Slot): Omit<ChartPoint, 'best'> {
  const value: CellValue | undefined = model.values[slot.row]?.[slot.column];
  const cell = model.table.rows[slot.row]?.cells[slot.column];
  const line = model.table.rows[slot.row]!.line;
  if (value?.kind === 'number' && cell) {
    return {
      value: value.value,
      text: value.value.toFixed(value.decimals),
      bold: value.bold,
      cell: { line, start: cell.start + value.numberStart, end: cell.start + value.numberEnd },
    };
  }
  const at = cell ?? model.table.rows[slot.row]!.cells.at(-1);
  return { value: null, text: '', bold: false, cell: { line, start: at?.start ?? 0, end: at?.end ?? 0 } };
}

/** Marks the best point of each category across the series; ties are all best. */
function withBest(points: ReadonlyArray<ReadonlyArray<Omit<ChartPoint, 'best'>>>, lower: boolean): ChartPoint[][] {
  const out = points.map((series) => series.map((p) => ({ ...p, best: false })));
  const width = points[0]?.length ?? 0;
  for (let i = 0; i < width; i++) {
    const values = out.map((s) => s[i]!.value).filter((v): v is number => v !== null);
    if (values.length < 2) continue;
    const best = lower ? minOf(values) : maxOf(values);
    for (const s of out) if (s[i]!.value === best) s[i]!.best = true;
  }
  return out;
}

function bodyRows(model: ResultsTable): number[] {
  return model.table.rows.map((_, r) => r).filter((r) => !model.summaryRows[r]);
}

function summaryRows(model: ResultsTable): number[] {
  return model.table.rows.map((_, r) => r).filter((r) => model.summaryRows[r]);
}

/** `<Method> <Metric>` headers: one chart per metric, one series per method. */
function methodMetricReading(model: ResultsTable): RawMetric[] {
  const byMetric = new Map<string, Map<string, number>>();
  model.columns.forEach((column, c) => {
    if (!column.methodMetric) return;
    const { method, metric } = column.methodMetric;
    const methods = byMetric.get(metric) ?? new Map<string, number>();
    if (!methods.has(method)) methods.set(method, c);
    byMetric.set(metric, methods);
  });
  const body = bodyRows(model);
  const summary = summaryRows(model);
  return [...byMetric].map(([metric, methods]) => {
    const first = [...methods.values()][0]!;
    return {
      name: metric,
      lowerIsBetter: model.columns[first]!.methodMetric!.direction.direction === 'lower',
      series: [...methods].map(([name, column]) => ({
        name,
        slots: body.map((row) => ({ row, column })),
        summarySlots: summary.map((row) => ({ row, column })),
      })),
    };
  });
}

/** Rows are methods, columns are metrics: one chart per metric, one bar per method. */
function columnsReading(model: ResultsTable): RawMetric[] {
  const body = bodyRows(model);
  return model.columns.flatMap((column, c) => {
    if (!column.numeric || column.summary) return [];
    return [
      {
        name: column.header,
        lowerIsBetter: column.direction.direction === 'lower',
        series: body.map((row) => ({ name: label(model, row), slots: [{ row, column: c }], summarySlots: [] })),
      },
    ];
  });
}

/** Rows are items, columns are methods of one metric: one chart, one series per column. */
function rowsReading(model: ResultsTable): RawMetric[] {
  const columns = model.columns.map((column, c) => ({ column, c })).filter(({ column }) => column.numeric && !column.summary);
  const body = bodyRows(model);
  const summary = summaryRows(model);
  const direction = model.groups[0]?.direction.direction ?? 'higher';
  const name = plain(model.columns[model.labelColumn >= 0 ? model.labelColumn : 0]?.header ?? '') || 'value';
  return [
    {
      name,
      lowerIsBetter: direction === 'lower',
      series: columns.map(({ column, c }) => ({
        name: column.header,
        slots: body.map((row) => ({ row, column: c })),
        summarySlots: summary.map((row) => ({ row, column: c })),
      })),
    },
  ];
}

/** A series whose every value is bold (and not all equal) marks the author's method. */
function boldThroughout(points: readonly ChartPoint[]): boolean {
  const numbers = points.filter((p) => p.value !== null);
  return numbers.length >= 2 && numbers.every((p) => p.bold) && new Set(numbers.map((p) => p.value)).size > 1;
}

/**
 * The chart data of one table, or undefined when it has nothing to chart. `lines` are the
 * document's lines, for the title.
 */
export function chartDataOf(model: ResultsTable, lines: readonly string[]): ChartData | undefined {
  const hasMethodMetric = model.columns.some((c) => c.methodMetric);
  const reading = hasMethodMetric ? 'method-metric' : model.layout === 'rows' ? 'rows' : 'columns';
  const raw = reading === 'method-metric' ? methodMetricReading(model) : reading === 'rows' ? rowsReading(model) : columnsReading(model);
  const body = bodyRows(model);
  const categories = reading === 'columns' ? [] : body.map((row) => label(model, row));
  const metrics: ChartMetric[] = raw
    .map((metric) => {
      const points = withBest(metric.series.map((s) => s.slots.map((slot) => pointOf(model, slot))), metric.lowerIsBetter);
      const summary = withBest(metric.series.map((s) => s.summarySlots.map((slot) => pointOf(model, slot))), metric.lowerIsBetter);
      const series = metric.series.map((s, i) => ({
        name: s.name,
        own: isOwnName(s.name) || (reading !== 'columns' && boldThroughout(points[i]!)),
        points: points[i]!,
        summary: summary[i]!,
      }));
      return {
        name: metric.name,
        lowerIsBetter: metric.lowerIsBetter,
        axisLabel: metric.lowerIsBetter ? `${metric.name} (lower is better)` : metric.name,
        series,
      };
    })
    .filter((metric) => metric.series.some((s) => s.points.some((p) => p.value !== null) || s.summary.some((p) => p.value !== null)));
  if (metrics.length === 0) return undefined;
  return {
    title: titleOf(lines, model.table.startLine),
    startLine: model.table.startLine,
    categories: reading === 'columns' ? [''] : categories,
    summaryCategories: reading === 'columns' ? [] : summaryRows(model).map((row) => label(model, row)),
    metrics,
  };
}
