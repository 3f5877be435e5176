/**
 * compatibleFixes picks, in document order, the fixes whose edits can all be applied together.
 * It looks up each edit's neighbours by binary search instead of comparing it with every edit
 * taken so far (quadratic: 20,000 one-row fixes made 200 million comparisons); the pairwise
 * rule it must keep is written out below and compared with it on generated fixes.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineOffsets, offsetAt } from '../../src/core/edits';
import { compatibleFixes, fixKey } from '../../src/core/fixes/fixAll';
import type { Finding, Fix, TextEdit } from '../../src/core/types';

const text = 'abcdefghij\nklmnopqrst\nuvwxyz\n';

function edit(line: number, start: number, end: number, newText = 'X'): TextEdit {
  return { range: { start: { line, character: start }, end: { line, character: end } }, newText };
}

function finding(...edits: TextEdit[]): Finding {
  return { code: 'c', severity: 'warning', message: 'm', range: edits[0]!.range, related: [], fix: { title: 't', edits, preferred: false } };
}

/**
 * The rule, pairwise: a fix's own edits must not overlap (as applyEdits requires, which throws
 * otherwise), and two edits of different fixes clash when their ranges overlap or they start
 * at one offset.
 */
function reference(source: string, findings: readonly Finding[]): Fix[] {
  const offsets = lineOffsets(source);
  const taken: Array<[number, number]> = [];
  const chosen: Fix[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.fix || seen.has(fixKey(f.fix))) continue;
    seen.add(fixKey(f.fix));
    const spans = f.fix.edits.map((e) => [offsetAt(source, offsets, e.range.start), offsetAt(source, offsets, e.range.end)] as [number, number]);
    const itself = spans.some(([s, e], i) => spans.some(([s2, e2], j) => i !== j && s < e2 && s2 < e));
    if (itself) continue;
    if (spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || s === ts))) continue;
    taken.push(...spans);
    chosen.push(f.fix);
  }
  return chosen;
}

describe('compatibleFixes', () => {
  it('keeps edits that only touch, drops overlaps and a second insertion at one place, and repeats', () => {
    const a = finding(edit(0, 0, 3)); // "abc"
    const touching = finding(edit(0, 3, 5)); // "de", starts where a ends: both apply
    const overlapping = finding(edit(0, 4, 6)); // "ef" overlaps "de"
    const insertion = finding(edit(1, 2, 2)); // before "m"
    const sameInsertion = finding(edit(1, 2, 2, 'Y')); // also before "m": the order would be ambiguous
    const inside = finding(edit(1, 0, 5)); // "klmno" holds the insertion point
    const twoEdits = finding(edit(2, 0, 1), edit(0, 8, 9)); // "u" and "i", both free
    const clashOfOne = finding(edit(2, 3, 4), edit(2, 0, 2)); // "uv" overlaps "u": the whole fix goes
    const selfOverlap = finding(edit(2, 3, 5), edit(2, 4, 6)); // "xy" and "yz": applyEdits would throw
    const chosen = compatibleFixes(text, [a, touching, overlapping, insertion, sameInsertion, inside, twoEdits, clashOfOne, selfOverlap, a]);
    assert.deepEqual(chosen, [a.fix, touching.fix, insertion.fix, twoEdits.fix]);
  });

  it('agrees with the pairwise rule on generated fixes', () => {
    const length = text.length;
    const offsets = lineOffsets(text);
    const position = (offset: number) => {
      let line = 0;
      while (line + 1 < offsets.length && offsets[line + 1]! <= offset) line++;
      return { line, character: offset - offsets[line]! };
    };
    const span = fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 4 })).map(([s, n]) => {
      const e = Math.min(length, s + n);
      return { range: { start: position(s), end: position(e) }, newText: `${s}-${e}` };
    });
    const fixes = fc.array(fc.array(span, { minLength: 1, maxLength: 3 }).map((edits) => finding(...edits)), { maxLength: 25 });
    fc.assert(
      fc.property(fixes, (found) => {
        assert.deepEqual(compatibleFixes(text, found), reference(text, found));
      }),
      { numRuns: 2000 },
    );
  });
});
