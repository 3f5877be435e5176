/**
 * Detection agrees with markdown-it (html: true), the parser of VS Code's preview, on every
 * fixture: the same tables on the same lines, the same cells with the same content. The
 * oracle is markdown-it's full `parse` (block and inline), read from its tokens.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { detectTables } from '../../src/core/detect/detectTables';
import { splitLines } from '../../src/core/detect/lines';
import type { Table } from '../../src/core/types';
import { fixture, ROOT } from './helpers';

interface OracleTable {
  lines: [number, number];
  rows: string[][];
}

/** Tables as markdown-it's tokens describe them: line range and each row's cell contents. */
function oracle(text: string): OracleTable[] {
  const tokens = new MarkdownIt({ html: true }).parse(text, {});
  const tables: OracleTable[] = [];
  let current: OracleTable | undefined;
  let row: string[] | undefined;
  for (const token of tokens) {
    if (token.type === 'table_open') current = { lines: token.map as [number, number], rows: [] };
    if (token.type === 'tr_open') row = [];
    if (token.type === 'inline' && row) row.push(token.content);
    if (token.type === 'tr_close' && current && row) {
      current.rows.push(row);
      row = undefined;
    }
    if (token.type === 'table_close' && current) {
      tables.push(current);
      current = undefined;
    }
  }
  return tables;
}

/** Our tables in the oracle's terms: padded/truncated to the header's width, `\|` unescaped. */
function ours(text: string): OracleTable[] {
  return detectTables(text).map((table: Table) => ({
    lines: [table.startLine, table.endLine],
    rows: [table.header, ...table.rows].map((row) =>
      Array.from({ length: table.columnCount }, (_, i) => (row.cells[i]?.text ?? '').replace(/\\\|/g, '|')),
    ),
  }));
}

const FIXTURES = [
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'formatter')).filter((f) => f.endsWith('.md')).map((f) => ['formatter', f]),
  ['real', 'controldefect-README.md'],
] as const;

describe('detection agrees with markdown-it', () => {
  for (const [dir, file] of FIXTURES) {
    it(`on ${dir}/${file}`, () => {
      const text = fixture(dir, file);
      assert.deepEqual(ours(text), oracle(text));
    });
  }
});

describe('detection', () => {
  it('finds both 16-column tables of the real README with their 16 body rows', () => {
    const tables = detectTables(fixture('real', 'controldefect-README.md'));
    assert.deepEqual(
      tables.map((t) => [t.startLine, t.endLine, t.columnCount, t.rows.length]),
      [
        [7, 25, 16, 16],
        [29, 47, 16, 16],
      ],
    );
  });

  it('finds no table in code fences, indented code or HTML comments', () => {
    assert.deepEqual(detectTables(fixture('formatter', 'not-tables.md')), []);
  });

  it('keeps the blockquote prefix out of the cells', () => {
    const [table] = detectTables(fixture('formatter', 'table-in-blockquote.md'));
    assert.equal(table!.startLine, 2);
    assert.equal(table!.header.textStart, 2); // after "> "
    assert.deepEqual(table!.rows[0]!.cells.map((c) => [c.text, c.start, c.end]), [
      ['a', 4, 5],
      ['0.31', 8, 12],
    ]);
  });

  it('finds a table indented in a list item', () => {
    const [table] = detectTables(fixture('formatter', 'table-in-list.md'));
    assert.equal(table!.startLine, 2);
    assert.equal(table!.header.textStart, 3);
    assert.equal(table!.rows[0]!.cells[1]!.text, '80.1');
  });

  it('keeps an escaped pipe inside its cell, byte for byte', () => {
    const [table] = detectTables(fixture('formatter', 'escaped-pipe-in-cell.md'));
    assert.equal(table!.columnCount, 2);
    assert.equal(table!.rows[0]!.cells[0]!.text, 'P(hit \\| cached)');
  });

  it('splits on a pipe inside a code span, as GFM does', () => {
    const [table] = detectTables(fixture('formatter', 'code-span-unescaped-pipe.md'));
    assert.deepEqual(table!.rows[0]!.cells.map((c) => c.text), ['`a', 'b`', 'x']);
  });

  it('reads rows without outer pipes', () => {
    const [table] = detectTables(fixture('formatter', 'no-outer-pipes.md'));
    assert.deepEqual(table!.rows[0]!.cells.map((c) => [c.text, c.start, c.end]), [
      ['a', 0, 1],
      ['0.9', 4, 7],
    ]);
  });

  it('keeps empty trailing cells and adds no phantom cell after trailing spaces', () => {
    const [empty] = detectTables(fixture('formatter', 'empty-trailing-cells.md'));
    assert.deepEqual(empty!.rows[0]!.cells.map((c) => c.text), ['1', '', '']);
    const [spaces] = detectTables(fixture('formatter', 'trailing-spaces-after-pipe.md'));
    assert.equal(spaces!.header.cells.length, 2);
    assert.equal(spaces!.rows[0]!.cells.length, 2);
  });

  it('reads the alignment of every column', () => {
    const [table] = detectTables(fixture('formatter', 'delimiter-colons-spaced.md'));
    assert.deepEqual(table!.aligns, ['left', 'right', 'center']);
    const [minimal] = detectTables(fixture('formatter', 'delimiter-minimal-with-colon.md'));
    assert.deepEqual(minimal!.aligns, ['right', '']);
  });

  it('gives the same cells with CRLF and with LF line breaks', () => {
    const lf = fixture('formatter', 'escaped-pipe-in-cell.md');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(detectTables(crlf), detectTables(lf));
  });

  it('ignores a table inside YAML front matter but keeps line numbers', () => {
    const text = '---\ntitle: x\nrow: | a | b |\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const tables = detectTables(text);
    assert.deepEqual(tables.map((t) => t.startLine), [5]);
    const inside = '---\n| a | b |\n|---|---|\n| 1 | 2 |\n---\n';
    assert.deepEqual(detectTables(inside), []);
  });

  it('counts columns in UTF-16 units, as VS Code does', () => {
    const [table] = detectTables('| 模型 | 😀 x |\n|---|---|\n| 我们的方法 | 74.9 |\n');
    assert.deepEqual(table!.header.cells.map((c) => [c.start, c.end]), [[2, 4], [7, 11]]);
    assert.deepEqual(table!.rows[0]!.cells.map((c) => [c.start, c.end]), [[2, 7], [10, 14]]);
  });

  it('reads the rows of a ragged table as written', () => {
    const [table] = detectTables(fixture('formatter', 'ragged-rows.md'));
    assert.deepEqual(table!.rows.map((r) => r.cells.map((c) => c.text)), [['1'], ['2', '3', '4']]);
  });

  it('returns nothing for text without tables, and for the empty string', () => {
    assert.deepEqual(detectTables(''), []);
    assert.deepEqual(detectTables('a | b\n\nno delimiter row here\n'), []);
    assert.equal(splitLines('a\r\nb\rc\n').length, 4);
  });
});
