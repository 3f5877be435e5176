/**
 * What a rule is: metadata plus one function from an understood table to findings. Rules are
 * listed in order in `index.ts`; the README's list of checks is tested against that list.
 */
import type { CellRef, Group } from '../model/groups';
import { rowLabel } from '../model/labels';
import type { ResultsTable } from '../model/resultsTable';
import type { Cell, Fix, Range, Related, Severity } from '../types';

export interface RuleContext {
  readonly model: ResultsTable;
  /** The document's lines. */
  readonly lines: readonly string[];
}

/** A finding as a rule reports it; the checker adds the severity from the configuration. */
export interface RuleFinding {
  readonly range: Range;
  readonly message: string;
  readonly related: readonly Related[];
  readonly fix?: Fix;
  /** A lower severity than the configured one, for findings that are only information. */
  readonly severity?: Severity;
}

export interface Rule {
  /** Stable kebab-case code, also the anchor of its section in the README. */
  readonly code: string;
  /** One sentence for the README and settings. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly check: (context: RuleContext) => RuleFinding[];
}

/** The range of a cell's trimmed text. */
export function cellRange(cell: Cell): Range {
  return { start: { line: cell.line, character: cell.start }, end: { line: cell.line, character: cell.end } };
}

/** The range of a body cell's number when it shows one, else of its text. */
export function valueRange(model: ResultsTable, ref: CellRef): Range {
  const cell = model.table.rows[ref.row]!.cells[ref.column];
  if (!cell) {
    const row = model.table.rows[ref.row]!;
    return { start: { line: row.line, character: row.textEnd }, end: { line: row.line, character: row.textEnd } };
  }
  const value = model.values[ref.row]![ref.column]!;
  if (value.kind !== 'number') return cellRange(cell);
  return {
    start: { line: cell.line, character: cell.start + value.numberStart },
    end: { line: cell.line, character: cell.start + value.numberEnd },
  };
}

/**
 * How a message names a compared cell: by its header (`DRAEM AP`, a method) when rows are
 * compared across columns, by its row label (`Ours`) when columns are compared down rows.
 */
export function cellName(model: ResultsTable, ref: CellRef): string {
  return model.layout === 'columns' ? rowLabel(model, ref.row) : model.columns[ref.column]!.header;
}

/** `AP in row bottle`, or just `FID` for a whole column. */
export function inGroup(group: Group): string {
  return group.where === '' ? group.metric : `${group.metric} in ${group.where}`;
}

/** Formats a number for a message with at most `decimals` places, dropping trailing zeros. */
export function formatNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(Math.min(20, Math.max(0, decimals)))));
}

/** A cell's displayed number, exactly as written (without marks). */
export function shown(model: ResultsTable, ref: CellRef): string {
  const cell = model.table.rows[ref.row]!.cells[ref.column]!;
  const value = model.values[ref.row]![ref.column]!;
  return value.kind === 'number' ? cell.text.slice(value.numberStart, value.numberEnd) : cell.text;
}
