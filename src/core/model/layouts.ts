/**
 * The candidate layouts of a table, as drafts of their comparison groups, and how well the bold
 * fits each. A draft is one row and the columns it takes, or one column and the rows it takes;
 * the index lists are shared by the drafts of a layout. Scoring every candidate so allocates
 * nothing per cell, and only the chosen layout's groups are built (`buildGroups`): building
 * a cell reference per cell for three candidates was much of the garbage of understanding a
 * table.
 */
import { isDescriptiveColumn } from './descriptive';
import type { DirectionInfo } from './direction';
import type { CellRef, Group } from './groups';
import { rowLabel } from './labels';
import { topTiers } from './ranking';
import type { ResultsTable } from './resultsTable';
import type { CellValue } from '../values/parseValue';

/** A table understood up to its layout: what the drafts are made from. */
export type Model = Omit<ResultsTable, 'layout' | 'groups' | 'boldSkipped' | 'highlightRow'>;

/** A comparison group before it is built. */
export interface Draft {
  /** The group's row, or -1 when it runs down a column. */
  readonly row: number;
  /** The group's column, or -1 when it runs across a row. */
  readonly column: number;
  /** The columns (of a row's group) or the rows (of a column's group) it takes, in order. */
  readonly indices: readonly number[];
  readonly metric: string;
  /** Where it lies, for messages; undefined for a row's group, which is `row <label>`. */
  readonly where: string | undefined;
  readonly direction: DirectionInfo;
}

/** The value of a draft's `i`th cell. */
export function draftValue(model: Pick<ResultsTable, 'values'>, draft: Draft, i: number): CellValue | undefined {
  const index = draft.indices[i]!;
  return draft.row >= 0 ? model.values[draft.row]?.[index] : model.values[index]?.[draft.column];
}

/** The groups of a layout's drafts, with a reference for every cell. */
export function buildGroups(model: Model, drafts: readonly Draft[]): Group[] {
  return drafts.map((draft) => {
    const cells: CellRef[] = draft.row >= 0
      ? draft.indices.map((column) => ({ row: draft.row, column }))
      : draft.indices.map((row) => ({ row, column: draft.column }));
    return { cells, metric: draft.metric, where: draft.where ?? `row ${rowLabel(model, draft.row)}`, direction: draft.direction };
  });
}

/** `<Method> <Metric>` headers: each row compares one metric across methods. */
export function methodMetricDrafts(model: Model): Draft[] | undefined {
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
  const drafts: Draft[] = [];
  for (let row = 0; row < model.table.rows.length; row++) {
    for (const [metric, cs] of byMetric) {
      drafts.push({ row, column: -1, indices: cs, metric, where: undefined, direction: model.columns[cs[0]!]!.methodMetric!.direction });
    }
  }
  return drafts;
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

/** Rows are methods: each numeric column is compared down its rows, section by section. */
export function columnDrafts(model: Model): Draft[] {
  // Body rows split into sections at section rows; summary rows compare nothing here.
  const sections: Array<{ name: string | undefined; rows: number[] }> = [{ name: undefined, rows: [] }];
  for (let row = 0; row < model.table.rows.length; row++) {
    if (isSectionRow(model, row)) sections.push({ name: rowLabel(model, row), rows: [] });
    else if (!model.summaryRows[row]) sections[sections.length - 1]!.rows.push(row);
  }
  const drafts: Draft[] = [];
  model.columns.forEach((column, c) => {
    if (!column.numeric) return;
    for (const section of sections) {
      if (section.rows.length === 0) continue;
      drafts.push({
        row: -1, column: c, indices: section.rows, metric: column.header,
        where: section.name === undefined ? '' : `section ${section.name}`, direction: column.direction,
      });
    }
  });
  return drafts;
}

/** Rows are items, columns methods of one metric: each row is compared across its columns. */
export function rowDrafts(model: Model, tableDirection: DirectionInfo): Draft[] | undefined {
  // Descriptive columns (Classes, Params, whole numbers among decimals) are not methods.
  const decimals = model.values.some((row) => row.some((v) => v.kind === 'number' && v.decimals > 0));
  const columns: number[] = [];
  model.columns.forEach((column, c) => {
    if (column.numeric && !column.summary && !isDescriptiveColumn(model as ResultsTable, c, decimals)) columns.push(c);
  });
  for (const c of columns) {
    const { direction } = model.columns[c]!;
    if (direction.reason !== 'default' && direction.reason !== 'caption' && direction.direction !== tableDirection.direction) return undefined;
  }
  const drafts: Draft[] = [];
  for (let row = 0; row < model.table.rows.length; row++) {
    drafts.push({ row, column: -1, indices: columns, metric: 'value', where: undefined, direction: tableDirection });
  }
  return drafts;
}

/** How many tiers bold marks: 1 for the best, 2 for "top two". */
export function boldTiers(model: Pick<ResultsTable, 'options'>): number {
  return model.options.bold === 'top2' ? 2 : 1;
}

export interface Score {
  mismatches: number;
  bold: number;
  boldBest: number;
  /** Groups with at least two numbers: a layout without any compares nothing. */
  rankable: number;
}

/** How well the bold fits a layout's drafts; one scratch array for all, no ranking. */
export function score(model: Model, drafts: readonly Draft[]): Score {
  const result: Score = { mismatches: 0, bold: 0, boldBest: 0, rankable: 0 };
  const tiers = boldTiers(model);
  const values: number[] = [];
  for (const draft of drafts) {
    const lower = draft.direction.direction === 'lower';
    const size = draft.indices.length;
    let count = 0;
    let anyBold = false;
    for (let i = 0; i < size; i++) {
      const value = draftValue(model, draft, i);
      if (value === undefined || value.kind !== 'number') continue;
      values[count++] = value.value;
      if (value.bold) anyBold = true;
    }
    if (count < 2) continue;
    const { tierCount, boundary } = topTiers(values, draft.direction.direction, model.options.tieTolerance, tiers, count);
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
    for (let i = 0; i < size; i++) {
      const value = draftValue(model, draft, i);
      if (value === undefined || value.kind !== 'number') continue;
      const isBest = lower ? value.value <= boundary : value.value >= boundary;
      if (value.bold) result.bold++;
      if (value.bold && isBest) result.boldBest++;
      if (value.bold !== isBest) result.mismatches++;
    }
  }
  return result;
}
