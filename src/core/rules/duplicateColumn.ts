/**
 * `duplicate-column`: two numeric columns show the same number in every row, the usual sign of
 * a column pasted twice. Columns with fewer than three numbers or fewer than three distinct
 * values (two saturated columns of 100.0) can match by chance and are skipped. No automatic
 * fix: a person must decide which column is right.
 */
import type { ResultsTable } from '../model/resultsTable';
import { cellRange, type Rule, type RuleFinding } from './rule';

/** A column's displayed numbers as one comparable key, or undefined when it cannot be compared. */
function columnKey(model: ResultsTable, column: number): string | undefined {
  const parts: string[] = [];
  let numbers = 0;
  for (const row of model.values) {
    const value = row[column]!;
    if (value.kind === 'number') {
      numbers++;
      parts.push(String(value.value));
    } else if (value.kind === 'missing') {
      parts.push('');
    } else {
      return undefined;
    }
  }
  const distinct = new Set(parts.filter((p) => p !== ''));
  // Three distinct values at least: two saturated columns (99.9, 100.0, 100.0) match by chance.
  return numbers >= 3 && distinct.size >= 3 ? parts.join('\u0000') : undefined;
}

export const duplicateColumn: Rule = {
  code: 'duplicate-column',
  description: 'Two numeric columns are identical in every row: probably a column pasted twice. No automatic fix: a person must decide.',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, number>();
    model.columns.forEach((column, c) => {
      if (!column.numeric) return;
      const key = columnKey(model, c);
      if (key === undefined) return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, c);
        return;
      }
      const header = model.table.header.cells[c]!;
      const original = model.table.header.cells[first]!;
      findings.push({
        range: cellRange(header),
        message:
          `Column ${column.header} is identical to column ${model.columns[first]!.header} in all ${model.values.length} rows; ` +
          'one was probably pasted in place of the other. Fix it by hand: there is no automatic fix.',
        related: [{ range: cellRange(original), message: `Same values as column ${model.columns[first]!.header}` }],
      });
    });
    return findings;
  },
};
