/**
 * `ragged-row`: a row has more or fewer cells than the header. Renderers (GitHub, VS Code's
 * preview) add empty cells to a short row and drop the extra cells of a long one, so what the
 * author typed is not what readers see.
 *
 * Fixes are explicit and never delete a non-empty cell: pad a short row with empty cells,
 * remove extra cells that are empty, or escape a pipe that split a code span.
 */
import { MAX_AUTOCOMPLETED_CELLS } from '../detect/tableRule';
import type { Cell, Fix, Range, Row, TextEdit } from '../types';
import { type Rule, type RuleFinding } from './rule';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function at(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

function backticks(cell: Cell): number {
  return (cell.text.match(/`/g) ?? []).length;
}

/**
 * Whether changing the rows' cell counts could move the table's end: markdown-it ends a table
 * once it would fill in more than 65,536 empty cells, so padding short rows could pull the
 * lines it cut off into the table, and mending long rows could cut it earlier. Neither can
 * happen while the empty cells to fill, plus one more row's, stay under the limit.
 */
function nearCellLimit(rows: readonly Row[], width: number): boolean {
  let padded = 0;
  for (const row of rows) padded += Math.max(0, width - row.cells.length);
  return padded + width > MAX_AUTOCOMPLETED_CELLS;
}

/** Edits that escape the pipes lying inside code spans, if that gives the header's width. */
function escapeCodeSpanPipes(row: Row, width: number): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  let open = false;
  row.cells.slice(0, -1).forEach((cell) => {
    if (backticks(cell) % 2 === 1) open = !open;
    if (open) edits.push({ range: at(row.line, cell.rawEnd, cell.rawEnd + 1), newText: '\\|' });
  });
  return edits.length > 0 && row.cells.length - edits.length === width ? edits : undefined;
}

function padFix(row: Row, line: string, width: number): Fix {
  const missing = width - row.cells.length;
  if (row.cells.length === 0) {
    // A lone `|` holds no cell: write the whole row.
    const text = `|${'  |'.repeat(width)}`;
    return { title: `Pad the row with ${plural(missing, 'empty cell')}`, edits: [{ range: at(row.line, row.textStart, row.textEnd), newText: text }], preferred: true };
  }
  const trailingPipe = line.slice(0, row.textEnd).endsWith('|') && row.cells.length > 0 && row.cells[row.cells.length - 1]!.rawEnd < row.textEnd;
  const text = (trailingPipe ? '' : ' |') + '  |'.repeat(missing);
  return { title: `Pad the row with ${plural(missing, 'empty cell')}`, edits: [{ range: at(row.line, row.textEnd, row.textEnd), newText: text }], preferred: true };
}

export const raggedRow: Rule = {
  code: 'ragged-row',
  description: 'A row has a different number of cells than the header; renderers pad short rows and drop extra cells.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    const width = model.table.columnCount;
    const header = model.table.header;
    const related = [{ range: at(header.line, header.textStart, header.textEnd), message: `Header has ${width} cells` }];
    const atLimit = nearCellLimit(model.table.rows, width);
    const noFix = ' No automatic fix: the table is near markdown-it\'s limit of 65,536 empty cells it fills in, so changing how many cells its rows have could change where it ends.';
    for (const row of model.table.rows) {
      const count = row.cells.length;
      if (count === width) continue;
      if (count < width) {
        findings.push({
          range: at(row.line, row.textStart, row.textEnd),
          message: `Row has ${plural(count, 'cell')}, header has ${width}: renderers show ${plural(width - count, 'empty cell')} at its end.` + (atLimit ? noFix : ''),
          related,
          ...(atLimit ? {} : { fix: padFix(row, lines[row.line]!, width) }),
        });
        continue;
      }
      const extra = row.cells.slice(width);
      // Underline the extra cells' text; when they are all empty, the space they take.
      const written = extra.filter((cell) => cell.text !== '');
      const [from, to] = written.length > 0 ? [written[0]!.start, written[written.length - 1]!.end] : [extra[0]!.rawStart, extra[extra.length - 1]!.rawEnd];
      const nth = width + 1;
      const lost = extra.length === 1 ? `cell ${nth} is` : `cells ${nth}–${count} are`;
      let message = `Row has ${plural(count, 'cell')}, header has ${width}: ${lost} dropped when rendered` +
        (written.length > 0 ? ` (${plural(written.length, 'non-empty cell')} lost).` : '.');
      let fix: Fix | undefined;
      if (atLimit) {
        findings.push({ range: at(row.line, from, to), message: message + noFix, related });
        continue;
      }
      const escapes = row.cells.some((cell) => backticks(cell) % 2 === 1) ? escapeCodeSpanPipes(row, width) : undefined;
      if (escapes) {
        message += ' A pipe inside a code span splits the cell in GFM: write it as \\|.';
        fix = { title: 'Escape the pipe inside the code span as \\|', edits: escapes, preferred: true };
      } else if (written.length === 0) {
        const first = extra[0]!;
        fix = { title: `Remove the ${plural(extra.length, 'empty extra cell')}`, edits: [{ range: at(row.line, first.rawStart - 1, extra[extra.length - 1]!.rawEnd), newText: '' }], preferred: true };
      } else {
        message += ' No automatic fix: a person must decide where the extra cells belong.';
      }
      findings.push({ range: at(row.line, from, to), message, related, ...(fix ? { fix } : {}) });
    }
    return findings;
  },
};
