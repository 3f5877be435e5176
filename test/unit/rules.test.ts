/**
 * Each rule on small tables whose findings are worked out by hand, and clean tables that must
 * give nothing.
 */
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { brief, fixture, ROOT } from './helpers';

const check = (text: string) => checkDocument(text).map(brief);
const messages = (text: string) => checkDocument(text).map((f) => f.message);

describe('average-mismatch', () => {
  // Rows 90.0 + 80.0 + 70.5 = 240.5, / 3 = 80.1667; 80.2 is within 0.1, 80.3 is 0.133 off.
  const table = (avg: string) => `| Model | Acc |\n|---|---|\n| a | 90.0 |\n| b | 80.0 |\n| c | 70.5 |\n| Average | ${avg} |\n`;

  it('accepts an average within one unit of its last place', () => {
    assert.deepEqual(check(table('80.2')), []);
    assert.deepEqual(check(table('80.1')), []);
  });

  it('reports an average off by more, with both values', () => {
    assert.deepEqual(check(table('80.3')), ['6:13 average-mismatch']);
    assert.deepEqual(messages(table('80.3')), [
      'Average Acc is 80.3, but the mean of its 3 values is 80.167 (240.5 / 3); rounding explains a difference of at most 0.1.',
    ]);
  });

  it('allows half a unit of the summary\'s last place plus half a unit of the inputs', () => {
    // Inputs shown to 0.1: the mean 80.1667 may really be up to 0.05 off, so a summary shown to
    // 0.01 may differ by 0.005 + 0.05 = 0.055: 80.19 (0.023 off) is right, 80.25 (0.083) is not.
    assert.deepEqual(check(table('80.19')), []);
    assert.deepEqual(check(table('80.25')), ['6:13 average-mismatch']);
    // Inputs shown to 0.01 (90.00, 80.00, 70.50): the tolerance is 0.01; 80.17 is right (0.003
    // off), 80.19 is not (0.023 off).
    const fine = table('X').replace('90.0 ', '90.00 ').replace('80.0 ', '80.00 ').replace('70.5 ', '70.50 ');
    assert.deepEqual(check(fine.replace('X', '80.17')), []);
    assert.deepEqual(check(fine.replace('X', '80.19')), ['6:13 average-mismatch']);
    // Shown as a whole number: 0.5 + 0.05; 80 is right, 81 (0.83 off) is not.
    assert.deepEqual(check(table('80')), []);
    assert.deepEqual(check(table('81')), ['6:13 average-mismatch']);
  });

  it('recognises summary labels in any case, bold or not', () => {
    for (const label of ['**Average**', 'avg', 'Avg.', 'MEAN', 'Overall']) {
      const text = table('85.0').replace('Average', label);
      assert.deepEqual(check(text).map((f) => f.split(' ')[1]), ['average-mismatch'], label);
    }
  });

  it('skips a column with a missing value instead of treating it as 0', () => {
    const text = '| Model | Acc |\n|---|---|\n| a | 90.0 |\n| b | - |\n| c | 70.5 |\n| Average | 80.3 |\n';
    assert.deepEqual(check(text), []);
  });

  it('checks an Avg column against the row, leaving out cost columns', () => {
    // 70.0, 80.0, 90.0 -> 80.0. Params (M) is not a score and is left out.
    const ok = '| Method | Params (M) | A | B | C | Avg |\n|---|---|---|---|---|---|\n| x | 350 | 70.0 | 80.0 | 90.0 | 80.0 |\n';
    assert.deepEqual(check(ok), []);
    const wrong = ok.replace('| 80.0 |\n', '| 81.0 |\n');
    assert.deepEqual(check(wrong), ['3:34 average-mismatch']);
    assert.match(messages(wrong)[0]!, /Avg of x is 81\.0, but the mean of its 3 values is 80\.000 \(240\.0 \/ 3\)/);
  });

  it('never counts a summary row in another mean', () => {
    // Mean of 10 and 20 is 15; the Average row (15) and the Overall row both summarise a and b only.
    const text = '| M | v |\n|---|---|\n| a | 10 |\n| b | 20 |\n| Average | 15 |\n| Overall | 15 |\n';
    assert.deepEqual(check(text), []);
  });
});

describe('bold-not-best and best-not-bold', () => {
  // Rows are methods, columns metrics: bold marks the best of each column.
  const methods = [
    '| Method | Acc | F1 |',
    '|---|---|---|',
    '| A | 70.1 | **65.0** |',
    '| B | **72.4** | 61.2 |',
    '| C | 71.0 | 63.3 |',
    '',
  ].join('\n');

  it('is silent on a table whose bold is right', () => {
    assert.deepEqual(check(methods), []);
  });

  it('compares down columns when rows are methods', () => {
    // Bold moved from B's 72.4 to C's 71.0: 71.0 is bold but not best; 72.4 best but not bold.
    const text = methods.replace('**72.4**', '72.4').replace('| 71.0 |', '| **71.0** |');
    assert.deepEqual(check(text), ['4:7 best-not-bold', '5:9 bold-not-best']);
    assert.deepEqual(messages(text), [
      'B 72.4 is the best Acc but is not bold.',
      'C 71.0 is bold but is not the best Acc: B 72.4 is higher.',
    ]);
  });

  it('compares across rows when columns are methods', () => {
    // Each row: best of Base / Ours / Big. Row d2 bolds 55.0 but 58.3 is best.
    const text = [
      '| Dataset | Base | Ours | Big |',
      '|---|---|---|---|',
      '| d1 | 50.0 | **61.0** | 60.2 |',
      '| d2 | 49.0 | **55.0** | 58.3 |',
      '| d3 | **70.1** | 69.0 | 68.0 |',
      '| d4 | 40.0 | 41.0 | **44.4** |',
      '',
    ].join('\n');
    assert.deepEqual(check(text), ['4:17 bold-not-best', '4:26 best-not-bold']);
  });

  it('counts every tied best as best', () => {
    const text = '| M | A | B |\n|---|---|---|\n| x | **100.0** | 90.0 |\n| y | 100 | **95.0** |\n| z | 99.0 | 80.0 |\n';
    // Column A: 100.0 and 100 tie; 100 is not bold -> best-not-bold. Column B: 95.0 right.
    assert.deepEqual(check(text), ['4:7 best-not-bold']);
  });

  it('names every tied best value, with a plural verb', () => {
    // 90.0 is bold, but 95.0 and 95 tie for best in column A.
    const text = '| M | A |\n|---|---|\n| x | **90.0** |\n| y | 95.0 |\n| z | 95 |\n';
    const [finding] = checkDocument(text).filter((f) => f.code === 'bold-not-best');
    assert.equal(finding?.message, 'x 90.0 is bold but is not the best A: y 95.0, z 95 are higher.');
  });

  it('uses the lower value where the metric is better low', () => {
    const arrow = '| Model | FID ↓ | IS ↑ |\n|---|---|---|\n| a | **12.1** | 30.0 |\n| b | 10.4 | **35.2** |\n| c | 15.0 | 31.0 |\n';
    assert.deepEqual(check(arrow), ['3:9 bold-not-best', '4:7 best-not-bold']);
    const builtin = arrow.replace('FID ↓', 'FID').replace('IS ↑', 'IS');
    assert.deepEqual(check(builtin), ['3:9 bold-not-best', '4:7 best-not-bold']);
    const right = arrow.replace('**12.1**', '12.1').replace('| 10.4 |', '| **10.4** |');
    assert.deepEqual(check(right), []);
  });

  it('follows a caption that says lower is better', () => {
    const text = 'Word error rate on three test sets; lower is better.\n\n| Set | Base | Ours |\n|---|---|---|\n| s1 | 9.1 | **8.2** |\n| s2 | **7.5** | 7.9 |\n| s3 | 12.0 | **11.1** |\n';
    assert.deepEqual(check(text), []);
    const wrong = text.replace('**7.5** | 7.9', '7.5 | **7.9**');
    assert.deepEqual(check(wrong), ['6:8 best-not-bold', '6:16 bold-not-best']);
  });

  it('raises nothing when the bold fits rows and columns equally', () => {
    const text = '| M | A | B | C |\n|---|---|---|---|\n| x | **9.0** | 1.0 | 2.0 |\n| y | 1.0 | 5.0 | 3.0 |\n| z | 2.0 | 4.0 | 6.0 |\n';
    assert.deepEqual(check(text), []);
  });

  it('reads a row bold throughout as "our method" and reports its non-best values as information', () => {
    // A: Ours 70.5 < Base 71.0, not the best; B: 81.0 > 80.2 and C: 67.9 > 66.0 are the best.
    const text = '| Method | A | B | C |\n|---|---|---|---|\n| Base | 71.0 | 80.2 | 66.0 |\n| **Ours** | **70.5** | **81.0** | **67.9** |\n';
    const findings = checkDocument(text);
    assert.deepEqual(findings.map(brief), ['4:16 bold-not-best']);
    assert.equal(findings[0]!.severity, 'information');
    assert.equal(findings[0]!.message, 'The highlighted row Ours includes A 70.5, not the best: 71.0 (Base).');
    assert.equal(findings[0]!.fix, undefined);
  });

  it('raises nothing on a table without bold', () => {
    assert.deepEqual(check('| M | A | B |\n|---|---|---|\n| x | 1.0 | 2.0 |\n| y | 3.0 | 0.5 |\n'), []);
  });
});

describe('duplicate-column', () => {
  it('reports a column equal to an earlier one in every row', () => {
    const text = '| M | AP | F1 | AUC |\n|---|---|---|---|\n| a | 88.3 | 88.3 | 99.1 |\n| b | 62.1 | 62.1 | 91.6 |\n| c | 36.4 | 36.4 | 95.0 |\n';
    assert.deepEqual(check(text), ['1:12 duplicate-column']);
    assert.match(messages(text)[0]!, /Column F1 is identical to column AP in all 3 rows/);
  });

  it('ignores columns that differ once, have under 3 numbers, or hold one constant', () => {
    const differ = '| M | AP | F1 |\n|---|---|---|\n| a | 88.3 | 88.3 |\n| b | 62.1 | 62.2 |\n| c | 36.4 | 36.4 |\n';
    const short = '| M | AP | F1 |\n|---|---|---|\n| a | 88.3 | 88.3 |\n| b | 62.1 | 62.1 |\n';
    const constant = '| M | AP | F1 |\n|---|---|---|\n| a | 100.0 | 100.0 |\n| b | 100.0 | 100.0 |\n| c | 100.0 | 100.0 |\n';
    assert.deepEqual(check(differ), []);
    assert.deepEqual(check(short), []);
    assert.deepEqual(check(constant), []);
  });
});

describe('ragged-row', () => {
  it('says what renderers do with short and long rows', () => {
    const text = fixture('formatter', 'ragged-rows.md');
    assert.deepEqual(check(text), ['3:1 ragged-row', '4:11 ragged-row']);
    assert.deepEqual(messages(text), [
      'Row has 1 cell, header has 2: renderers show 1 empty cell at its end.',
      'Row has 3 cells, header has 2: cell 3 is dropped when rendered (1 non-empty cell lost). No automatic fix: a person must decide where the extra cells belong.',
    ]);
  });

  it('suggests escaping a pipe that split a code span', () => {
    const text = fixture('formatter', 'code-span-unescaped-pipe.md');
    assert.deepEqual(check(text), ['3:13 ragged-row']);
    assert.match(messages(text)[0]!, /A pipe inside a code span splits the cell in GFM: write it as \\\|\./);
  });
});

describe('clean tables', () => {
  const clean = readdirSync(join(ROOT, 'test', 'fixtures', 'formatter')).filter(
    (f) => f.endsWith('.md') && f !== 'CASES.md' && f !== 'ragged-rows.md' && f !== 'code-span-unescaped-pipe.md',
  );
  for (const file of clean) {
    it(`gives nothing on ${file}`, () => {
      assert.deepEqual(check(fixture('formatter', file)), []);
    });
  }
});
