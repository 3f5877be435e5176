/**
 * Golden tests of the formatter: every case of `test/fixtures/formatter/CASES.md`, with the
 * expected output written by hand (column widths counted by hand, CJK characters as 2), and
 * each expected output checked to be a fixed point.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/edits';
import { formatDocument } from '../../src/core/format/format';
import { fixture, ROOT } from './helpers';

function format(text: string): string {
  return applyEdits(text, formatDocument(text).edits);
}

/** Lines joined with LF, with a final line break, as the fixtures are written. */
function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

/** Expected output of every fixture whose tables are formatted. */
const GOLDEN: Record<string, string> = {
  'escaped-pipe-in-cell.md': lines(
    '| metric           | value |',
    '| ---------------- | ----- |',
    '| P(hit \\| cached) | 0.91  |',
    '| top-1            | 0.77  |',
  ),
  'escaped-pipe-in-header.md': lines(
    '| run | a \\| b | score |',
    '| --- | ------ | ----- |',
    '| r1  | x      | 0.5   |',
  ),
  'code-span-escaped-pipe.md': lines(
    '| cmd               | note  |',
    '| ----------------- | ----- |',
    '| `grep x \\| wc -l` | count |',
  ),
  'cjk-width.md': lines(
    '| 模型       | 准确率 |',
    '| ---------- | ------ |',
    '| 基线       | 71.2   |',
    '| 我们的方法 | 74.9   |',
  ),
  'table-in-list.md': lines(
    '1. Results on the dev set:',
    '',
    '   | model | F1   |',
    '   | ----- | ---- |',
    '   | base  | 80.1 |',
    '',
    '2. Next item',
  ),
  'table-in-blockquote.md': lines(
    '> Note: numbers are preliminary.',
    '>',
    '> | run | loss |',
    '> | --- | ---- |',
    '> | a   | 0.31 |',
  ),
  'only-tables-change.md': lines(
    '> Intro line',
    '>',
    '> ```text',
    '> | not | a table |',
    '> |---|---|',
    '> ```',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
  ),
  'delimiter-minimal-with-colon.md': lines(
    '|  a | b |',
    '| -: | - |',
    '|  1 | 2 |',
  ),
  'delimiter-single-dash.md': lines(
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
  ),
  'delimiter-colons-spaced.md': lines(
    '| left | right | mid |',
    '| :--- | ----: | :-: |',
    '| x    |   1.0 |  y  |',
  ),
  'empty-trailing-cells.md': lines(
    '| a | b | c |',
    '| - | - | - |',
    '| 1 |   |   |',
  ),
  'trailing-spaces-after-pipe.md': lines(
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
  ),
  'no-outer-pipes.md': lines(
    'model | acc',
    '----- | ---',
    'a     | 0.9',
  ),
  'html-break-in-cell.md': lines(
    '| name     | note |',
    '| -------- | ---- |',
    '| run<br>A | ok   |',
  ),
  'not-tables.md': fixture('formatter', 'not-tables.md'),
};

/** Fixtures whose table is refused, with the problems reported (`line:col code message`). */
const REFUSED: Record<string, string[]> = {
  'code-span-unescaped-pipe.md': [
    '3:6 code-span-pipe A pipe inside a code span splits the cell (GFM splits a row on every unescaped pipe, so this row has 3 cells); write it as \\|.',
    '3:1 ragged-row Row has 3 cells, header has 2; the third is dropped when rendered.',
  ],
  'ragged-rows.md': [
    '3:1 ragged-row Row has 1 cell, header has 2; renderers add an empty cell at its end.',
    '4:1 ragged-row Row has 3 cells, header has 2; the third is dropped when rendered.',
  ],
};

describe('formatter golden cases (CASES.md)', () => {
  it('covers every fixture of the directory', () => {
    const files = readdirSync(join(ROOT, 'test', 'fixtures', 'formatter')).filter((f) => f.endsWith('.md') && f !== 'CASES.md');
    assert.deepEqual([...Object.keys(GOLDEN), ...Object.keys(REFUSED)].sort(), files.sort());
  });

  for (const [name, expected] of Object.entries(GOLDEN)) {
    it(`${name} formats as written by hand, and the result is a fixed point`, () => {
      const input = fixture('formatter', name);
      assert.equal(format(input), expected);
      assert.equal(format(expected), expected);
    });

    it(`${name} keeps CRLF line breaks`, () => {
      const input = fixture('formatter', name).replace(/\n/g, '\r\n');
      assert.equal(format(input), expected.replace(/\n/g, '\r\n'));
    });
  }

  for (const [name, problems] of Object.entries(REFUSED)) {
    it(`${name} is not re-padded; the problems are reported`, () => {
      const input = fixture('formatter', name);
      const result = formatDocument(input);
      assert.deepEqual(result.edits, []);
      assert.equal(result.refused.length, 1);
      assert.deepEqual(
        result.refused[0]!.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.code} ${p.message}`),
        problems,
      );
    });
  }

  it('offers escaping the pipe of code-span-unescaped-pipe.md as an explicit fix', () => {
    const input = fixture('formatter', 'code-span-unescaped-pipe.md');
    const fixes = formatDocument(input).refused[0]!.fixes;
    assert.deepEqual(fixes.map((f) => f.title), ['Escape the pipe inside a code span as \\|', 'Pad the table to 3 columns (adds an empty header cell, so no cell is dropped)']);
    const escaped = applyEdits(input, fixes[0]!.edits);
    assert.equal(escaped, lines('| cmd | note |', '|---|---|', '| `a \\| b` | x |'));
    // Once escaped, the table formats; the code span keeps its exact text.
    assert.equal(format(escaped), lines('| cmd      | note |', '| -------- | ---- |', '| `a \\| b` | x    |'));
  });

  it('offers padding ragged-rows.md, which keeps the 4 of the long row', () => {
    const input = fixture('formatter', 'ragged-rows.md');
    const fixes = formatDocument(input).refused[0]!.fixes;
    assert.deepEqual(fixes.map((f) => f.title), ['Pad the table to 3 columns (adds an empty header cell, so no cell is dropped)']);
    assert.equal(
      applyEdits(input, fixes[0]!.edits),
      lines('| a | b |   |', '| - | - | - |', '| 1 |   |   |', '| 2 | 3 | 4 |'),
    );
  });
});
