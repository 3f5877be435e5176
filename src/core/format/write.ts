/**
 * Writes a grid back in place of a table: rendered aligned, each row behind its own container
 * prefix, and checked by detecting the tables of the result again. The author's outer-pipe
 * style is tried first; full pipes are the fallback when that style cannot hold the grid (an
 * empty first cell without a leading pipe, a one-dash delimiter that reads as a list item).
 */
import { detectTables } from '../detect/detectTables';
import { applyEdits, lineOffsets } from '../edits';
import type { Table, TextEdit } from '../types';
import { allRows, hasLeadingPipe, hasTrailingPipe, type Grid, type PipeStyle } from './grid';
import { readsBackAs, renderGrid } from './render';
import type { WidthFunction } from './width';

/** A document: its text and its lines (without line breaks). */
export interface Doc {
  readonly text: string;
  readonly lines: readonly string[];
}

const FULL: PipeStyle = { leading: true, trailing: true };

/** The table's style: a side has pipes when any row has one there (mixed styles get them). */
export function styleOf(table: Table): PipeStyle {
  const rows = allRows(table);
  return { leading: rows.some(hasLeadingPipe), trailing: rows.some(hasTrailingPipe) };
}

/** Renders `grid` in `style` or, failing that, with full pipes; undefined when neither reads back. */
export function renderChecked(grid: Grid, style: PipeStyle, width: WidthFunction, fullPipes = false): string[] | undefined {
  for (const candidate of fullPipes ? [FULL] : [style, FULL]) {
    const rendered = renderGrid(grid, candidate, width);
    if (readsBackAs(rendered, grid)) return rendered;
  }
  return undefined;
}

/** The line break that ends `line`, else (on the last line) the document's first one. */
function breakAfter(doc: Doc, line: number): string {
  const offsets = lineOffsets(doc.text);
  const next = offsets[line + 1];
  if (next !== undefined) return doc.text.slice(offsets[line]! + doc.lines[line]!.length, next);
  return /\r\n|\r|\n/.exec(doc.text)?.[0] ?? '\n';
}

/**
 * Edits that put `rendered` in place of the table's rows. With as many lines as the table, only
 * the rows that differ are replaced, from the end of their prefix to the end of the line;
 * otherwise the whole table is replaced, new lines taking the prefix of the last row.
 */
export function replaceRows(doc: Doc, table: Table, rendered: readonly string[]): TextEdit[] {
  const rows = allRows(table);
  const prefixes = rows.map((row) => doc.lines[row.line]!.slice(0, row.textStart));
  if (rendered.length === rows.length) {
    const edits: TextEdit[] = [];
    rows.forEach((row, i) => {
      const line = doc.lines[row.line]!;
      if (line.slice(row.textStart) === rendered[i]) return;
      edits.push({
        range: { start: { line: row.line, character: row.textStart }, end: { line: row.line, character: line.length } },
        newText: rendered[i]!,
      });
    });
    return edits;
  }
  const eol = breakAfter(doc, table.startLine);
  const last = table.endLine - 1;
  const text = rendered.map((row, i) => prefixes[Math.min(i, prefixes.length - 1)] + row).join(eol);
  return [{ range: { start: { line: table.startLine, character: 0 }, end: { line: last, character: doc.lines[last]!.length } }, newText: text }];
}

/** Whether a detected table holds exactly the grid's cells and alignments. */
export function tableMatches(table: Table | undefined, grid: Grid): boolean {
  if (!table || table.aligns.length !== grid.aligns.length || table.rows.length !== grid.rows.length) return false;
  if (!table.aligns.every((align, i) => align === grid.aligns[i])) return false;
  const same = (cells: readonly { text: string }[], expected: readonly string[]): boolean =>
    cells.length === expected.length && cells.every((cell, i) => cell.text === expected[i]);
  return same(table.header.cells, grid.header) && table.rows.every((row, r) => same(row.cells, grid.rows[r]!));
}

/** What a table starting at `startLine` must hold after the edits. */
export interface Expectation {
  readonly startLine: number;
  readonly grid: Grid;
}

/** The expectations that the edited document does not meet. */
export function unmet(doc: Doc, edits: readonly TextEdit[], expected: readonly Expectation[]): Expectation[] {
  if (expected.length === 0) return [];
  const tables = detectTables(applyEdits(doc.text, edits));
  const byStart = new Map(tables.map((table) => [table.startLine, table]));
  return expected.filter((e) => !tableMatches(byStart.get(e.startLine), e.grid));
}

/**
 * Edits that replace `table` by `grid`, checked: undefined when no rendering keeps every cell
 * (which would be a bug, reported rather than written).
 */
export function writeGrid(doc: Doc, table: Table, grid: Grid, width: WidthFunction): TextEdit[] | undefined {
  const style = styleOf(table);
  for (const fullPipes of [false, true]) {
    const rendered = renderChecked(grid, style, width, fullPipes);
    if (!rendered) continue;
    const edits = replaceRows(doc, table, rendered);
    if (unmet(doc, edits, [{ startLine: table.startLine, grid }]).length === 0) return edits;
  }
  return undefined;
}
