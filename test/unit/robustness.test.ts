/**
 * The core never throws, whatever the text: arbitrary strings (any code unit, lone
 * surrogates, NUL, every kind of line break), Markdown-shaped noise, and tables with huge
 * cells and rows. (That it stays linear on adversarial text is measured by `npm run bench`.)
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument } from '../../src/core/check';
import { IncrementalChecker } from '../../src/core/incremental';
import { splitAtLastSeparator } from '../../src/core/model/labels';
import { markdownDocument } from './markdownGen';

const noise = fc.string({ unit: fc.constantFrom('|', '*', '_', '\\', '<', '>', '`', '$', '±', '(', ')', '{', '}', '-', ':', ' ', '\t', '\n', '\r', '1', '9', '.', ',', 'e', '%', '†', 'b', '/', '#', '↓', 'x'), maxLength: 300 });

/** A table whose body cells are drawn from `cell`. */
const table = (cell: fc.Arbitrary<string>) =>
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 8 })).map(
    ([width, rows]) =>
      [`|${Array.from({ length: width }, (_, i) => ` Method${i} AUC `).join('|')}|`, `|${'---|'.repeat(width)}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  );

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        assert.ok(Array.isArray(checkDocument(text)));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('never throws on tables of noise, generated Markdown, or their mixture', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(table(noise), table(fc.constantFrom('**1.0**', '2.5', '1,234', '-', 'N/A', '3 ± 1', '$4_{\\pm 1}$', '<b>5</b>', 'Average', 'Avg.', '**Mean**')), markdownDocument, noise), { maxLength: 4 }), (parts) => {
        const text = parts.join('\n\n');
        assert.ok(Array.isArray(checkDocument(text)));
        assert.ok(Array.isArray(new IncrementalChecker().check(text)));
      }),
      { numRuns: 1500, seed: 4 },
    );
  });

  it('never throws on huge cells, huge rows and long tables', () => {
    const big = [
      `| a | b |\n|---|---|\n| ${'*'.repeat(50_000)} | ${'1 ± '.repeat(10_000)} |`,
      `| a | b |\n|---|---|\n| ${'<b'.repeat(20_000)} | ${'\\'.repeat(50_000)}1 |`,
      `|${' x |'.repeat(20_000)}\n|${'---|'.repeat(20_000)}\n|${' 1 |'.repeat(20_000)}`,
      `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(150_000)}| Average | 1.5 |`,
      `| h |\n|---|\n${'| 1 |\n'.repeat(130_000)}`,
      `| a | b |\n|---|---|\n| ${'('.repeat(30_000)} | ${'$'.repeat(30_000)} |\n| ${'`'.repeat(30_000)} | ${' '.repeat(30_000)}1 |`,
    ];
    for (const text of big) assert.ok(Array.isArray(checkDocument(text)));
  });
});

describe('splitAtLastSeparator', () => {
  it('captures what /^(.*\\S)\\s*[\\s/]\\s*(\\S+)$/ captures, on every short string', () => {
    const regex = /^(.*\S)\s*[\s/]\s*(\S+)$/;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '/', '\t', '\u00a0', '↓', '-'), maxLength: 12 }), (text) => {
        const match = regex.exec(text);
        assert.deepEqual(splitAtLastSeparator(text), match ? { method: match[1], metric: match[2] } : undefined);
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });
});

describe('robustness of messages', () => {
  it('reports an average of values written with 150 decimal places without throwing', () => {
    const long = `1.${'0'.repeat(150)}`;
    const text = `| m | AUC |\n|---|---|\n| a | ${long} |\n| b | 3.${'0'.repeat(150)} |\n| Average | 5.${'0'.repeat(150)} |`;
    const findings = checkDocument(text);
    assert.ok(findings.some((f) => f.code === 'average-mismatch'));
  });
});
