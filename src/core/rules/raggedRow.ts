/**
 * `ragged-row`: a row has more or fewer cells than the header. Renderers (GitHub, VS Code's
 * preview) add empty cells to a short row and drop the extra cells of a long one, so what the
 * author typed is not what readers see.
 */
import type { Range } from '../types';
import { type Rule, type RuleFinding } from './rule';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const raggedRow: Rule = {
  code: 'ragged-row',
  description: 'A row has a different number of cells than the header; renderers pad short rows and drop extra cells.',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    const width = model.table.columnCount;
    for (const row of model.table.rows) {
      const count = row.cells.length;
      if (count === width) continue;
      let range: Range;
      let message: string;
      if (count < width) {
        range = { start: { line: row.line, character: row.textStart }, end: { line: row.line, character: row.textEnd } };
        message = `Row has ${plural(count, 'cell')}, header has ${width}: renderers show ${plural(width - count, 'empty cell')} at its end.`;
      } else {
        const extra = row.cells.slice(width);
        // Underline the extra cells' text; when they are all empty, the space they take.
        const written = extra.filter((cell) => cell.text !== '');
        const [from, to] = written.length > 0 ? [written[0]!.start, written[written.length - 1]!.end] : [extra[0]!.rawStart, extra[extra.length - 1]!.rawEnd];
        range = { start: { line: row.line, character: from }, end: { line: row.line, character: to } };
        const dropped = extra.filter((cell) => cell.text !== '').length;
        const nth = width + 1;
        const lost = extra.length === 1 ? `cell ${nth} is` : `cells ${nth}–${count} are`;
        message = `Row has ${plural(count, 'cell')}, header has ${width}: ${lost} dropped when rendered` +
          (dropped > 0 ? ` (${plural(dropped, 'non-empty cell')} lost).` : '.');
        if (row.cells.some((cell) => (cell.text.match(/`/g) ?? []).length % 2 === 1)) {
          message += ' A pipe inside a code span splits the cell in GFM: write it as \\|.';
        }
      }
      const header = model.table.header;
      const headerRange: Range = { start: { line: header.line, character: header.textStart }, end: { line: header.line, character: header.textEnd } };
      findings.push({ range, message, related: [{ range: headerRange, message: `Header has ${width} cells` }] });
    }
    return findings;
  },
};
