/**
 * The real README (`test/fixtures/real/controldefect-README.md`, a copy of
 * `../shared/fixtures/real/`): every finding worked out by hand, and nothing else.
 *
 * Both tables have 16 columns: Category, then DRAEM, PRN, DFMGAN, AnoDiff, Ours, each with
 * AUC, AP, F1. Each row compares one metric across the five methods; bold should sit on the
 * best (highest) value, ties included. Averages are checked with a tolerance of 0.1, one unit
 * of the displayed last place.
 */
import * as assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check';
import { brief, fixture } from './helpers';

const text = fixture('real', 'controldefect-README.md');

/*
 * Table 1 (pixel level), header on line 8, rows on lines 10–24, Average on line 25.
 *
 * Averages (sum of the 15 category rows / 15, against the Average row):
 *   DRAEM AUC   1386.9/15 = 92.460, reported 92.2  -> off by 0.26  > 0.1  MISMATCH
 *   DRAEM AP     838.2/15 = 55.880, reported 54.1  -> off by 1.78         MISMATCH
 *   DRAEM F1     817.7/15 = 54.513, reported 53.1  -> off by 1.41         MISMATCH
 *   PRN AUC     1454.6/15 = 96.973, reported 96.9  -> off by 0.073 <= 0.1  ok
 *   PRN AP      1002.9/15 = 66.860, reported 66.2  -> off by 0.66         MISMATCH
 *   PRN F1       976.5/15 = 65.100, reported 64.7  -> off by 0.40         MISMATCH
 *   DFMGAN AUC  1358.9/15 = 90.593, reported 90.0  -> off by 0.59         MISMATCH
 *   DFMGAN AP    967.4/15 = 64.493, reported 62.7  -> off by 1.79         MISMATCH
 *   DFMGAN F1    953.4/15 = 63.560, reported 62.1  -> off by 1.46         MISMATCH
 *   AnoDiff AUC 1486.5/15 = 99.100, reported 99.1  -> exact                ok
 *   AnoDiff AP  1233.4/15 = 82.227, reported 81.4  -> off by 0.83         MISMATCH
 *   AnoDiff F1  1156.1/15 = 77.073, reported 76.3  -> off by 0.77         MISMATCH
 *   Ours AUC    1463.0/15 = 97.533, reported 97.5  -> off by 0.033        ok
 *   Ours AP     1082.0/15 = 72.133, reported 72.1  -> off by 0.033        ok
 *   Ours F1     1082.0/15 = 72.133, reported 72.1  -> off by 0.033        ok
 *
 * Bold (best per metric per row):
 *   bottle AP:  80.2, 76.4, **90.2**, **94.1**, 88.3 -> 90.2 bold but 94.1 is best
 *   bottle F1:  74.0, 71.3, 83.9, **87.3**, 88.3     -> 87.3 bold not best; 88.3 best not bold
 *   grid F1:    **58.7**, 58.9, 20.5, 54.6, 55.1     -> 58.7 bold not best; 58.9 best not bold
 *   metal_nut AP: 84.2, 93.0, **98.1**, 98.7, 97.8   -> 98.1 bold not best; 98.7 best not bold
 *   transistor F1: 24.2, 68.4, 77.0, **85.7**, 86.6  -> 85.7 bold not best; 86.6 best not bold
 *   Every other group, the Average row included (99.1 / 81.4 / 76.3 bold), is right.
 *
 * Duplicate: Ours AP and Ours F1 are equal in all 16 rows (88.3, 62.1, 36.4, 87.5, 55.1, 79.7,
 * 88.3, 97.8, 52.3, 2.4, 96.8, 77.0, 86.6, 80.3, 91.4, 72.1).
 *
 * Table 2 (image level), header on line 30, rows on lines 32–46, Average on line 47.
 *   Ours F1: 1417.2/15 = 94.480, reported 95.1 -> off by 0.62 MISMATCH. Every other column is
 *   within 0.1 (largest: Ours AUC 1421.3/15 = 94.753 vs 94.8, off by 0.047).
 *   wood AP: **100.0**, 92.7, 99.4, 99.4, **99.8** -> 99.8 bold but 100.0 is best
 *   wood F1: **100.0**, 86.7, 98.8, 98.8, **98.8** -> 98.8 bold but 100.0 is best
 *   No best-not-bold: every 100.0 tie is bold (tile, toothbrush, hazelnut AP, ...).
 */

/**
 * Columns of the numbers on the lines: line 10 is
 * `| bottle     | 96.7      | 80.2     | 74.0     | 97.5    | ...`; a number's column is 1-based.
 */
const EXPECTED = [
  '8:176 duplicate-column', // header cell "Ours F1"
  '10:93 bold-not-best', // bottle DFMGAN AP **90.2** (column 91 is the "**")
  '10:144 bold-not-best', // bottle AnoDiff F1 **87.3**
  '10:176 best-not-bold', // bottle Ours F1 88.3
  '14:41 bold-not-best', // grid DRAEM F1 **58.7**
  '14:69 best-not-bold', // grid PRN F1 58.9
  '17:93 bold-not-best', // metal_nut DFMGAN AP **98.1**
  '17:129 best-not-bold', // metal_nut AnoDiff AP 98.7
  '22:144 bold-not-best', // transistor AnoDiff F1 **85.7**
  '22:176 best-not-bold', // transistor Ours F1 86.6
  '25:16 average-mismatch', // DRAEM AUC 92.2
  '25:28 average-mismatch', // DRAEM AP 54.1
  '25:39 average-mismatch', // DRAEM F1 53.1
  '25:60 average-mismatch', // PRN AP 66.2
  '25:69 average-mismatch', // PRN F1 64.7
  '25:78 average-mismatch', // DFMGAN AUC 90.0
  '25:91 average-mismatch', // DFMGAN AP 62.7
  '25:103 average-mismatch', // DFMGAN F1 62.1
  '25:131 average-mismatch', // AnoDiff AP 81.4
  '25:144 average-mismatch', // AnoDiff F1 76.3
  '45:168 bold-not-best', // wood Ours AP **99.8**
  '45:178 bold-not-best', // wood Ours F1 **98.8**
  '47:176 average-mismatch', // Ours F1 95.1
];

describe('the real README', () => {
  const findings = checkDocument(text);

  it('gives exactly the 23 findings worked out by hand', () => {
    assert.deepEqual(findings.map(brief), EXPECTED);
  });

  it('underlines exactly the number, not the bold marks', () => {
    const lines = text.split('\n');
    const texts = findings
      .filter((f) => f.code !== 'duplicate-column')
      .map((f) => lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character));
    assert.deepEqual(texts, [
      '90.2', '87.3', '88.3', '58.7', '58.9', '98.1', '98.7', '85.7', '86.6',
      '92.2', '54.1', '53.1', '66.2', '64.7', '90.0', '62.7', '62.1', '81.4', '76.3',
      '99.8', '98.8', '95.1',
    ]);
    const duplicate = findings[0]!;
    assert.equal(lines[7]!.slice(duplicate.range.start.character, duplicate.range.end.character), 'Ours F1');
  });

  it('gives the reported and the computed value in average messages', () => {
    const first = findings.find((f) => f.code === 'average-mismatch')!;
    assert.equal(
      first.message,
      'Average DRAEM AUC is 92.2, but the mean of its 15 values is 92.460 (1386.9 / 15); rounding explains a difference of at most 0.1.',
    );
    assert.equal(first.related.length, 15);
    assert.equal(first.related[0]!.message, 'bottle: 96.7');
    assert.equal(first.related[0]!.range.start.line, 9);
  });

  it('names the best value and points at its cell', () => {
    const grid = findings.find((f) => f.range.start.line === 13 && f.code === 'bold-not-best')!;
    assert.equal(grid.message, 'DRAEM F1 58.7 is bold but is not the best F1 in row grid: PRN F1 58.9 is higher.');
    assert.deepEqual(grid.related.map((r) => [r.range.start.line, r.range.start.character]), [[13, 68]]);
  });

  it('links the duplicated column to its twin', () => {
    const duplicate = findings[0]!;
    assert.match(duplicate.message, /Ours F1 is identical to column Ours AP in all 16 rows/);
    assert.match(duplicate.message, /no automatic fix/);
    assert.equal(duplicate.related[0]!.range.start.character, 165);
  });
});
