/**
 * The incremental checker gives exactly what a full check gives, after every edit of random
 * edit sequences on generated documents mixed with real results tables (so that findings,
 * related information and fixes are moved, not only tables), and its detection equals a full
 * detection.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, checkDocument } from '../../src/core/check';
import { detectTables } from '../../src/core/detect/detectTables';
import { IncrementalChecker } from '../../src/core/incremental';
import { DocumentScan } from '../../src/core/incremental/scan';
import { fixture } from './helpers';
import { markdownDocument } from './markdownGen';

const real = fixture('real', 'controldefect-README.md');
const realTable = real.slice(real.indexOf('| Category'), real.indexOf('\n\n\n', real.indexOf('| Category')));

const inserted = fc.constantFrom('', 'x', '1', '|', '\n', '\n\n', '\r', '\r\n', '```\n', '<!--\n', '-->', '---', '| a | b |\n|---|---|\n', '**', '9', '> ', '- ', '    ', '<!-- results-tables: lower=AUC -->\n', '\\');

/** An edit: where (as a fraction of the text), how much to delete, and what to insert. */
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6 }), inserted);

const document = fc
  .tuple(fc.array(fc.oneof(markdownDocument, fc.constant(realTable), fc.constant('\n\nSome text.\n\n')), { minLength: 1, maxLength: 5 }))
  .map(([parts]) => parts.join('\n'));

function apply(text: string, [where, remove, insert]: [number, number, string]): string {
  const at = Math.floor(where * text.length);
  return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('incremental checking', () => {
  it('gives the findings and the analysis of a full check after every edit (200 edit sequences)', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const checker = new IncrementalChecker();
        let text = start;
        assert.deepEqual(checker.check(text), checkDocument(text));
        for (const e of edits) {
          text = apply(text, e);
          const expected = checkDocument(text);
          if (expected.length > 0) withFindings++;
          assert.deepEqual(checker.check(text), expected);
          // The analysis it hands out (to CodeLens, hovers, charts) is a full analysis's.
          assert.deepEqual(checker.analysis(), analyzeDocument(text));
        }
      }),
      { numRuns: 200, seed: 11 },
    );
    assert.ok(withFindings > 150, `only ${withFindings} checks had findings`);
  });

  it('detects the tables of a full detection after every edit (800 edit sequences)', () => {
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
        const scan = new DocumentScan();
        let text = start;
        scan.reset(text);
        for (const e of edits) {
          text = apply(text, e);
          scan.update(text);
          assert.deepEqual(scan.tables, detectTables(text));
        }
      }),
      { numRuns: 800, seed: 12 },
    );
  });

  it('re-parses only around a one-cell edit of a long document', () => {
    const text = Array.from({ length: 300 }, (_, i) => `## Section ${i}\n\n${realTable}\n`).join('\n');
    const scan = new DocumentScan();
    scan.reset(text);
    const at = text.indexOf('96.7', text.length >> 1);
    const change = scan.update(text.slice(0, at) + '96.8' + text.slice(at + 4));
    assert.ok(change.to - change.from < 100, `re-parsed lines ${change.from}–${change.to}`);
    assert.equal(change.delta, 0);
  });
});
