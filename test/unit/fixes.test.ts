/**
 * Fixes: each one on a small table with the expected text written by hand; fix-all on every
 * fixture reaches a fixed point (re-checking finds nothing fixable) and is idempotent; on the
 * real README it changes only the cells its findings name.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { detectTables } from '../../src/core/detect/detectTables';
import { fixAll } from '../../src/core/fixes/fixAll';
import { fixture, ROOT } from './helpers';

/** Applies the fix of the first finding with `code`. */
function applyFirst(text: string, code: string): string {
  const finding = checkDocument(text).find((f) => f.code === code);
  assert.ok(finding?.fix, `a ${code} finding with a fix`);
  return applyEdits(text, finding.fix.edits);
}

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('quick fixes', () => {
  it('moves bold to the best value of the group, in one fix for both findings', () => {
    const text = lines('| Method | Acc |', '|---|---|', '| A | **71.0** |', '| B | 72.4 |', '| C | 70.1 |');
    const findings = checkDocument(text);
    assert.deepEqual(findings.map((f) => f.code), ['bold-not-best', 'best-not-bold']);
    assert.deepEqual(findings[0]!.fix, findings[1]!.fix);
    assert.equal(findings[0]!.fix!.title, 'Bold the best Acc: 72.4');
    assert.equal(findings[0]!.fix!.preferred, true);
    assert.equal(applyFirst(text, 'bold-not-best'), lines('| Method | Acc |', '|---|---|', '| A | 71.0 |', '| B | **72.4** |', '| C | 70.1 |'));
  });

  it("keeps the author's bold syntax", () => {
    const html = lines('| M | A |', '|---|---|', '| x | <b>1.0</b> |', '| y | 2.0 |', '| z | 0.5 |');
    assert.equal(applyFirst(html, 'best-not-bold'), lines('| M | A |', '|---|---|', '| x | 1.0 |', '| y | <b>2.0</b> |', '| z | 0.5 |'));
    const under = html.replace('<b>1.0</b>', '__1.0__');
    assert.equal(applyFirst(under, 'best-not-bold'), lines('| M | A |', '|---|---|', '| x | 1.0 |', '| y | __2.0__ |', '| z | 0.5 |'));
    const math = lines('| M | A |', '|---|---|', '| x | $\\mathbf{1.0}_{\\pm 0.1}$ |', '| y | $2.0_{\\pm 0.2}$ |', '| z | $0.5$ |');
    assert.equal(
      applyFirst(math, 'best-not-bold'),
      lines('| M | A |', '|---|---|', '| x | $1.0_{\\pm 0.1}$ |', '| y | $\\mathbf{2.0}_{\\pm 0.2}$ |', '| z | $0.5$ |'),
    );
  });

  it('keeps an aligned table aligned, using the padding of the touched cells', () => {
    const aligned = lines('| Method | Acc      |', '|--------|----------|', '| A      | **71.0** |', '| B      | 72.4     |', '| C      | 70.1     |');
    // Bold leaves 71.0 (padded back to the column's width) and goes on 72.4, which fits.
    assert.equal(
      applyFirst(aligned, 'bold-not-best'),
      lines('| Method | Acc      |', '|--------|----------|', '| A      | 71.0     |', '| B      | **72.4** |', '| C      | 70.1     |'),
    );
    // "**72.4**" needs 8 columns after the leading space; the room is 8 + 1: it touches the pipe.
    const snug = lines('| Method | Acc     |', '|--------|---------|', '| A      | **71.0**|', '| B      | 72.4    |', '| C      | 70.1    |');
    assert.equal(
      applyFirst(snug, 'bold-not-best'),
      lines('| Method | Acc     |', '|--------|---------|', '| A      | 71.0    |', '| B      | **72.4**|', '| C      | 70.1    |'),
    );
  });

  it('widens every row of an aligned column when the new text does not fit', () => {
    // Room 8 (" **1.0**"); bold moves to 12.5, and "**12.5**" after one space needs 9.
    const text = lines('| M | Acc    |', '|---|--------|', '| a | **1.0**|', '| b | 12.5   |', '| c | 0.5    |');
    assert.equal(
      applyFirst(text, 'bold-not-best'),
      lines('| M | Acc     |', '|---|---------|', '| a | 1.0     |', '| b | **12.5**|', '| c | 0.5     |'),
    );
  });

  it('replaces a wrong average with the mean at its precision, keeping its bold', () => {
    // 90.0 + 80.0 + 70.5 = 240.5, / 3 = 80.1667 -> 80.2.
    const text = lines('| Model | Acc |', '|---|---|', '| a | 90.0 |', '| b | 80.0 |', '| c | 70.5 |', '| Average | **85.0** |');
    const finding = checkDocument(text)[0]!;
    assert.equal(finding.fix!.title, 'Replace 85.0 with the mean 80.2');
    assert.equal(applyEdits(text, finding.fix!.edits), text.replace('**85.0**', '**80.2**'));
  });

  it('keeps the pipes of an aligned table in place when fixing an average', () => {
    const text = lines('| Model   | Acc  |', '|---------|------|', '| a       | 90.0 |', '| b       | 80.0 |', '| Average | 86.0 |');
    // (90.0 + 80.0) / 2 = 85.0
    assert.equal(applyFirst(text, 'average-mismatch'), text.replace('86.0', '85.0'));
  });

  it('pads a short row with empty cells, with and without outer pipes', () => {
    assert.equal(applyFirst(fixture('formatter', 'ragged-rows.md'), 'ragged-row'), '| a | b |\n|---|---|\n| 1 |  |\n| 2 | 3 | 4 |\n');
    const bare = 'a | b | c\n--|--|--\n1 | 2\n';
    assert.equal(applyFirst(bare, 'ragged-row'), 'a | b | c\n--|--|--\n1 | 2 |  |\n');
    assert.deepEqual(checkDocument('a | b | c\n--|--|--\n1 | 2 |  |\n'), []);
  });

  it('never deletes a non-empty extra cell, but removes empty ones', () => {
    const long = checkDocument(fixture('formatter', 'ragged-rows.md')).find((f) => f.range.start.line === 3)!;
    assert.equal(long.fix, undefined);
    assert.match(long.message, /No automatic fix/);
    assert.equal(applyFirst('| a | b |\n|---|---|\n| 1 | 2 |  |\n', 'ragged-row'), '| a | b |\n|---|---|\n| 1 | 2 |\n');
  });

  it('escapes a pipe that split a code span', () => {
    assert.equal(applyFirst(fixture('formatter', 'code-span-unescaped-pipe.md'), 'ragged-row'), '| cmd | note |\n|---|---|\n| `a \\| b` | x |\n');
  });

  it('moves the underline to the second best', () => {
    // 72.4 best (bold), 71.0 second; 70.1 is wrongly underlined.
    const text = lines('| Method | Acc |', '|---|---|', '| A | 71.0 |', '| B | **72.4** |', '| C | <u>70.1</u> |');
    assert.deepEqual(checkDocument(text).map((f) => f.code), ['second-not-underlined', 'underline-not-second']);
    assert.equal(applyFirst(text, 'underline-not-second'), lines('| Method | Acc |', '|---|---|', '| A | <u>71.0</u> |', '| B | **72.4** |', '| C | 70.1 |'));
  });

  it('offers no fix for a duplicated column', () => {
    const finding = checkDocument(fixture('real', 'controldefect-README.md')).find((f) => f.code === 'duplicate-column')!;
    assert.equal(finding.fix, undefined);
  });
});

describe('fix-all', () => {
  const FIXTURES = [
    ...readdirSync(join(ROOT, 'test', 'fixtures', 'formatter')).filter((f) => f.endsWith('.md') && f !== 'CASES.md').map((f) => ['formatter', f] as const),
    ['real', 'controldefect-README.md'] as const,
  ];
  for (const [dir, file] of FIXTURES) {
    it(`reaches a fixed point and is idempotent on ${dir}/${file}`, () => {
      const once = fixAll(fixture(dir, file));
      assert.deepEqual(checkDocument(once).filter((f) => f.fix), []);
      assert.equal(fixAll(once), once);
    });
  }

  it('stays consistent when a corrected average changes which method is best', () => {
    // Means: A (80.0 + 60.0 + 50.0) / 3 = 63.33 -> 63.3; B (70.0 + 90.0 + 55.0) / 3 = 71.67 -> 71.7.
    // The reported averages (75.0 bold, 70.0) are both wrong; once corrected, B is the best,
    // so the bold must move too, in the second pass.
    const text = lines('| Dataset | A | B |', '|---|---|---|', '| d1 | **80.0** | 70.0 |', '| d2 | 60.0 | **90.0** |', '| d3 | 50.0 | **55.0** |', '| Average | **75.0** | 70.0 |');
    assert.deepEqual(checkDocument(text).map((f) => f.code), ['average-mismatch', 'average-mismatch']);
    const fixed = fixAll(text);
    assert.equal(fixed, lines('| Dataset | A | B |', '|---|---|---|', '| d1 | **80.0** | 70.0 |', '| d2 | 60.0 | **90.0** |', '| d3 | 50.0 | **55.0** |', '| Average | 63.3 | **71.7** |'));
    assert.deepEqual(checkDocument(fixed), []);
  });

  it('limits fixing to one table when asked', () => {
    const table = lines('| M | Acc |', '|---|---|', '| A | **71.0** |', '| B | 72.4 |', '| C | 70.1 |');
    const text = `${table}\n${table}`;
    // The second table starts on line 6 (0-based).
    const fixed = fixAll(text, {}, { startLine: 6, endLine: 11 });
    assert.equal(fixed, `${table}\n${table.replace('**71.0**', '71.0').replace('| 72.4 |', '| **72.4** |')}`);
  });

  it('leaves only the duplicated column on the real README', () => {
    const fixed = fixAll(fixture('real', 'controldefect-README.md'));
    assert.deepEqual(checkDocument(fixed).map((f) => f.code), ['duplicate-column']);
  });

  it('changes only the cells that the real README findings name', () => {
    const text = fixture('real', 'controldefect-README.md');
    const findings = checkDocument(text);
    const fixed = fixAll(text);
    const before = text.split('\n');
    const after = fixed.split('\n');
    assert.equal(after.length, before.length);
    // Every line outside the two tables (lines 8-25 and 30-47) is the same, byte for byte.
    const tableLines = (n: number) => (n >= 8 && n <= 25) || (n >= 30 && n <= 47);
    before.forEach((line, i) => {
      if (!tableLines(i + 1)) assert.equal(after[i], line, `line ${i + 1}`);
    });
    // Every cell keeps its text except the 22 named by a finding with a fix.
    const named = new Set(findings.filter((f) => f.fix).map((f) => `${f.range.start.line}:${f.range.start.character}`));
    assert.equal(named.size, 22);
    // The delimiter rows only gain dashes where a column widened (PRN F1 of table 1: 8 -> 9).
    const delimiters = (doc: string) => detectTables(doc).map((t) => t.delimiter.cells.map((c) => c.text.length));
    assert.deepEqual(delimiters(fixed)[0], delimiters(text)[0]!.map((n, i) => (i === 6 ? n + 1 : n)));
    assert.deepEqual(delimiters(fixed)[1], delimiters(text)[1]);
    const cellsOf = (doc: string) => detectTables(doc).flatMap((t) => [t.header, ...t.rows]).map((r) => r.cells.map((c) => c.text));
    const beforeCells = cellsOf(text);
    const afterCells = cellsOf(fixed);
    let changed = 0;
    beforeCells.forEach((row, r) => row.forEach((cell, c) => {
      if (cell !== afterCells[r]![c]) changed++;
    }));
    assert.equal(changed, 22);
    // Table 1 was aligned and stays aligned: the pipes of every line sit at the same columns.
    const pipes = (line: string) => [...line].map((ch, i) => (ch === '|' ? i : -1)).filter((i) => i >= 0).join(',');
    const table1 = after.slice(7, 25);
    assert.ok(table1.every((line) => pipes(line) === pipes(table1[0]!)));
    // Line 10, bottle, written by hand: bold leaves DFMGAN AP 90.2 and AnoDiff F1 87.3 and goes
    // on Ours F1 88.3; the PRN F1 column widened by one (for grid's **58.9**), so every
    // pipe from there on moved one column right.
    assert.equal(
      after[9],
      '| bottle     | 96.7      | 80.2     | 74.0     | 97.5    | 76.4   | 71.3    | 98.9       | 90.2      | 83.9      | **99.4**    | **94.1**   | 87.3       | 99.1     | 88.3    | **88.3**|',
    );
  });
});
