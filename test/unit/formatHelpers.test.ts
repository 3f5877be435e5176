/**
 * The editing helpers: sort, set decimals, move a column, transpose. Every expected table is
 * written by hand. Helpers keep an unaligned table's layout (they only move or edit what they
 * are about) and keep an aligned table aligned.
 */
import * as assert from 'node:assert/strict';
import { splitLines } from '../../src/core/detect/lines';
import { applyEdits } from '../../src/core/edits';
import { roundWritten, setDecimals } from '../../src/core/format/decimals';
import { columnAt, tableAt, type HelperResult } from '../../src/core/format/locate';
import { moveColumn } from '../../src/core/format/moveColumn';
import { sortRows, type SortOrder } from '../../src/core/format/sort';
import { transposeTable } from '../../src/core/format/transpose';
import type { Table } from '../../src/core/types';
import type { Doc } from '../../src/core/format/write';

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

/** Runs a helper on the table at `line` and applies its edits. */
function run(text: string, helper: (doc: Doc, table: Table) => HelperResult, line = 0): string {
  const found = tableAt(text, line);
  assert.ok(found, 'no table');
  const result = helper(found.doc, found.table);
  if (!result.ok) throw new Error(result.error);
  return applyEdits(text, result.edits);
}

function error(text: string, helper: (doc: Doc, table: Table) => HelperResult): string {
  const found = tableAt(text, 0)!;
  const result = helper(found.doc, found.table);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.error;
}

const RESULTS = lines(
  '| Method | FID↓ | Acc |',
  '|---|---:|---:|',
  '| A | 12.1 | 80.0 |',
  '| B | **9.8** | 85.5 |',
  '| C | - | 70.1 |',
  '| D | 15.0 | N/A |',
  '| Average | 12.3 | 78.5 |',
);

const sort = (column: number, order: SortOrder) => (doc: Doc, table: Table) => sortRows(doc, table, column, order);

describe('sort rows by a column', () => {
  it('sorts FID↓ best first, that is ascending; no value last; Average stays at the bottom', () => {
    assert.equal(run(RESULTS, sort(1, 'best-first')), lines(
      '| Method | FID↓ | Acc |',
      '|---|---:|---:|',
      '| B | **9.8** | 85.5 |',
      '| A | 12.1 | 80.0 |',
      '| D | 15.0 | N/A |',
      '| C | - | 70.1 |',
      '| Average | 12.3 | 78.5 |',
    ));
  });

  it('sorts Acc best first, that is descending, N/A last', () => {
    assert.equal(run(RESULTS, sort(2, 'best-first')), lines(
      '| Method | FID↓ | Acc |',
      '|---|---:|---:|',
      '| B | **9.8** | 85.5 |',
      '| A | 12.1 | 80.0 |',
      '| C | - | 70.1 |',
      '| D | 15.0 | N/A |',
      '| Average | 12.3 | 78.5 |',
    ));
  });

  it('sorts FID↓ descending when asked, still with no value last', () => {
    assert.equal(run(RESULTS, sort(1, 'descending')), lines(
      '| Method | FID↓ | Acc |',
      '|---|---:|---:|',
      '| D | 15.0 | N/A |',
      '| A | 12.1 | 80.0 |',
      '| B | **9.8** | 85.5 |',
      '| C | - | 70.1 |',
      '| Average | 12.3 | 78.5 |',
    ));
  });

  it('sorts labels naturally (model-2 before model-10) and leaves a sorted table unchanged', () => {
    const text = lines('| m | x |', '|---|---|', '| model-10 | 1 |', '| model-2 | 2 |', '| Model-1 | 3 |');
    const sorted = lines('| m | x |', '|---|---|', '| Model-1 | 3 |', '| model-2 | 2 |', '| model-10 | 1 |');
    assert.equal(run(text, sort(0, 'best-first')), sorted);
    assert.equal(run(sorted, sort(0, 'ascending')), sorted);
  });

  it('keeps an aligned table aligned, and keeps the blockquote prefix of every line', () => {
    const text = lines(
      '> | Method  |  Acc |',
      '> | ------- | ---: |',
      '> | A       | 80.0 |',
      '> | Average | 82.8 |',
      '> | B       | 85.5 |',
    );
    assert.equal(run(text, sort(1, 'best-first')), lines(
      '> | Method  |  Acc |',
      '> | ------- | ---: |',
      '> | B       | 85.5 |',
      '> | A       | 80.0 |',
      '> | Average | 82.8 |',
    ));
  });
});

describe('set a column\'s decimals', () => {
  const cases: Array<[string, number, string]> = [
    ['92.46', 1, '92.5'],
    ['92', 2, '92.00'],
    ['1.005', 2, '1.01'],
    ['−1.25', 1, '−1.3'],
    ['1,234.5', 0, '1,235'],
    ['1,999.5', 0, '2,000'],
    ['9.96', 1, '10.0'],
    ['999.95', 1, '1000.0'],
    ['1e-3', 3, '0.001'],
    ['.5', 0, '1'],
    ['0.04', 1, '0.0'],
    ['0.449', 1, '0.4'],
  ];
  for (const [written, decimals, expected] of cases) {
    it(`rounds ${written} to ${decimals} places as ${expected}`, () => {
      assert.equal(roundWritten(written, decimals), expected);
    });
  }

  it('rewrites only the numbers of the column, keeping marks, percent signs and spreads', () => {
    const text = lines(
      '| m | score |',
      '|---|---|',
      '| a | **12.34** ± 0.456 |',
      '| b | 85.5% |',
      '| c | - |',
      '| d | 7 (0.25) |',
    );
    assert.equal(run(text, (doc, table) => setDecimals(doc, table, 1, 1)), lines(
      '| m | score |',
      '|---|---|',
      '| a | **12.3** ± 0.5 |',
      '| b | 85.5% |',
      '| c | - |',
      '| d | 7.0 (0.3) |',
    ));
  });

  it('keeps an aligned table aligned', () => {
    const text = lines('| m |  x |', '| - | -: |', '| a | 12 |', '| b |  3 |');
    assert.equal(run(text, (doc, table) => setDecimals(doc, table, 1, 1)), lines(
      '| m |    x |',
      '| - | ---: |',
      '| a | 12.0 |',
      '| b |  3.0 |',
    ));
  });

  it('refuses a negative number of places', () => {
    assert.equal(error(RESULTS, (doc, table) => setDecimals(doc, table, 1, -1)), 'Decimals must be a whole number from 0 to 20.');
  });
});

describe('move a column', () => {
  it('moves the first column to the end with its alignment, written aligned', () => {
    const text = lines('| a | bb | c |', '|:--|---:|---|', '| 1 | 2 | 3 |');
    assert.equal(run(text, (doc, table) => moveColumn(doc, table, 0, 2)), lines(
      '| bb | c | a  |',
      '| -: | - | :- |',
      '|  2 | 3 | 1  |',
    ));
  });

  it('keeps the no-outer-pipe style', () => {
    const text = lines('model | acc', '----- | ---', 'a     | 0.9');
    assert.equal(run(text, (doc, table) => moveColumn(doc, table, 1, 0)), lines('acc | model', '--- | -----', '0.9 | a'));
  });

  it('refuses a ragged table', () => {
    const text = lines('| a | b |', '|---|---|', '| 1 |');
    assert.equal(error(text, (doc, table) => moveColumn(doc, table, 0, 1)), 'Row 3 has 1 cells but the header has 2; run Format Table and choose a fix first.');
  });
});

describe('transpose', () => {
  it('turns rows into columns, keeping the first column\'s and the shared alignment', () => {
    const text = lines('| Method | AP | AUC |', '|:---|---:|---:|', '| A | 1.0 | 2.0 |', '| B | 3.0 | 4.0 |');
    assert.equal(run(text, transposeTable), lines(
      '| Method |   A |   B |',
      '| :----- | --: | --: |',
      '| AP     | 1.0 | 3.0 |',
      '| AUC    | 2.0 | 4.0 |',
    ));
  });

  it('gives new lines the blockquote prefix and the document\'s CRLF, touching nothing else', () => {
    const text = 'Intro\r\n\r\n> | a | b | c |\r\n> |---|---|---|\r\n> | 1 | 2 | 3 |\r\n\r\nEnd\r\n';
    assert.equal(run(text, transposeTable, 2), 'Intro\r\n\r\n> | a | 1 |\r\n> | - | - |\r\n> | b | 2 |\r\n> | c | 3 |\r\n\r\nEnd\r\n');
  });

  it('is its own inverse on cells', () => {
    const text = lines('| x | y |', '| - | - |', '| 1 | 2 |', '| 3 | 4 |', '| 5 | 6 |');
    assert.equal(run(run(text, transposeTable), transposeTable), text);
  });
});

describe('the column at the cursor', () => {
  const text = lines('| a | bb | c |', '|---|---|---|', '| 1 | 2 | 3 |');
  const table = tableAt(text, 0)!.table;
  const cases: Array<[number, number, number]> = [[0, 0, 0], [0, 3, 0], [0, 4, 0], [0, 5, 1], [2, 9, 2], [2, 40, 2], [1, 5, 1]];
  for (const [line, character, column] of cases) {
    it(`is column ${column} at ${line}:${character}`, () => {
      assert.equal(columnAt(table, { line, character }), column);
    });
  }

  it('finds no table on a line outside it', () => {
    assert.equal(tableAt(text + '\ntext\n', 4), undefined);
    assert.equal(splitLines(text).length, 4);
  });
});
