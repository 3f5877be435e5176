/**
 * Why a table is not re-padded, and the explicit fixes offered instead. A ragged row (more or
 * fewer cells than the header) or a pipe splitting a code span means that what the author
 * typed is not what readers see; padding it silently would hide that. The fixes never delete
 * a non-empty cell.
 */
import type { Range, Table, TextEdit } from '../types';
import { pipesInCodeSpans } from './codeSpans';
import { readTable, type Grid } from './grid';
import type { WidthFunction } from './width';
import { writeGrid, type Doc } from './write';

export type ProblemCode = 'ragged-row' | 'code-span-pipe' | 'cannot-format';

/** One reason not to format a table. */
export interface TableProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly range: Range;
}

/** An explicit fix the user may choose. */
export interface TableFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function cells(n: number): string {
  return `${n} cell${n === 1 ? '' : 's'}`;
}

function dropped(width: number, count: number): string {
  if (count === width + 1) return `the ${ORDINALS[width] ?? `cell ${width + 1}`} is dropped`;
  return `cells ${width + 1}–${count} are dropped`;
}

/** Everything that stops `table` from being formatted, in line order. */
export function tableProblems(doc: Doc, table: Table): TableProblem[] {
  const problems: TableProblem[] = [];
  const width = table.columnCount;
  for (const row of [table.header, ...table.rows]) {
    const line = doc.lines[row.line]!;
    const pipes = pipesInCodeSpans(line, row);
    if (pipes.length > 0) {
      problems.push({
        code: 'code-span-pipe',
        message: `A pipe inside a code span splits the cell (GFM splits a row on every unescaped pipe, so this row has ${cells(row.cells.length)}); write it as \\|.`,
        range: { start: { line: row.line, character: pipes[0]! }, end: { line: row.line, character: pipes[0]! + 1 } },
      });
    }
    const count = row.cells.length;
    if (row === table.header || count === width) continue;
    const message = count < width
      ? `Row has ${cells(count)}, header has ${width}; renderers add ${count === width - 1 ? 'an empty cell' : `${width - count} empty cells`} at its end.`
      : `Row has ${cells(count)}, header has ${width}; ${dropped(width, count)} when rendered.`;
    problems.push({
      code: 'ragged-row',
      message,
      range: { start: { line: row.line, character: row.textStart }, end: { line: row.line, character: row.textEnd } },
    });
  }
  return problems;
}

/** Cells of a row without the empty cells it has beyond `width`. */
function withoutEmptyExtras(row: readonly string[], width: number): string[] {
  let end = row.length;
  while (end > width && row[end - 1] === '') end--;
  return row.slice(0, end);
}

/**
 * The largest table, in cells, that "Pad the table" writes. One long row in a table of many
 * rows (a tester's 10,002 cells over 70,000 rows) would otherwise make a fix of hundreds of
 * millions of empty cells, built for every format of the document, and run out of memory.
 */
export const MAX_PADDED_CELLS = 2_000_000;

/**
 * The grid padded to the widest row; empty cells beyond the header are dropped, nothing else.
 * Undefined when that grid would hold more than `MAX_PADDED_CELLS` cells.
 */
export function paddedGrid(grid: Grid): Grid | undefined {
  const width = grid.header.length;
  const rows = grid.rows.map((row) => withoutEmptyExtras(row, width));
  let target = width;
  for (const row of rows) target = Math.max(target, row.length);
  if (target * (rows.length + 1) > MAX_PADDED_CELLS) return undefined;
  const pad = <T>(row: readonly T[], value: T): T[] => [...row, ...new Array<T>(target - row.length).fill(value)];
  return { header: pad(grid.header, ''), aligns: pad(grid.aligns, ''), rows: rows.map((row) => pad(row, '')) };
}

/** The explicit fixes for a table with problems. */
export function tableFixes(doc: Doc, table: Table, width: WidthFunction): TableFix[] {
  const fixes: TableFix[] = [];
  const escapes: TextEdit[] = [];
  for (const row of [table.header, ...table.rows]) {
    for (const pipe of pipesInCodeSpans(doc.lines[row.line]!, row)) {
      escapes.push({ range: { start: { line: row.line, character: pipe }, end: { line: row.line, character: pipe } }, newText: '\\' });
    }
  }
  if (escapes.length > 0) {
    const what = escapes.length === 1 ? 'the pipe inside a code span' : `the ${escapes.length} pipes inside code spans`;
    fixes.push({ title: `Escape ${what} as \\|`, edits: escapes });
  }
  if (table.rows.some((row) => row.cells.length !== table.columnCount)) {
    const padded = paddedGrid(readTable(table, doc.lines));
    const edits = padded && writeGrid(doc, table, padded, width);
    if (padded && edits) {
      const columns = padded.header.length;
      const added = columns - table.columnCount;
      const title = added === 0
        ? `Pad the table to ${columns} columns`
        : `Pad the table to ${columns} columns (adds ${added === 1 ? 'an empty header cell' : `${added} empty header cells`}, so no cell is dropped)`;
      fixes.push({ title, edits });
    }
  }
  return fixes;
}
