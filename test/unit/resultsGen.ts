/**
 * A fast-check generator of results tables: headers of methods and metrics (arrows, `Avg`,
 * `<Method> <Metric>`, descriptive columns), labels with `Average` rows and section rows, and
 * values in every spelling the reader knows (bold, underline, LaTeX, spreads, missing),
 * aligned or not, some rows ragged. Shared by the tests that compare a fast path of the
 * model or the rules with the general code.
 */
import fc from 'fast-check';

const label = fc.constantFrom('bottle', 'cable', 'Ours', 'DRAEM', '**Ours**', '1', '', 'Average', '**Mean**', 'Avg.', 'Overall', '*Section*');
const header = fc.constantFrom('AUC', 'AP', 'FID↓', 'Error', 'Acc', 'Params', 'Year', 'Avg', 'Mean', 'Latency (ms)', 'Top-1', '', 'F1 ↑', 'time', '#');
const methodHeader = fc.tuple(fc.constantFrom('DRAEM', 'Ours', 'PRN'), fc.constantFrom('AUC', 'AP', 'FID↓', 'Avg')).map(([m, k]) => `${m} ${k}`);
const number = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 1, 2)).map(([n, d]) => (n * 2.5).toFixed(d));
const value = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: number.map((n) => `**${n}**`) },
  { weight: 1, arbitrary: number.map((n) => `<u>${n}</u>`) },
  { weight: 1, arbitrary: fc.tuple(number, fc.constantFrom('__', '<b>', '$\\mathbf{', '*')).map(([n, w]) => (w === '<b>' ? `<b>${n}</b>` : w === '$\\mathbf{' ? `$\\mathbf{${n}}$` : `${w}${n}${w}`)) },
  { weight: 1, arbitrary: fc.constantFrom('-', 'N/A', '', 'text', '1,234', '12.5 ± 0.4', '**80.1**†', '3%', '-0.0') },
);

/** One table's cells: header row first, then body rows (possibly ragged). */
export const resultsTableCells: fc.Arbitrary<string[][]> = fc
  .tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 9 }), fc.boolean())
  .chain(([columns, rows, methodMetric]) =>
    fc.tuple(
      fc.array(methodMetric ? methodHeader : header, { minLength: columns - 1, maxLength: columns - 1 }),
      fc.array(
        fc.tuple(label, fc.array(value, { minLength: columns - 2, maxLength: columns }), fc.boolean()).map(([l, vs, section]) =>
          l === '*Section*' && section ? [l, ...vs.map(() => '')] : [l, ...vs],
        ),
        { minLength: rows, maxLength: rows },
      ),
    ),
  )
  .map(([headers, body]) => [['Method', ...headers], ...body]);

/** A table's cells as Markdown, its pipes aligned or not. */
export function renderTable(cells: readonly string[][], aligned: boolean): string {
  const width = cells[0]!.map((_, c) => Math.max(3, ...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) => (aligned ? `| ${row.map((cell, c) => cell.padEnd(width[c] ?? 3)).join(' | ')} |` : `|${row.join('|')}|`);
  const delimiter = `|${width.map((w) => '-'.repeat(aligned ? w + 2 : 3)).join('|')}|`;
  return [line(cells[0]!), delimiter, ...cells.slice(1).map(line)].join('\n');
}

/** A document of a few generated tables, with an optional directive before each. */
export const resultsDocument: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      resultsTableCells,
      fc.boolean(),
      fc.constantFrom('', '', '', '<!-- results-tables: bold=top2 -->\n\n', '<!-- results-tables: tie=0.05 -->\n\n', 'Lower is better.\n\n'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((tables) => tables.map(([cells, aligned, before]) => before + renderTable(cells, aligned)).join('\n\nText.\n\n') + '\n');
