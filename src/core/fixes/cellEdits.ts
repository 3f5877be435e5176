/**
 * Edits that change the text of some cells and nothing else. In an aligned table (every pipe
 * at the same display column in every row) the table stays aligned: a cell that shrinks is
 * padded back, a cell that grows uses its padding, and only when it does not fit does its whole
 * column widen. Otherwise only the changed cells' text is replaced.
 */
import type { CellRef } from '../model/groups';
import type { ResultsTable } from '../model/resultsTable';
import { displayWidth } from '../format/width';
import type { Cell, Row, TextEdit } from '../types';

/** A cell's new trimmed text. */
export interface CellChange {
  readonly ref: CellRef;
  readonly text: string;
}

/** Whether `line` is printable ASCII from `from` to `to`, where display width is length. */
function printableAscii(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Display columns of the pipes of a row, measured from the row's start. */
function pipeColumns(line: string, row: Row, width: (s: string) => number): number[] {
  const end = row.cells.length > 0 ? row.cells[row.cells.length - 1]!.rawEnd : row.textStart;
  // The display width of printable ASCII is its length: no slices to measure.
  if (width === displayWidth && printableAscii(line, row.textStart, end)) return row.cells.map((cell) => cell.rawEnd - row.textStart);
  // Otherwise cell by cell, each piece from one pipe to the next: measuring every prefix from
  // the row's start was quadratic in the number of cells. A pipe begins a grapheme cluster
  // (unless it follows one of the rare Prepend characters), so the widths add up.
  let column = 0;
  let from = row.textStart;
  return row.cells.map((cell) => {
    column += width(line.slice(from, cell.rawEnd));
    from = cell.rawEnd;
    return column;
  });
}

const alignedCache = new WeakMap<ResultsTable, boolean>();

/** Whether every row of the table has its pipes at the same display columns (once per model). */
export function isAligned(model: ResultsTable, lines: readonly string[]): boolean {
  let aligned = alignedCache.get(model);
  if (aligned === undefined) alignedCache.set(model, (aligned = measureAligned(model, lines)));
  return aligned;
}

function measureAligned(model: ResultsTable, lines: readonly string[]): boolean {
  const width = model.options.stringWidth;
  const rows = [model.table.header, model.table.delimiter, ...model.table.rows];
  const first = pipeColumns(lines[rows[0]!.line]!, rows[0]!, width).join(',');
  return rows.every((row) => row.cells.length === model.table.columnCount && pipeColumns(lines[row.line]!, row, width).join(',') === first);
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function edit(cell: Cell, from: number, to: number, newText: string): TextEdit {
  return { range: { start: { line: cell.line, character: from }, end: { line: cell.line, character: to } }, newText };
}

/** Places `text` in a room of `room` display columns with the column's alignment. */
function place(text: string, room: number, lead: number, align: string, width: (s: string) => number): string {
  const free = room - width(text);
  if (align === 'right') return spaces(free - 1) + text + ' ';
  if (align === 'center') {
    const left = Math.floor((free - 2) / 2) + 1;
    return spaces(left) + text + spaces(free - left);
  }
  return spaces(lead) + text + spaces(free - lead);
}

/** The edits that give the cells their new texts. */
export function cellEdits(model: ResultsTable, lines: readonly string[], changes: readonly CellChange[]): TextEdit[] {
  const width = model.options.stringWidth;
  const table = model.table;
  const aligned = isAligned(model, lines);
  const edits: TextEdit[] = [];
  const real = changes
    .map((change) => ({ change, cell: table.rows[change.ref.row]!.cells[change.ref.column] }))
    .filter((c): c is { change: CellChange; cell: Cell } => c.cell !== undefined && c.cell.text !== c.change.text);
  const measure = (cell: Cell) => {
    const line = lines[cell.line]!;
    return {
      lead: width(line.slice(cell.rawStart, cell.start)),
      trail: width(line.slice(cell.end, cell.rawEnd)),
      room: width(line.slice(cell.rawStart, cell.rawEnd)),
    };
  };
  if (!aligned) {
    for (const { change, cell } of real) edits.push(edit(cell, cell.start, cell.end, change.text));
    return edits;
  }
  // How much each column must widen so that every new text fits after its leading space. Like
  // many authors (`| **87.5**|`), a cell may then touch its closing pipe: that keeps the table
  // aligned without touching any other row.
  const widened = new Map<number, number>();
  for (const { change, cell } of real) {
    const { room } = measure(cell);
    // Left: a space before the text; right and center: a space on each side.
    const align = table.aligns[change.ref.column] ?? '';
    const needed = width(change.text) + (align === 'right' || align === 'center' ? 2 : 1);
    if (needed > room) widened.set(change.ref.column, Math.max(widened.get(change.ref.column) ?? 0, needed - room));
  }
  for (const { change, cell } of real) {
    const { lead, room } = measure(cell);
    const align = table.aligns[change.ref.column] ?? '';
    const grown = room + (widened.get(change.ref.column) ?? 0);
    edits.push(edit(cell, cell.rawStart, cell.rawEnd, place(change.text, grown, Math.min(Math.max(lead, 1), Math.max(1, grown - width(change.text))), align, width)));
  }
  // Widen every other cell of a column that grew, on its padding side.
  for (const [column, delta] of widened) {
    const align = table.aligns[column] ?? '';
    const touched = new Set(real.filter((c) => c.change.ref.column === column).map((c) => c.change.ref.row));
    const others: Array<{ row: Row; dash: boolean }> = [
      { row: table.header, dash: false },
      { row: table.delimiter, dash: true },
      ...table.rows.filter((_, r) => !touched.has(r)).map((row) => ({ row, dash: false })),
    ];
    for (const { row, dash } of others) {
      const cell = row.cells[column];
      if (!cell) continue;
      if (dash) {
        const at = cell.start + cell.text.lastIndexOf('-') + 1;
        edits.push(edit(cell, at, at, '-'.repeat(delta)));
      } else if (align === 'right') {
        edits.push(edit(cell, cell.rawStart, cell.rawStart, spaces(delta)));
      } else {
        edits.push(edit(cell, cell.rawEnd, cell.rawEnd, spaces(delta)));
      }
    }
  }
  return edits;
}
