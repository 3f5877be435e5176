/**
 * What the hover says about a cell: for a number, its rank in its comparison group, the best
 * value and the gap to it, and the direction used and why; for a summary, the computed mean, the
 * number of values and the tolerance; for a non-number in a numeric column, why it was skipped.
 * Plain Markdown text; the extension shows it as is.
 */
import { explainDirection } from './model/direction';
import { groupNumbers, rankGroup, type CellRef } from './model/groups';
import { rowLabel } from './model/labels';
import type { ResultsTable } from './model/resultsTable';
import { numberAt, summaries } from './model/summaries';
import { averageTolerance } from './rules/averageMismatch';
import { cellName } from './rules/rule';
import type { NumberValue } from './values/parseValue';
import type { Position } from './types';

/** The body cell of `model` at `position`, if any. */
export function cellAt(model: ResultsTable, position: Position): CellRef | undefined {
  const row = model.table.rows.findIndex((r) => r.line === position.line);
  if (row < 0) return undefined;
  const column = model.table.rows[row]!.cells.findIndex((c) => position.character >= c.rawStart && position.character <= c.rawEnd);
  return column >= 0 && column < model.table.columnCount ? { row, column } : undefined;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function format(value: number, decimals: number): string {
  return value.toFixed(Math.min(20, decimals));
}

/** Lines of Markdown describing the cell, or an empty list when there is nothing to say. */
export function describeCell(model: ResultsTable, ref: CellRef): string[] {
  const lines: string[] = [];
  const column = model.columns[ref.column];
  if (!column || ref.column === model.labelColumn) return lines;
  const value = model.values[ref.row]![ref.column]!;
  const cellText = model.table.rows[ref.row]!.cells[ref.column]?.text ?? '';
  if (value.kind !== 'number') {
    if (column.numeric) {
      lines.push(value.kind === 'missing'
        ? `Skipped: \`${escape(cellText) || 'empty'}\` means no value here, and a missing value is never counted as 0.`
        : `Skipped: \`${escape(cellText)}\` is not a number, so it is not compared or averaged.`);
    }
    return lines;
  }
  const decimals = value.decimals;
  for (const summary of summaries(model)) {
    if (summary.target.row !== ref.row || summary.target.column !== ref.column) continue;
    // The first candidate scope whose values are all there: the one the check reports on.
    const scope = summary.candidates.map((c) => c.map((input) => numberAt(model, input))).find((c) => c.every((v) => v !== undefined));
    if (!scope) {
      lines.push(`**Summary**: not checked, because a value it summarises is missing.`);
      break;
    }
    const inputs = scope as NumberValue[];
    const mean = inputs.reduce((sum, v) => sum + v.value, 0) / inputs.length;
    const tolerance = averageTolerance(model, value, inputs);
    lines.push(`**Summary** of ${inputs.length} values: computed mean ${format(mean, decimals + 3)}, reported ${format(value.value, decimals)}.`);
    lines.push(`Tolerance ±${format(tolerance, decimals + 2)} (${model.options.averageTolerance === 'auto' ? 'half a unit of its last place plus half a unit of the inputs\' last place' : 'from the settings or a directive'}).`);
    break;
  }
  const group = model.groups.find((g) => g.cells.some((c) => c.row === ref.row && c.column === ref.column));
  if (group) {
    const numbers = groupNumbers(model, group);
    const ranking = rankGroup(model, group, numbers);
    if (ranking) {
      const rank = ranking.rankOf(value.value);
      const best = ranking.best;
      const gap = Math.abs(best - value.value);
      const bestCells = numbers.filter((n) => n.value === best).map((n) => cellName(model, n.ref));
      lines.push(`**Rank ${rank} of ${ranking.tierCount}** among ${numbers.length} values of ${escape(group.metric)}${group.where ? ` in ${escape(group.where)}` : ''}.`);
      lines.push(rank === 1 ? 'This is the best value.' : `Best: ${format(best, decimals)} (${escape(bestCells.join(', '))}), ${format(gap, decimals)} ${group.direction.direction === 'lower' ? 'lower' : 'higher'}.`);
      lines.push(`Direction: ${explainDirection(group.direction)}.`);
    }
  } else if (!model.summaryRows[ref.row]) {
    lines.push(`Direction of ${escape(column.header)}: ${explainDirection(column.direction)}.`);
  }
  if (model.boldSkipped) lines.push(`Bold is not checked in this table: ${escape(model.boldSkipped)}.`);
  if (model.highlightRow === ref.row) lines.push(`Row ${escape(rowLabel(model, ref.row))} is read as the highlighted method, not as a claim of "best" values.`);
  return lines;
}
