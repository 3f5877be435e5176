/**
 * Formatting: every selected table re-rendered aligned, touching nothing but its rows after
 * their container prefixes. A table with ragged rows or pipes inside code spans is refused
 * with its problems and explicit fixes. The edits are checked by detecting the tables of the
 * result: a table that would not read back cell for cell is retried with full outer pipes,
 * and refused if even that fails.
 */
import { detectTables } from '../detect/detectTables';
import { splitLines } from '../detect/lines';
import type { Range, Table, TextEdit } from '../types';
import { readTable } from './grid';
import { tableFixes, tableProblems, type TableFix, type TableProblem } from './problems';
import { displayWidth, type WidthFunction } from './width';
import { renderChecked, replaceRows, styleOf, unmet, type Doc, type Expectation } from './write';

export interface FormatOptions {
  /** Display width of a cell's text; `string-width` by default. */
  readonly width?: WidthFunction;
  /** Only tables with a line in this range are formatted; all when absent. */
  readonly range?: Range;
}

/** A table left as it is, with why and what the user can do. */
export interface Refusal {
  readonly table: Table;
  readonly problems: readonly TableProblem[];
  readonly fixes: readonly TableFix[];
}

export interface FormatResult {
  /** Edits for every table that needs formatting; apply with `applyEdits`. */
  readonly edits: TextEdit[];
  /** Tables that the edits change. */
  readonly changed: readonly Table[];
  readonly refused: readonly Refusal[];
  /** Every selected table, formatted or not. */
  readonly tables: readonly Table[];
}

function inRange(table: Table, range: Range | undefined): boolean {
  if (!range) return true;
  return table.startLine <= range.end.line && range.start.line < table.endLine;
}

interface Planned {
  readonly table: Table;
  readonly expectation: Expectation;
  edits: TextEdit[];
}

const never = () => false;

/** Formats the tables of a Markdown document. */
export function formatDocument(text: string, options: FormatOptions = {}): FormatResult {
  return formatDocumentUnless(text, options, never)!;
}

/**
 * Formats the tables of a Markdown document, asking `cancelled` before each table and giving
 * undefined (no edits at all, never a part of them) as soon as it says yes.
 */
export function formatDocumentUnless(text: string, options: FormatOptions, cancelled: () => boolean): FormatResult | undefined {
  const width = options.width ?? displayWidth;
  const doc: Doc = { text, lines: splitLines(text) };
  const tables = detectTables(text).filter((table) => inRange(table, options.range));
  const refused: Refusal[] = [];
  const planned: Planned[] = [];
  for (const table of tables) {
    if (cancelled()) return undefined;
    const problems = tableProblems(doc, table);
    if (problems.length > 0) {
      refused.push({ table, problems, fixes: tableFixes(doc, table, width) });
      continue;
    }
    const grid = readTable(table, doc.lines);
    const rendered = renderChecked(grid, styleOf(table), width);
    if (!rendered) {
      refused.push({ table, problems: [cannotFormat(table)], fixes: [] });
      continue;
    }
    const edits = replaceRows(doc, table, rendered);
    if (edits.length > 0) planned.push({ table, expectation: { startLine: table.startLine, grid }, edits });
  }
  // Check all tables at once; retry the ones that fail alone, with full outer pipes.
  const failed = new Set(unmet(doc, planned.flatMap((p) => p.edits), planned.map((p) => p.expectation)).map((e) => e.startLine));
  for (const plan of planned) {
    if (!failed.has(plan.table.startLine)) continue;
    if (cancelled()) return undefined;
    const rendered = renderChecked(plan.expectation.grid, styleOf(plan.table), width, true);
    const edits = rendered ? replaceRows(doc, plan.table, rendered) : [];
    const ok = rendered !== undefined && unmet(doc, edits, [plan.expectation]).length === 0;
    plan.edits = ok ? edits : [];
    if (!ok) refused.push({ table: plan.table, problems: [cannotFormat(plan.table)], fixes: [] });
  }
  const kept = planned.filter((p) => p.edits.length > 0);
  refused.sort((a, b) => a.table.startLine - b.table.startLine);
  return { edits: kept.flatMap((p) => p.edits), changed: kept.map((p) => p.table), refused, tables };
}

function cannotFormat(table: Table): TableProblem {
  const line = table.header.line;
  return {
    code: 'cannot-format',
    message: 'This table cannot be re-aligned without changing what it shows; it is left as it is.',
    range: { start: { line, character: table.header.textStart }, end: { line, character: table.header.textEnd } },
  };
}

/** The table that holds `line`, if any. */
export function tableAtLine(tables: readonly Table[], line: number): Table | undefined {
  return tables.find((table) => table.startLine <= line && line < table.endLine);
}

/** Whether a table is already formatted (or cannot be): formatting would not change it. */
export function isFormatted(text: string, table: Table, width: WidthFunction = displayWidth): boolean {
  const range = { start: { line: table.startLine, character: 0 }, end: { line: table.startLine, character: 0 } };
  const result = formatDocument(text, { width, range });
  return result.edits.length === 0 && result.refused.length === 0;
}
