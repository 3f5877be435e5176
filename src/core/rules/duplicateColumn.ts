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

/**
 * A cheap fingerprint of a column's numbers and blanks, equal for equal columns; undefined for a
 * column with text. Only columns that share one are compared by their full keys.
 */
function fingerprint(model: ResultsTable, column: number): number | undefined {
  let hash = 0;
  for (const row of model.values) {
    const value = row[column]!;
    if (value.kind === 'text') return undefined;
    hash = (Math.imul(hash, 31) + (value.kind === 'number' ? (value.value * 1000) | 0 : -1)) | 0;
  }
  return hash;
}

export const duplicateColumn: Rule = {
  code: 'duplicate-column',
  description: 'Two numeric columns are identical in every row: probably a column pasted twice. No automatic fix: a person must decide.',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    const fingerprints = new Map<number, number>();
    const shared = new Set<number>();
    model.columns.forEach((column, c) => {
      const print = column.numeric ? fingerprint(model, c) : undefined;
      if (print === undefined) return;
      const other = fingerprints.get(print);
      if (other === undefined) fingerprints.set(print, c);
      else shared.add(other).add(c);
    });
    const seen = new Map<string, number>();
    model.columns.forEach((column, c) => {
      if (!shared.has(c)) return;
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
