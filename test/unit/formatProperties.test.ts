/**
 * Property-based tests of the formatter, on every fixture (as written, with CRLF, inside a
 * blockquote and a list) and on generated tables: formatting is idempotent, keeps every
 * cell's trimmed text and every column's alignment, and changes only the rows of tables,
 * never their container prefixes.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { detectTables } from '../../src/core/detect/detectTables';
import { splitLines } from '../../src/core/detect/lines';
import { applyEdits } from '../../src/core/edits';
import { formatDocument } from '../../src/core/format/format';
import type { Table } from '../../src/core/types';
import { fixture, ROOT } from './helpers';

/** A table as plain data: header, alignments, body rows. */
function shape(table: Table): unknown {
  return {
    startLine: table.startLine,
    endLine: table.endLine,
    aligns: table.aligns,
    rows: [table.header, ...table.rows].map((row) => row.cells.map((cell) => cell.text)),
    prefixes: [table.header, table.delimiter, ...table.rows].map((row) => row.textStart),
  };
}

/** Checks the three properties on one document; returns the formatted text. */
function checkProperties(text: string): string {
  const result = formatDocument(text);
  const formatted = applyEdits(text, result.edits);
  // Idempotent.
  assert.equal(applyEdits(formatted, formatDocument(formatted).edits), formatted);
  // The same tables with the same cells and alignments; prefixes (and so textStart) kept.
  const before = detectTables(text);
  const after = detectTables(formatted);
  assert.deepEqual(after.map(shape), before.map(shape));
  // Only table lines change, and within them only what follows the container prefix; line
  // breaks are kept one for one.
  const oldLines = splitLines(text);
  const newLines = splitLines(formatted);
  assert.equal(newLines.length, oldLines.length);
  assert.deepEqual(formatted.match(/\r\n|\r|\n/g) ?? [], text.match(/\r\n|\r|\n/g) ?? []);
  const tableLines = new Map<number, number>();
  for (const table of before) {
    for (const row of [table.header, table.delimiter, ...table.rows]) tableLines.set(row.line, row.textStart);
  }
  oldLines.forEach((line, i) => {
    const prefix = tableLines.get(i);
    if (prefix === undefined) assert.equal(newLines[i], line, `line ${i + 1} is not in a table`);
    else assert.equal(newLines[i]!.slice(0, prefix), line.slice(0, prefix), `prefix of line ${i + 1}`);
  });
  // Refused tables are left exactly as they are.
  for (const refusal of result.refused) {
    for (let i = refusal.table.startLine; i < refusal.table.endLine; i++) assert.equal(newLines[i], oldLines[i]);
  }
  return formatted;
}

const fixtures = readdirSync(join(ROOT, 'test', 'fixtures', 'formatter')).filter((f) => f.endsWith('.md'));

describe('formatter properties on every fixture', () => {
  for (const name of [...fixtures.map((f) => `formatter/${f}`), 'real/controldefect-README.md']) {
    const [dir, file] = name.split('/') as [string, string];
    const text = fixture(dir, file);
    it(`${name}: as written, with CRLF, in a blockquote and in a list`, () => {
      checkProperties(text);
      checkProperties(text.replace(/\n/g, '\r\n'));
      checkProperties(text.replace(/^/gm, '> '));
      checkProperties(`- item\n\n${text.replace(/^(?=.)/gm, '  ')}`);
    });
  }
});

// Cell text: words, numbers, CJK, emoji, escaped pipes, code spans, inline HTML, marks.
const piece = fc.constantFrom(
  'a', 'model', 'ResNet-50', '92.4', '**93.1**', '<u>88.0</u>', '0.91', '-', 'N/A', '模型', '我们的方法', '👩‍❤️‍👩', '🙂',
  'é', 'P(hit \\| cached)', '`grep x \\| wc`', '`code`', 'run<br>A', '<b>x</b>', '±0.4', 'x_1', '$12.3_{\\pm 0.4}$',
);
const cellText = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')) },
);
const align = fc.constantFrom('---', ':---', '---:', ':---:', '-', ':-', '-:', ':-:');
const pad = fc.constantFrom('', ' ', '  ', '   ');

interface Generated {
  readonly header: string[];
  readonly aligns: string[];
  readonly rows: string[][];
}

const table: fc.Arbitrary<Generated> = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    header: fc.array(cellText.filter((t) => t !== ''), { minLength: columns, maxLength: columns }),
    aligns: fc.array(align, { minLength: columns, maxLength: columns }),
    rows: fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.array(cellText, { minLength: columns, maxLength: columns }) },
        { weight: 1, arbitrary: fc.array(cellText, { minLength: 1, maxLength: columns + 2 }) },
      ),
      { maxLength: 6 },
    ),
  }),
);

/** Writes a row with random padding around each cell and the given outer pipes. */
function writeRow(cells: readonly string[], pads: readonly string[], leading: boolean, trailing: boolean): string {
  const body = cells.map((cell, i) => `${pads[i % pads.length]}${cell}${pads[(i + 1) % pads.length]}`).join('|');
  return `${leading ? '|' : ''}${body}${trailing ? '|' : ''}`;
}

const document = fc.record({
  table,
  leading: fc.boolean(),
  trailing: fc.boolean(),
  pads: fc.array(pad, { minLength: 1, maxLength: 4 }),
  prefix: fc.constantFrom('', '> ', '   ', '>> '),
  eol: fc.constantFrom('\n', '\r\n'),
  before: fc.constantFrom('', 'Intro paragraph.\n\n', '# Results\n\n'),
  after: fc.constantFrom('', '\nSome text after.\n', '\n| x | y |\n|---|---|\n| 1 | 2 |\n'),
}).map((g) => {
  const all = [g.table.header, g.table.aligns, ...g.table.rows];
  const rows = all.map((cells) => {
    const outer = g.leading || cells[0] === '' || cells.length === 1;
    return g.prefix + writeRow(cells, g.pads, outer, g.trailing || cells[cells.length - 1] === '' || cells.length === 1);
  });
  return `${g.before}${rows.join('\n')}\n${g.after}`.replace(/\n/g, g.eol);
});

describe('formatter properties on generated tables', () => {
  it('is idempotent, keeps every cell and alignment, and changes only table rows', () => {
    fc.assert(fc.property(document, (text) => {
      checkProperties(text);
    }), { numRuns: 1000 });
  });

  it('formats most generated tables (the generator is not degenerate)', () => {
    let formatted = 0;
    fc.assert(fc.property(document, (text) => {
      if (formatDocument(text).edits.length > 0) formatted++;
    }), { numRuns: 200, seed: 42 });
    assert.ok(formatted > 100, `only ${formatted} of 200 tables needed formatting`);
  });
});
