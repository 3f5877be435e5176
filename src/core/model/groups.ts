/**
 * Comparison groups: the sets of cells among which an author marks the best value.
 *
 * Three layouts are common: (a) `<Method> <Metric>` headers, where each row compares one
 * metric across methods; (b) rows are methods and columns metrics, compared down each column;
 * (c) rows are items and columns methods of one metric, compared across each row. The header
 * says (a); between (b) and (c), where the author put the bold decides. When neither reading
 * clearly fits, no group is formed, so that no bold finding is raised rather than a wrong one.
 */
import { isDescriptiveColumn } from './descriptive';
import type { DirectionInfo } from './direction';
import { rowLabel } from './labels';
import { rankValues, topTiers, type Ranking } from './ranking';
import type { ResultsTable } from './resultsTable';

export type Layout = 'method-metric' | 'columns' | 'rows' | 'none';

/** A cell of the body, by row and column index. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** Cells compared with each other. */
export interface Group {
  readonly cells: readonly CellRef[];
  /** The metric compared, for messages. */
  readonly metric: string;
  /** Where the group lies, for messages: `row grid`, `section Supervised`, or '' for a whole column. */
  readonly where: string;
  readonly direction: DirectionInfo;
}

export interface LayoutChoice {
  readonly layout: Layout;
  readonly groups: readonly Group[];
  readonly boldSkipped?: string;
  readonly highlightRow?: number;
}

type Model = Omit<ResultsTable, 'layout' | 'groups' | 'boldSkipped' | 'highlightRow'>;

/** A number of a group with its cell and marks. */
export interface GroupNumber {
  readonly ref: CellRef;
  readonly value: number;
  readonly bold: boolean;
  readonly underline: boolean;
}

function methodMetricGroups(model: Model): Group[] | undefined {
  const byMetric = new Map<string, number[]>();
  const methods = new Set<string>();
  model.columns.forEach((column, c) => {
    if (!column.methodMetric) return;
    methods.add(column.methodMetric.method);
    const key = column.methodMetric.metric;
    const columns = byMetric.get(key);
    if (columns) columns.push(c);
    else byMetric.set(key, [c]);
  });
  if (methods.size < 2 || [...byMetric.values()].some((cs) => cs.length < 2)) return undefined;
  const groups: Group[] = [];
  model.table.rows.forEach((_, row) => {
    for (const [metric, cs] of byMetric) {
      groups.push({
        cells: cs.map((column) => ({ row, column })),
        metric,
        where: `row ${rowLabel(model, row)}`,
        direction: model.columns[cs[0]!]!.direction,
      });
    }
  });
  return groups;
}

/**
 * A section row: a label and nothing else (`| *Self-supervised* | | |`). Tables that group their
 * methods into sections mark the best within each section.
 */
export function isSectionRow(model: Pick<ResultsTable, 'table' | 'labelColumn'>, row: number): boolean {
  const cells = model.table.rows[row]!.cells;
  const label = model.labelColumn >= 0 ? model.labelColumn : 0;
  return (cells[label]?.text ?? '') !== '' && cells.every((cell, c) => c === label || cell.text === '');
}

function columnGroups(model: Model): Group[] {
  // Body rows split into sections at section rows; summary rows compare nothing here.
  const sections: Array<{ name: string | undefined; rows: number[] }> = [{ name: undefined, rows: [] }];
  model.table.rows.forEach((_, row) => {
    if (isSectionRow(model, row)) sections.push({ name: rowLabel(model, row), rows: [] });
    else if (!model.summaryRows[row]) sections[sections.length - 1]!.rows.push(row);
  });
  const groups: Group[] = [];
  model.columns.forEach((column, c) => {
    if (!column.numeric) return;
    for (const section of sections) {
      if (section.rows.length === 0) continue;
      groups.push({
        cells: section.rows.map((row) => ({ row, column: c })),
        metric: column.header,
        where: section.name === undefined ? '' : `section ${section.name}`,
        direction: column.direction,
      });
    }
  });
  return groups;
}

function rowGroups(model: Model, tableDirection: DirectionInfo): Group[] | undefined {
  // Descriptive columns (Classes, Params, whole numbers among decimals) are not methods.
  const decimals = model.values.some((row) => row.some((v) => v.kind === 'number' && v.decimals > 0));
  const columns = model.columns
    .map((column, c) => ({ column, c }))
    .filter(({ column, c }) => column.numeric && !column.summary && !isDescriptiveColumn(model as ResultsTable, c, decimals));
  const stated = columns.filter(({ column }) => column.direction.reason !== 'default' && column.direction.reason !== 'caption');
  if (stated.some(({ column }) => column.direction.direction !== tableDirection.direction)) return undefined;
  return model.table.rows.map((_, row) => ({
    cells: columns.map(({ c }) => ({ row, column: c })),
    metric: 'value',
    where: `row ${rowLabel(model, row)}`,
    direction: tableDirection,
  }));
}

/** The numbers of a group with their cells. */
export function groupNumbers(model: Pick<ResultsTable, 'values'>, group: Group): GroupNumber[] {
  const out: GroupNumber[] = [];
  for (const ref of group.cells) {
    const value = model.values[ref.row]?.[ref.column];
    if (value && value.kind === 'number') out.push({ ref, value: value.value, bold: value.bold, underline: value.underline });
  }
  return out;
}

/** Ranks a group's numbers with the table's tie tolerance; undefined under two numbers. */
export function rankGroup(model: Pick<ResultsTable, 'options'>, group: Group, numbers: readonly GroupNumber[]): Ranking | undefined {
  return rankValues(numbers.map((n) => n.value), group.direction.direction, model.options.tieTolerance);
}

/** A comparison group with its numbers, ranked. */
export interface RankedGroup {
  readonly group: Group;
  readonly numbers: readonly GroupNumber[];
  readonly ranking: Ranking;
}

const ranked = new WeakMap<ResultsTable, readonly RankedGroup[]>();

/** The table's comparison groups that hold at least two numbers, each ranked (once per model). */
export function rankedGroups(model: ResultsTable): readonly RankedGroup[] {
  const cached = ranked.get(model);
  if (cached) return cached;
  const out: RankedGroup[] = [];
  for (const group of model.groups) {
    const numbers = groupNumbers(model, group);
    const ranking = rankGroup(model, group, numbers);
    if (ranking) out.push({ group, numbers, ranking });
  }
  ranked.set(model, out);
  return out;
}

/** How many tiers bold marks: 1 for the best, 2 for "top two". */
export function boldTiers(model: Pick<ResultsTable, 'options'>): number {
  return model.options.bold === 'top2' ? 2 : 1;
}

interface Score {
  mismatches: number;
  bold: number;
  boldBest: number;
  /** Groups with at least two numbers: a layout without any compares nothing. */
  rankable: number;
}

/** How well the bold fits a layout's groups; allocates one small array per group, no ranking. */
function score(model: Model, groups: readonly Group[]): Score {
  const result: Score = { mismatches: 0, bold: 0, boldBest: 0, rankable: 0 };
  const tiers = boldTiers(model);
  for (const group of groups) {
    const lower = group.direction.direction === 'lower';
    const values: number[] = [];
    let anyBold = false;
    for (const ref of group.cells) {
      const value = model.values[ref.row]?.[ref.column];
      if (value === undefined || value.kind !== 'number') continue;
      values.push(value.value);
      if (value.bold) anyBold = true;
    }
    if (values.length < 2) continue;
    const { tierCount, boundary } = topTiers(values, group.direction.direction, model.options.tieTolerance, tiers);
    // Every value is among the best when there are no more tiers than bold marks (all tied, or
    // two values under bold=top2): such a group says nothing about where the bold belongs.
    if (tierCount <= tiers) continue;
    result.rankable++;
    // A group with nothing marked is weak evidence: the author may simply not mark it (a Year
    // column). It counts half, where a wrong mark counts one per cell.
    if (!anyBold) {
      result.mismatches += 0.5;
      continue;
    }
    for (const ref of group.cells) {
      const value = model.values[ref.row]?.[ref.column];
      if (value === undefined || value.kind !== 'number') continue;
      const isBest = lower ? value.value <= boundary : value.value >= boundary;
      if (value.bold) result.bold++;
      if (value.bold && isBest) result.boldBest++;
      if (value.bold !== isBest) result.mismatches++;
    }
  }
  return result;
}

/** Whether a row shows at least two different numbers in numeric columns, all of them bold. */
function boldThroughout(model: Model, row: number): boolean {
  let count = 0;
  let first = 0;
  let different = false;
  const values = model.values[row]!;
  for (let c = 0; c < model.columns.length; c++) {
    const value = values[c]!;
    if (!model.columns[c]!.numeric || value.kind !== 'number') continue;
    if (!value.bold) return false;
    if (count++ === 0) first = value.value;
    else if (value.value !== first) different = true;
  }
  return count >= 2 && different;
}

/** A body row whose every number is bold marks a method (the author's own), not best values. */
function highlightedRow(model: Model): number | undefined {
  if (model.values.length < 2) return undefined;
  let columns: Group[] | undefined;
  for (let row = 0; row < model.values.length; row++) {
    if (model.summaryRows[row] || !boldThroughout(model, row)) continue;
    columns ??= columnGroups(model);
    // A row that is bold throughout because it is best throughout is simply right.
    const tiers = boldTiers(model);
    const notBest = columns.some((group) => {
      if (!group.cells.some((ref) => ref.row === row)) return false;
      const groupValues = groupNumbers(model, group);
      const ranking = rankGroup(model, group, groupValues);
      const own = groupValues.find((n) => n.ref.row === row);
      return ranking !== undefined && own !== undefined && ranking.rankOf(own.value) > tiers;
    });
    if (notBest) return row;
  }
  return undefined;
}

/**
 * Picks the layout whose groups best explain where the bold is. `tableDirection` is the
 * direction for layout (c), from the first header cell and the caption.
 */
export function chooseLayout(model: Model, tableDirection: DirectionInfo): LayoutChoice {
  const candidates: Array<{ layout: Layout; groups: Group[] }> = [];
  const mm = methodMetricGroups(model);
  if (mm) candidates.push({ layout: 'method-metric', groups: mm });
  // An Average row averages over rows, so rows are items, not methods: no comparing down
  // columns. An Avg column averages over columns, so columns are metrics, not methods.
  const hasSummaryRow = model.summaryRows.some((summary, r) => summary && model.values[r]!.some((v) => v.kind === 'number'));
  const hasSummaryColumn = model.columns.some((column) => column.summary && column.numeric);
  if (!hasSummaryRow || hasSummaryColumn) candidates.push({ layout: 'columns', groups: columnGroups(model) });
  const rows = hasSummaryColumn && !hasSummaryRow ? undefined : rowGroups(model, tableDirection);
  if (rows) candidates.push({ layout: 'rows', groups: rows });

  const scored = candidates.map((c) => ({ ...c, score: score(model, c.groups) })).filter((c) => c.score.rankable > 0);
  if (scored.length === 0) return { layout: 'none', groups: [] };
  if (scored[0]!.score.bold === 0) {
    // Nothing is bold: keep the most likely reading for other features, with no bold checks.
    return { layout: scored[0]!.layout, groups: [] };
  }
  if (model.options.bold === 'none') {
    return { layout: scored[0]!.layout, groups: [], boldSkipped: 'a directive says bold does not mark the best here (bold=none)' };
  }
  const highlight = highlightedRow(model);
  if (highlight !== undefined) {
    // A whole bold row is a method, so rows are methods: compare down the columns.
    return {
      layout: 'columns',
      groups: columnGroups(model),
      highlightRow: highlight,
      boldSkipped: `row ${rowLabel(model, highlight)} is bold throughout, so bold marks that row (a method) rather than the best values`,
    };
  }

  const min = Math.min(...scored.map((s) => s.score.mismatches));
  const best = scored.filter((s) => s.score.mismatches === min);
  const chosen = best.find((s) => s.layout === 'method-metric') ?? (best.length === 1 ? best[0] : undefined);
  if (!chosen) {
    return { layout: 'none', groups: [], boldSkipped: 'the bold fits comparing down columns and across rows equally well' };
  }
  // One or two wrong bolds are mistakes to report; many, mostly wrong, mean something else.
  if (chosen.score.bold >= 3 && chosen.score.boldBest * 2 < chosen.score.bold) {
    return { layout: 'none', groups: [], boldSkipped: 'most bold values are not the best of any comparison, so bold means something else here' };
  }
  return { layout: chosen.layout, groups: chosen.groups };
}
