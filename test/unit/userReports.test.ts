/**
 * Tables that a tester wrote the way papers write them, and that once gave wrong findings or
 * wrong fixes. Each expectation is worked out by hand next to it.
 */
import * as assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { fixAll } from '../../src/core/fixes/fixAll';
import { parseValue } from '../../src/core/values/parseValue';
import { brief } from './helpers';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const codes = (text: string) => checkDocument(text).map(brief);

describe('tables from user reports', () => {
  it('an Avg column leaves out a descriptive column (Epochs)', () => {
    // (70.0 + 80.0) / 2 = 75.0 and (72.0 + 82.0) / 2 = 77.0: both right; 300 and 100 are epochs.
    const text = lines('| Method | Epochs | Task A | Task B | Avg |', '|---|---|---|---|---|', '| A | 300 | 70.0 | 80.0 | 75.0 |', '| B | 100 | **72.0** | **82.0** | **77.0** |');
    assert.deepEqual(codes(text), []);
    // A wrong Avg is still found, and reported against the score columns: (70.0 + 80.0) / 2 = 75.0.
    const wrong = text.replace('| 75.0 |', '| 76.0 |');
    assert.deepEqual(codes(wrong), ['3:27 average-mismatch']);
    assert.match(checkDocument(wrong)[0]!.message, /mean of its 2 values is 75\.000 \(150\.0 \/ 2\)/);
  });

  it('an Overall column is not taken for a plain mean (VQA weights it by question count)', () => {
    const text = lines('| Model | Yes/No | Number | Other | Overall |', '|---|---|---|---|---|', '| MCAN | 86.82 | 53.26 | 60.72 | 70.90 |');
    assert.deepEqual(codes(text), []);
  });

  it('allows for the rounding of the inputs', () => {
    // Inputs shown to 0.1 may each be 0.05 off: 72.21 vs mean 72.1667 is 0.043 <= 0.005 + 0.05.
    const text = lines('| Method | CoLA | SST-2 | MRPC | Avg |', '|---|---|---|---|---|', '| BERT | 71.2 | 65.0 | 80.3 | 72.21 |');
    assert.deepEqual(codes(text), []);
  });

  it('an Average column written first averages the columns after it', () => {
    // (53.1 + 78.6 + 31.2) / 3 = 54.3, not 58.3.
    const text = lines('| Model | Average | ARC | HellaSwag | MMLU |', '|---|---|---|---|---|', '| Llama-2-7B | 58.3 | 53.1 | 78.6 | 31.2 |');
    assert.deepEqual(codes(text), ['3:16 average-mismatch']);
  });

  it('never asks to bold a column the author never marks (Year)', () => {
    const text = lines('| Method | Year | mAP |', '|---|---|---|', '| DETR | 2020 | 42.0 |', '| Ours | 2024 | **45.1** |');
    assert.deepEqual(codes(text), []);
  });

  it('does not rank methods against a descriptive column (Classes)', () => {
    // Rows are datasets, columns methods; Classes is not a method. Every row's bold is right.
    const text = lines('| Dataset | Classes | ResNet | ViT | Ours |', '|---|---|---|---|---|', '| CIFAR-10 | 10 | 95.1 | 97.9 | **98.3** |', '| CIFAR-100 | 100 | 78.2 | **86.4** | 85.1 |', '| Flowers | 102 | 90.2 | 95.0 | **96.1** |', '| Pets | 37 | 88.0 | 93.0 | **94.0** |');
    assert.deepEqual(codes(text), []);
  });

  it('knows more lower-is-better metrics, and "(lower is better)" in a header', () => {
    // FVD: 242 is the lowest, so its bold is right; IS: 79.3 is the highest.
    const fvd = lines('| Method | FVD | IS |', '|---|---|---|', '| TATS | 332 | **79.3** |', '| VideoGPT | 2880 | 24.7 |', '| Ours | **242** | 57.1 |');
    assert.deepEqual(codes(fvd), []);
    const said = fvd.replace('| FVD |', '| Score (lower is better) |');
    assert.deepEqual(codes(said), []);
  });

  it('compares within each section of a table', () => {
    // Supervised: ViT-B/16 alone. Self-supervised: DINO 78.2 > SimCLR 69.3, 94.0 > 89.0;
    // Params (M), lower: SimCLR 24.0 < 85.8. Every bold is right within its section.
    const text = lines('| Method | Top-1 | Top-5 | Params (M) |', '|---|---|---|---|', '| *Supervised* | | | |', '| ViT-B/16 | **81.8** | **95.9** | 86.6 |', '| *Self-supervised* | | | |', '| SimCLR | 69.3 | 89.0 | **24.0** |', '| DINO | **78.2** | **94.0** | 85.8 |');
    assert.deepEqual(codes(text), []);
    // A wrong bold inside a section is found: C 80.5 bold, D 82.3 is better.
    const wrong = lines('| Method | Top-1 |', '|---|---|', '| *Group 1* | |', '| A | **75.0** |', '| B | 70.0 |', '| *Group 2* | |', '| C | **80.5** |', '| D | 82.3 |');
    assert.deepEqual(codes(wrong), ['7:9 bold-not-best', '8:7 best-not-bold']);
    assert.match(checkDocument(wrong)[0]!.message, /^C 80\.5 is bold but is not the best Top-1 in section Group 2: D 82\.3 is higher\.$/);
  });

  it('a method best everywhere is not a "highlighted row"; other bolds are still checked', () => {
    // Ours is best on both: bold throughout and right. ResNet 76.1 bold is wrong (79.2 best).
    const text = lines('| Method | Top-1 | Top-5 |', '|---|---|---|', '| ResNet | **76.1** | 92.9 |', '| ViT | 77.9 | 93.8 |', '| Ours | **79.2** | **94.6** |');
    assert.deepEqual(codes(text), ['3:14 bold-not-best']);
  });

  it('with bold=top2, a row in the top two everywhere is not a highlight', () => {
    // Acc: 81.0, 80.0 top two; F1: 72.0, 71.0 top two. All bold is right.
    const text = lines('<!-- results-tables: bold=top2 -->', '| Method | Acc | F1 |', '|---|---|---|', '| A | **80.0** | 70.0 |', '| B | **81.0** | **71.0** |', '| C | 79.0 | **72.0** |');
    assert.deepEqual(codes(text), []);
  });

  it('with bold=top2, ignores groups in which every value is among the best two', () => {
    // Across a row of two values both are "the best two", so reading across rows would fit any
    // bold at all; it is no evidence. Down the columns: A 90.1, 90.1, 89.0 makes two tiers,
    // all in the top two, so A says nothing either; B 81.0 (Y), 80.0 (X) are the best two, so
    // Z's bold 79.0 is wrong and X's 80.0 lacks its bold (reported by a fresh tester, who got
    // findings on A 89.0 and B 80.0 "in row X/Z" from the across-rows reading).
    const text = lines('<!-- results-tables: bold=top2 -->', '', '| Method | A | B |', '|---|---|---|', '| X | **90.1** | 80.0 |', '| Y | **90.1** | **81.0** |', '| Z | 89.0 | **79.0** |');
    assert.deepEqual(codes(text), ['5:18 best-not-bold', '7:16 bold-not-best']);
    const messages = checkDocument(text).map((f) => f.message);
    assert.deepEqual(messages, ['X 80.0 is the second best B but is not bold.', 'Z 79.0 is bold but is not among the best two B: X 80.0, Y 81.0 are higher.']);
  });

  it('reads a sub-header written as the first body row', () => {
    // Columns: ImageNet Top-1, ImageNet Top-5, COCO AP, COCO Latency (ms) (lower). All right.
    const text = lines('| Method | ImageNet | | COCO | |', '|---|---|---|---|---|', '| | Top-1 | Top-5 | AP | Latency (ms) |', '| Swin | **81.3** | **95.5** | **48.5** | 32 |', '| Ours | 80.9 | 95.1 | 47.9 | **12** |');
    assert.deepEqual(codes(text), []);
  });

  it('reads marks followed by a percent sign or a footnote', () => {
    const percent = parseValue('**71.0**%');
    assert.equal(percent.kind === 'number' && percent.value, 71);
    assert.equal(percent.kind === 'number' && percent.percent && percent.bold, true);
    const note = parseValue('**62.5**†');
    assert.equal(note.kind === 'number' && note.bold && note.value, 62.5);
    // 71.0% bold, 72.0% is higher.
    assert.deepEqual(codes(lines('| M | Acc |', '|---|---|', '| A | **71.0**% |', '| B | 72.0% |', '| C | 70.0% |')), ['3:9 bold-not-best', '4:7 best-not-bold']);
  });

  it('rounds a corrected average as on paper, keeping thousands separators', () => {
    // (92.9 + 93.8) / 2 = 93.35 -> 93.4 (half away from zero), not 93.3 from binary rounding.
    const half = lines('| M | A |', '|---|---|', '| a | 92.9 |', '| b | 93.8 |', '| Mean | 90.0 |');
    assert.equal(fixAll(half), half.replace('90.0', '93.4'));
    // (1,000 + 1,200) / 2 = 1,100, written with its comma.
    const big = lines('| M | Tokens/s |', '|---|---|', '| a | 1,000 |', '| b | 1,200 |', '| Mean | 1,500 |');
    assert.equal(fixAll(big), big.replace('1,500', '1,100'));
  });

  it('removing a mark leaves no doubled spaces', () => {
    const text = lines('| M | A |', '|---|---|', '| a | <strong> 80.1 </strong> |', '| b | 81.0 |', '| c | 79.0 |');
    const finding = checkDocument(text).find((f) => f.code === 'bold-not-best')!;
    assert.equal(applyEdits(text, finding.fix!.edits), lines('| M | A |', '|---|---|', '| a | 80.1 |', '| b | <strong>81.0</strong> |', '| c | 79.0 |'));
  });

  it('keeps a right-aligned aligned column as wide as it was when the new text fits', () => {
    // "**81.0**" is 8 wide; the room is 10 (" **80.0** "): it fits with a space on each side.
    const text = lines('| Method |      Acc |', '|--------|---------:|', '| A      | **80.0** |', '| B      |     81.0 |');
    const fixed = fixAll(text);
    assert.equal(fixed, lines('| Method |      Acc |', '|--------|---------:|', '| A      |     80.0 |', '| B      | **81.0** |'));
  });

  it('does not take two saturated columns for a duplicate', () => {
    const text = lines('| M | AUC | AP |', '|---|---|---|', '| a | 99.9 | 99.9 |', '| b | 100.0 | 100.0 |', '| c | 100.0 | 100.0 |');
    assert.deepEqual(codes(text), []);
  });

  it('reads directives in any case and 平均 as an Average', () => {
    const text = lines('<!-- Results-Tables: lower=Dist -->', '| Model | Dist |', '|---|---|', '| a | **0.31** |', '| b | 0.45 |', '| c | 0.40 |');
    assert.deepEqual(codes(text), []);
    // (1.0 + 3.0) / 2 = 2.0, not 2.5.
    assert.deepEqual(codes(lines('| 方法 | 值 |', '|---|---|', '| a | 1.0 |', '| b | 3.0 |', '| 平均 | 2.5 |')), ['5:8 average-mismatch']);
  });

  it('fixes an average under a tolerance set tighter than its precision with enough decimals, or not at all', () => {
    // (57 + 54) / 2 = 55.5. Written as a whole number, 56 would still be 0.5 away, more than
    // the 0.2 allowed: the fix writes 55.5, which re-checks clean, and the message names the
    // setting rather than rounding.
    const text = lines('<!-- results-tables: tolerance=0.2 -->', '', '| Method | A |', '|---|---|', '| X | 57 |', '| Y | 54 |', '| Mean | 57 |');
    const [finding] = checkDocument(text);
    assert.match(finding!.message, /the mean of its 2 values is 55\.50 .*the tolerance set \(averageTolerance or a tolerance= directive\) allows at most 0\.2\.$/);
    assert.equal(finding!.fix?.title, 'Replace 57 with the mean 55.5');
    const fixed = fixAll(text);
    assert.equal(fixed, text.replace('| Mean | 57 |', '| Mean | 55.5 |'));
    assert.deepEqual(checkDocument(fixed), []);
    // Tolerance 0: 1/3 has no finite decimal form within six more places, so no fix is offered.
    const third = lines('<!-- results-tables: tolerance=0 -->', '', '| Method | A |', '|---|---|', '| X | 1 |', '| Y | 0 |', '| Z | 0 |', '| Mean | 0.5 |');
    const [exact] = checkDocument(third);
    assert.equal(exact?.code, 'average-mismatch');
    assert.equal(exact?.fix, undefined);
  });

  it('compares a column by its whole header when every header only looks like "<Method> <Metric>"', () => {
    // Every numeric header has a space, so each splits as a pair (Params / (M)); the layout still
    // compares down columns. Params is lower-is-better: 22.1 < 24.0 < 25.6 < 86.6, so the bold
    // 22.1 is right; Top-1 Acc: 81.2 > 79.8 > 77.9 > 76.1, the bold 81.2 is right.
    const params = lines('| Model | Top-1 Acc | Params (M) |', '|---|---|---|', '| ResNet-50 | 76.1 | 25.6 |', '| DeiT-S | 79.8 | **22.1** |', '| ViT-B | 77.9 | 86.6 |', '| Ours | **81.2** | 24.0 |');
    assert.deepEqual(codes(params), []);
    assert.equal(fixAll(params), params);
    // Time is lower: 0.12 < 0.25 < 0.80; Acc 91.0 is the highest.
    const time = lines('| Method | Test Acc | Inference time (s) |', '|---|---|---|', '| A | 88.0 | 0.80 |', '| B | 90.5 | **0.12** |', '| Ours | **91.0** | 0.25 |');
    assert.deepEqual(codes(time), []);
    // Word error rate is lower: 4.1 < 5.2 < 6.0; so is the real-time factor (time, a whole word in
    // Real-time): 0.3 < 0.5 < 0.9.
    const wer = lines('| System | Word error rate | Real-time factor |', '|---|---|---|', '| A | 6.0 | **0.3** |', '| B | 5.2 | 0.9 |', '| Ours | **4.1** | 0.5 |');
    assert.deepEqual(codes(wer), []);
    // The wrong bold is still found: 86.6 is bold, but 22.1 is the lowest Params (M). Columns:
    // `| DeiT-S | 79.8 | ` is 18 characters, so 22.1 starts at 19; `| ViT-B | 77.9 | **` is 19.
    const wrong = params.replace('| **22.1** |', '| 22.1 |').replace('| 86.6 |', '| **86.6** |');
    assert.deepEqual(codes(wrong), ['4:19 best-not-bold', '5:20 bold-not-best']);
  });

  it('reads Rank-1 (re-identification accuracy) as higher-is-better, and mean rank as lower', () => {
    // Rank-1: 95.7 > 92.3, mAP: 86.9 > 77.4, so both bolds on MGN are right.
    const reid = lines('| Method | Rank-1 | mAP |', '|---|---|---|', '| PCB | 92.3 | 77.4 |', '| MGN | **95.7** | **86.9** |');
    assert.deepEqual(codes(reid), []);
    // Mean rank is lower-is-better: 2.1 < 3.4.
    const mean = lines('| Method | Mean rank |', '|---|---|', '| A | 3.4 |', '| B | **2.1** |');
    assert.deepEqual(codes(mean), []);
  });

  it('reads rates and efficiencies as higher-is-better, and RTF, MnR, MdR as lower', () => {
    // Params lower: 62 < 66 < 86; Throughput (images/sec) is a rate, higher: 455 > 292 > 55 (the
    // `sec` of its unit is no latency); Top-1 higher: 84.3. All three bolds are right.
    const rate = lines('| Model | Params (M) | Throughput (images/sec) | Top-1 (%) |', '|---|---|---|---|', '| DeiT-B | 86 | 292 | 81.8 |', '| EfficientNet-B7 | 66 | 55 | **84.3** |', '| Ours-B | **62** | **455** | 84.1 |');
    assert.deepEqual(codes(rate), []);
    // WER lower: 2.1 and 5.1; RTF lower: 0.09 < 0.15 < 0.25; Params lower: 30.
    const asr = lines('| Model | test-clean WER | test-other WER | RTF | Params |', '|---|---|---|---|---|', '| A | 2.5 | 5.9 | 0.25 | 100 |', '| B | **2.1** | **5.1** | **0.09** | **30** |', '| C | 3.0 | 6.5 | 0.15 | 60 |');
    assert.deepEqual(codes(asr), []);
    // R@k higher: B; MnR lower: 15.3 < 28.2.
    const retrieval = lines('| Method | R@1 | R@5 | MnR |', '|---|---|---|---|', '| A | 40.1 | 70.2 | 28.2 |', '| B | **44.5** | **74.0** | **15.3** |');
    assert.deepEqual(codes(retrieval), []);
    // Mean Reciprocal Rank and Energy efficiency higher: 0.52, 30; Energy (J) lower: 3.1.
    const efficiency = lines('| Method | Mean Reciprocal Rank | Energy efficiency (GOPS/W) | Energy (J) |', '|---|---|---|---|', '| A | 0.41 | 12 | **3.1** |', '| B | **0.52** | **30** | 4.2 |');
    assert.deepEqual(codes(efficiency), []);
    // Before, `sec` made the throughput lower-is-better: the bold on 455 was "not the best". A
    // bold moved to 55 is found: `| EfficientNet-B7 | 66 | **` is 27 characters, so 55 is at 28;
    // `| Ours-B | **62** | ` is 20, so 455 is at 21.
    const wrong = rate.replace('| **455** |', '| 455 |').replace('| 55 |', '| **55** |');
    assert.deepEqual(codes(wrong), ['4:28 bold-not-best', '5:21 best-not-bold']);
  });

  it('reads <Method> <Metric> headers with a unit or a two-word metric as a grid of methods and metrics', () => {
    // DRAEM and Ours, AUC (%) and AP (%): each row compares DRAEM with Ours per metric.
    // bottle: AUC 99.8 > 99.2, AP 98.6 > 97.1; cable: AUC 91.8 > 90.5, AP 92.3 > 89.0;
    // screw: AUC 96.2 > 95.0, AP 90.1 > 88.0. Every bold is right. Split at the last word, the
    // metric was `(%)` and all four columns were compared: 3 false warnings, and --fix removed
    // the right bolds.
    const rows = ['| bottle | 99.2 | **98.6** | **99.8** | 97.1 |', '| cable | **91.8** | 89.0 | 90.5 | **92.3** |', '| screw | 95.0 | **90.1** | **96.2** | 88.0 |'];
    const units = lines('| Dataset | DRAEM AUC (%) | DRAEM AP (%) | Ours AUC (%) | Ours AP (%) |', '|---|---|---|---|---|', ...rows);
    assert.deepEqual(codes(units), []);
    assert.equal(fixAll(units), units);
    // The same values as Image AUC and Pixel AUC: split at the first word, DRAEM and Ours each
    // have both metrics (split at the last, four methods would share one AUC).
    const twoWords = lines('| Dataset | DRAEM Image AUC | DRAEM Pixel AUC | Ours Image AUC | Ours Pixel AUC |', '|---|---|---|---|---|', ...rows);
    assert.deepEqual(codes(twoWords), []);
    // Params (M) is lower per row (10 < 20, 20 < 30), AUC higher (95.0, 97.0).
    const params = lines('| Dataset | DRAEM Params (M) | Ours Params (M) | DRAEM AUC | Ours AUC |', '|---|---|---|---|---|', '| a | **10** | 20 | 90.0 | **95.0** |', '| b | 30 | **20** | **97.0** | 95.0 |');
    assert.deepEqual(codes(params), []);
    // A wrong bold is still found per metric: bottle's AP bold moved to 97.1 (Ours), 98.6 is
    // best. `| bottle | 99.2 | ` is 18 characters, so 98.6 is at 19; `| bottle | 99.2 | 98.6 |
    // **99.8** | **` is 38, so 97.1 is at 39.
    const wrong = units.replace('| **98.6** | **99.8** | 97.1 |', '| 98.6 | **99.8** | **97.1** |');
    assert.deepEqual(codes(wrong), ['3:19 best-not-bold', '3:39 bold-not-best']);
  });

  it('splits headers into methods and metrics in linear time, whatever their spaces and brackets', async () => {
    const { methodMetricPairs } = await import('../../src/core/model/labels');
    const spaces = ' '.repeat(100_000);
    // No reading: a header of spaces then a unit has no method.
    assert.equal(methodMetricPairs([`${spaces}(%)`, `a${spaces}(`]), undefined);
    assert.deepEqual(methodMetricPairs([`A${spaces}AUC (%)`, `B${spaces}AUC (%)`]), [{ method: 'A', metric: 'AUC (%)' }, { method: 'B', metric: 'AUC (%)' }]);
  });
});

describe('huge inputs', () => {
  it('finds the extent of 200,000 numbers without overflowing the stack', async () => {
    const { maxOf, minOf } = await import('../../src/core/values/extent');
    const values = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 100_003);
    // 7919 is prime and coprime with 100,003, so i * 7919 mod 100,003 takes every value 0..100,002
    // once in the first 100,003 steps: the extremes are 0 and 100,002.
    assert.equal(minOf(values), 0);
    assert.equal(maxOf(values), 100_002);
  });


  it('fixes 20,000 code-span pipes in one row in one fix, each escaped and nothing else changed', () => {
    // A tester's row of `|` code spans: each is one cell's pipe, which GFM needs escaped inside a
    // code span too. The fix escapes all of them; the expected text escapes them by replace.
    const row = '`|` '.repeat(20_000);
    const text = `| a | b |\n|---|---|\n| ${row} | x |\n`;
    const expected = text.replaceAll('`|`', '`\\|`');
    assert.equal(expected.length, text.length + 20_000);
    assert.equal(fixAll(text), expected);
  });

  it('offers no padding in a table that markdown-it cut at its 65,536-empty-cell limit', () => {
    // 1,025 columns and 66 rows of one cell: each row needs 1,024 empty cells. After 64 rows
    // markdown-it has filled 64 × 1,024 = 65,536 (not over the limit); the 65th would make
    // 66,560, so the table ends there and the last 2 rows are a paragraph. Padding the 64 rows
    // would pull those 2 lines into the table, so no fix is offered and fix-all leaves it.
    const wide = (rows: number) => `|${' h |'.repeat(1025)}\n|${'-|'.repeat(1025)}\n${'| 1 |\n'.repeat(rows)}`;
    const text = wide(66);
    const findings = checkDocument(text);
    assert.equal(findings.length, 64);
    assert.deepEqual([findings[0]!.range.start.line, findings[63]!.range.start.line], [2, 65]);
    assert.ok(findings.every((f) => f.code === 'ragged-row' && f.fix === undefined && /near markdown-it's limit of 65,536/.test(f.message)));
    assert.equal(fixAll(text), text);
    // Two such rows are far from the limit (2 × 1,024 + 1,025 empty cells): both are padded.
    const few = wide(2);
    const padded = `|${' h |'.repeat(1025)}\n|${'-|'.repeat(1025)}\n${`| 1 |${'  |'.repeat(1024)}\n`.repeat(2)}`;
    assert.equal(checkDocument(few).filter((f) => f.fix).length, 2);
    assert.equal(fixAll(few), padded);
  });

  it('offers no "Pad the table" fix that would write millions of cells, but still the escape', async () => {
    const { formatDocument } = await import('../../src/core/format/format');
    // One row of 10,000 pipes inside a code span has 10,002 cells (p, the two backticks and the
    // 9,999 empty cells between the pipes); padding 70,001 rows to 10,002 columns would be 700
    // million cells (it ran out of memory), over the 2,000,000 limit. Escaping the 10,000 pipes
    // remains, and the 10,002 cells are reported.
    const text = `| h1 | h2 |\n|---|---|\n| p | \`${'|'.repeat(10_000)}\` |\n${'| s | 1 |\n'.repeat(70_000)}`;
    const result = formatDocument(text);
    assert.equal(result.edits.length, 0);
    assert.equal(result.refused.length, 1);
    assert.deepEqual(result.refused[0]!.fixes.map((f) => f.title), ['Escape the 10000 pipes inside code spans as \\|']);
    assert.match(result.refused[0]!.problems[0]!.message, /so this row has 10002 cells/);
    // 200 rows: 10,002 × 201 = 2,010,402 cells, just over; 190 rows: 10,002 × 191 = 1,910,382, under.
    const rows = (n: number) => `| h1 | h2 |\n|---|---|\n| p | \`${'|'.repeat(10_000)}\` |\n${'| s | 1 |\n'.repeat(n - 1)}`;
    assert.equal(formatDocument(rows(200)).refused[0]!.fixes.length, 1);
    assert.deepEqual(formatDocument(rows(190)).refused[0]!.fixes.map((f) => f.title.split(' (')[0]), ['Escape the 10000 pipes inside code spans as \\|', 'Pad the table to 10002 columns']);
  });
});
