/**
 * compatibleFixes picks, in document order, the fixes whose edits can all be applied together.
 * It looks up each edit's neighbours by binary search instead of comparing it with every edit
 * taken so far (quadratic: 20,000 one-row fixes made 200 million comparisons); the pairwise
 * rule it must keep is written out below and compared with it on generated fixes.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../src/core/detect/lines';
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

  it('agrees with the pairwise rule when fixes have many edits, merged into those taken in one pass', () => {
    // Fixes of 17 to 30 edits (more than are spliced in one by one), at starts three apart so
    // that a fix's own edits (0 to 2 characters) never overlap, within a window of 108
    // characters somewhere in a CRLF text of 10 lines (so that taken edits lie on both sides).
    const long = Array.from({ length: 10 }, (_, i) => String.fromCharCode(97 + i).repeat(40)).join('\r\n');
    const offsets = lineOffsets(long);
    const position = (offset: number) => {
      let line = 0;
      while (line + 1 < offsets.length && offsets[line + 1]! <= offset) line++;
      return { line, character: offset - offsets[line]! };
    };
    const at = (s: number, n: number): TextEdit => {
      const e = Math.min(long.length, s + n);
      return { range: { start: position(s), end: position(e) }, newText: `${s}-${e}` };
    };
    const many = fc
      .tuple(fc.integer({ min: 0, max: 96 }), fc.uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 17, maxLength: 30 }), fc.integer({ min: 0, max: 2 }))
      .map(([base, starts, n]) => finding(...starts.map((k) => at(3 * (base + k), n))));
    const few = fc.tuple(fc.integer({ min: 0, max: long.length }), fc.integer({ min: 0, max: 3 })).map(([s, n]) => finding(at(s, n)));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(many, few, few), { maxLength: 16 }), (found) => {
        const chosen = compatibleFixes(long, found);
        assert.deepEqual(chosen, reference(long, found));
        taken += chosen.filter((fix) => fix.edits.length > 16).length;
      }),
      { numRuns: 1000, seed: 20261204 },
    );
    // Many-edit fixes were taken, and so merged, not all refused.
    assert.ok(taken > 200, `only ${taken} many-edit fixes were taken`);
  });
});

describe('offsetAt', () => {
  it('equals slicing the line and splitting off its break, for every kind of break and clamped positions', () => {
    // The definition it replaced: the line's text is the slice to the next line, less its break.
    const sliced = (source: string, offsets: readonly number[], line: number, character: number) => {
      const l = Math.min(Math.max(line, 0), offsets.length - 1);
      const length = splitLines(source.slice(offsets[l]!, offsets[l + 1] ?? source.length))[0]!.length;
      return offsets[l]! + Math.min(Math.max(character, 0), length);
    };
    const source = fc.string({ unit: fc.constantFrom('a', '\r', '\n', ' '), maxLength: 30 });
    fc.assert(
      fc.property(source, fc.integer({ min: -2, max: 12 }), fc.integer({ min: -2, max: 35 }), (src, line, character) => {
        const offsets = lineOffsets(src);
        assert.equal(offsetAt(src, offsets, { line, character }), sliced(src, offsets, line, character));
      }),
      { numRuns: 20000, seed: 20261205 },
    );
    // By hand: 'ab\r\ncd\re\n': line 0 is 'ab' (offsets 0-2), line 1 'cd' (4-6), line 2 'e' (7-8).
    const text = 'ab\r\ncd\re\n';
    const offsets = lineOffsets(text);
    assert.deepEqual(offsets, [0, 4, 7, 9]);
    assert.deepEqual([[0, 9], [1, 1], [1, 9], [2, 5], [3, 0], [9, 9]].map(([line, character]) => offsetAt(text, offsets, { line: line!, character: character! })), [2, 5, 6, 8, 9, 9]);
  });
});
