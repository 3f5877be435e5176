/**
 * Comparison groups: the sets of cells among which an author marks the best value.
 *
 * Three layouts are common: (a) `<Method> <Metric>` headers, where each row compares one
 * metric across methods; (b) rows are methods and columns metrics, compared down each column;
 * (c) rows are items and columns methods of one metric, compared across each row. The header
 * says (a); between (b) and (c), where the author put the bold decides. When neither reading
 * clearly fits, no group is formed, so that no bold finding is raised rather than a wrong one.
 */
import type { DirectionInfo } from './direction';
import { rowLabel } from './labels';
import { boldTiers, buildGroups, columnDrafts, draftValue, methodMetricDrafts, rowDrafts, score, type Draft, type Model } from './layouts';
import { rankValues, type Ranking } from './ranking';
import type { ResultsTable } from './resultsTable';

export { boldTiers, isSectionRow } from './layouts';

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

/** A number of a group with its cell and marks. */
export interface GroupNumber {
  readonly ref: CellRef;
  readonly value: number;
  readonly bold: boolean;
  readonly underline: boolean;
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
  let columns: Draft[] | undefined;
  for (let row = 0; row < model.values.length; row++) {
    if (model.summaryRows[row] || !boldThroughout(model, row)) continue;
    columns ??= columnDrafts(model);
    // A row that is bold throughout because it is best throughout is simply right.
    const tiers = boldTiers(model);
    const notBest = columns.some((draft) => {
      if (!draft.indices.includes(row)) return false;
      const own = model.values[row]![draft.column];
      if (own === undefined || own.kind !== 'number') return false;
      const numbers: number[] = [];
      for (let i = 0; i < draft.indices.length; i++) {
        const value = draftValue(model, draft, i);
        if (value !== undefined && value.kind === 'number') numbers.push(value.value);
      }
      const ranking = rankValues(numbers, draft.direction.direction, model.options.tieTolerance);
      return ranking !== undefined && ranking.rankOf(own.value) > tiers;
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
  const candidates: Array<{ layout: Layout; drafts: Draft[] }> = [];
  const mm = methodMetricDrafts(model);
  if (mm) candidates.push({ layout: 'method-metric', drafts: mm });
  // An Average row averages over rows, so rows are items, not methods: no comparing down
  // columns. An Avg column averages over columns, so columns are metrics, not methods.
  const hasSummaryRow = model.summaryRows.some((summary, r) => summary && model.values[r]!.some((v) => v.kind === 'number'));
  const hasSummaryColumn = model.columns.some((column) => column.summary && column.numeric);
  if (!hasSummaryRow || hasSummaryColumn) candidates.push({ layout: 'columns', drafts: columnDrafts(model) });
  const rows = hasSummaryColumn && !hasSummaryRow ? undefined : rowDrafts(model, tableDirection);
  if (rows) candidates.push({ layout: 'rows', drafts: rows });

  const scored = candidates.map((c) => ({ ...c, score: score(model, c.drafts) })).filter((c) => c.score.rankable > 0);
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
      groups: buildGroups(model, columnDrafts(model)),
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
  return { layout: chosen.layout, groups: buildGroups(model, chosen.drafts) };
}
