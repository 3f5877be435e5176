/**
 * Differential test: on 10,000 generated documents, detection finds exactly the tables and
 * cells that markdown-it's full parse finds (VS Code's configuration). `npm run fuzz:long`
 * runs the same comparison on 1,000,000.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownDocument } from './markdownGen';
import { detectedTables, oracleTables } from './oracle';

describe('detection agrees with markdown-it on generated documents', () => {
  it('finds the same tables, rows and cells in 10,000 documents', () => {
    let withTables = 0;
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const expected = oracleTables(text);
        if (expected.length > 0) withTables++;
        assert.deepEqual(detectedTables(text), expected);
      }),
      { numRuns: 10_000, seed: 7 },
    );
    // The generator must exercise tables, or agreement would say little.
    assert.ok(withTables > 2_000, `only ${withTables} documents had tables`);
  });

  it('agrees on front matter as VS Code hides it', () => {
    for (const text of ['---\n| a |\n|---|\n', '---\nx\n---\n| a |\n|---|\n', '--- |a|\n|---|\n', '----\n|a|\n|-|\n---\n|b|\n|-|', '---\n...\n| a |\n|---|', '---\n| a |\n|---|\n   ---  \n| b |\n|-|']) {
      assert.deepEqual(detectedTables(text), oracleTables(text), JSON.stringify(text));
    }
  });
});
