/**
 * Conversion of a table to CSV, TSV and LaTeX (booktabs), and of CSV/TSV to a Markdown table.
 * Every expected text is written by hand.
 */
import * as assert from 'node:assert/strict';
import { convertTable, type ConvertFormat } from '../../src/core/convert/convertTable';
import { cellLatex, escapeLatex } from '../../src/core/convert/latex';
import { parseDelimited } from '../../src/core/convert/parseDelimited';
import { delimitedToMarkdown } from '../../src/core/convert/paste';
import { tableAt } from '../../src/core/format/locate';
import { tableInsertion } from '../../src/core/convert/insertTable';
import { splitLines } from '../../src/core/detect/lines';
import { applyEdits } from '../../src/core/edits';

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

function convert(text: string, format: ConvertFormat): string {
  const { doc, table } = tableAt(text, 0)!;
  const result = convertTable(doc, table, format);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

const TABLE = lines(
  '| Method | AP, % | Note |',
  '|---|---:|---|',
  '| **Ours** | **93.1** | say "hi" |',
  '| A \\| B | <u>88.0</u> | `x \\| y` |',
);

describe('convert a table', () => {
  it('to CSV: plain text, quoted where needed, escaped pipes unescaped', () => {
    assert.equal(convert(TABLE, 'csv'), lines('Method,"AP, %",Note', 'Ours,93.1,"say ""hi"""', 'A | B,88.0,x | y'));
  });

  it('to TSV', () => {
    assert.equal(convert(TABLE, 'tsv'), lines('Method\tAP, %\tNote', 'Ours\t93.1\tsay "hi"', 'A | B\t88.0\tx | y'));
  });

  it('to LaTeX with booktabs, \\textbf, \\underline, \\texttt and the delimiter row\'s alignment', () => {
    assert.equal(convert(TABLE, 'latex'), lines(
      '\\begin{tabular}{lrl}',
      '\\toprule',
      'Method & AP, \\% & Note \\\\',
      '\\midrule',
      '\\textbf{Ours} & \\textbf{93.1} & say "hi" \\\\',
      'A \\textbar{} B & \\underline{88.0} & \\texttt{x \\textbar{} y} \\\\',
      '\\bottomrule',
      '\\end{tabular}',
    ));
  });

  it('to LaTeX with a rule above the Average row, math kept, ± and arrows as math', () => {
    const text = lines(
      '| Method | FID↓ |',
      '|:-:|:-:|',
      '| a_1 | $12.3_{\\pm 0.4}$ |',
      '| b#2 | 10.1 ± 0.2 |',
      '| Average | *11.2* |',
    );
    assert.equal(convert(text, 'latex'), lines(
      '\\begin{tabular}{cc}',
      '\\toprule',
      'Method & FID$\\downarrow$ \\\\',
      '\\midrule',
      'a\\_1 & $12.3_{\\pm 0.4}$ \\\\',
      'b\\#2 & 10.1 $\\pm$ 0.2 \\\\',
      '\\midrule',
      'Average & \\textit{11.2} \\\\',
      '\\bottomrule',
      '\\end{tabular}',
    ));
  });

  it('escapes every character LaTeX reserves', () => {
    assert.equal(escapeLatex('50% & 3_1 #2 $5 {x} ~ ^ \\'), '50\\% \\& 3\\_1 \\#2 \\$5 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    assert.equal(cellLatex('<b>1.0</b> <strong>x</strong> __y__'), '\\textbf{1.0} \\textbf{x} \\textbf{y}');
    assert.equal(cellLatex('<ins>**2.0**</ins>'), '\\textbf{\\underline{2.0}}');
    assert.equal(cellLatex('run<br>A'), 'run A');
  });

  it('refuses a ragged table', () => {
    const { doc, table } = tableAt(lines('| a | b |', '|---|---|', '| 1 |'), 0)!;
    assert.deepEqual(convertTable(doc, table, 'csv'), {
      ok: false,
      error: 'Row 3 has 1 cells but the header has 2; run Format Table and choose a fix first.',
    });
  });
});

describe('paste CSV or TSV as a Markdown table', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    assert.deepEqual(parseDelimited('a,"b,c","say ""hi"""\r\n1,"two\nlines",3\n'), [
      ['a', 'b,c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
    assert.deepEqual(parseDelimited('x\ty\n1\t2'), [['x', 'y'], ['1', '2']]);
    assert.deepEqual(parseDelimited('x;y\n1;2\n'), [['x', 'y'], ['1', '2']]);
  });

  it('turns spreadsheet TSV into an aligned table, escaping pipes and breaking lines with <br>', () => {
    assert.deepEqual(delimitedToMarkdown('Model\tAcc\nA\t0.9\nB|C\t"multi\nline"\n'), [
      '| Model | Acc           |',
      '| ----- | ------------- |',
      '| A     | 0.9           |',
      '| B\\|C  | multi<br>line |',
    ]);
  });

  it('pads short CSV records and measures CJK by display width', () => {
    assert.deepEqual(delimitedToMarkdown('a,b\n1,"2,5"\n模型\n'), [
      '| a    | b   |',
      '| ---- | --- |',
      '| 1    | 2,5 |',
      '| 模型 |     |',
    ]);
  });

  it('gives nothing for empty text', () => {
    assert.equal(delimitedToMarkdown('\n\n'), undefined);
  });

  it('round-trips a table through TSV', () => {
    const tsv = convert(lines('| x | y |', '| - | - |', '| 1 | 2 |'), 'tsv');
    assert.equal(`${delimitedToMarkdown(tsv)!.join('\n')}\n`, lines('| x | y |', '| - | - |', '| 1 | 2 |'));
  });
});

describe('where a pasted table goes', () => {
  const table = ['| a |', '| - |', '| 1 |'];

  it('starts at the cursor on an empty line, other lines behind the blockquote prefix', () => {
    const text = 'Intro\n\n> \n';
    const edit = tableInsertion(splitLines(text), { line: 2, character: 2 }, table, '\n');
    assert.equal(applyEdits(text, [edit]), 'Intro\n\n> | a |\n> | - |\n> | 1 |\n');
  });

  it('goes below a line of text after a blank line, and keeps a blank line before the next paragraph', () => {
    const text = 'Results:\r\nMore text\r\n';
    const edit = tableInsertion(splitLines(text), { line: 0, character: 3 }, table, '\r\n');
    assert.equal(applyEdits(text, [edit]), 'Results:\r\n\r\n| a |\r\n| - |\r\n| 1 |\r\n\r\nMore text\r\n');
  });

  it('adds a blank line when the empty line is followed by text', () => {
    const text = '\nNext\n';
    const edit = tableInsertion(splitLines(text), { line: 0, character: 0 }, table, '\n');
    assert.equal(applyEdits(text, [edit]), '| a |\n| - |\n| 1 |\n\nNext\n');
  });
});
