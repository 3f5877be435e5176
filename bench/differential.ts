/**
 * `npm run fuzz:long`: the differential test of test/unit/differential.test.ts on many more
 * documents (1,000,000 by default; `-- --runs N` to change, `-- --seed S` for another seed).
 * Prints every disagreement with the document that shows it, and a summary.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { markdownDocument } from '../test/unit/markdownGen';
import { detectedTables, oracleTables } from '../test/unit/oracle';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const runs = arg('--runs', 1_000_000);
const seed = arg('--seed', 2026);
const start = performance.now();
let checked = 0;
let withTables = 0;
let tables = 0;
let disagreements = 0;
// fast-check's sample generates lazily in batches; the property is checked by hand so that
// every disagreement is reported, not only the first (shrunk) one.
const batch = 10_000;
for (let done = 0; done < runs; done += batch) {
  const docs = fc.sample(markdownDocument, { numRuns: Math.min(batch, runs - done), seed: seed + done });
  for (const text of docs) {
    const expected = oracleTables(text);
    const actual = detectedTables(text);
    checked++;
    if (expected.length > 0) withTables++;
    tables += expected.length;
    if (!isDeepStrictEqual(actual, expected) && ++disagreements <= 20) {
      console.log(`DISAGREEMENT on ${JSON.stringify(text)}\n  markdown-it: ${JSON.stringify(expected)}\n  ours:        ${JSON.stringify(actual)}`);
    }
  }
  if ((done / batch) % 10 === 0) process.stderr.write(`${checked} documents, ${disagreements} disagreements, ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
}
console.log(
  JSON.stringify({ documents: checked, documentsWithTables: withTables, tables, disagreements, seconds: (performance.now() - start) / 1000 }),
);
process.exit(disagreements === 0 ? 0 : 1);
