/**
 * The checker's fast paths give exactly what the general code gives: cell values read without
 * regular expressions, rankings by binary search, layouts scored without whole rankings, and
 * duplicate columns found through fingerprints. Each is compared with the general reading on
 * generated input, and pinned on hand-worked examples.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainText } from '../../src/core/model/labels';
import { rankValues, topTiers } from '../../src/core/model/ranking';
import { checkDocument } from '../../src/core/check';
import { parseGeneral, parseValue } from '../../src/core/values/parseValue';

/** Pieces of cells: numbers, signs, every wrapper, spreads, footnotes, spaces, words. */
const PIECES = [
  '**', '__', '*', '_', '<u>', '</u>', '<b>', '</b>', '<U>', '<ins>', '</ins>', '$', '\\mathbf{', '}', '{', '9', '12.5', '0.0', '.5', '5.',
  '-', '−', '–', '+', '%', '\\%', '±', ' ± ', '\\pm', '(', ')', ' ', '\u00a0', '\u3000', ',', '1,234', 'e-3', 'E5', '†', '<sup>a</sup>',
  'n/a', 'NA', 'x', 'none', 'abc', 'Ours', 'é', '\t', '\\|', '0', '100', '-0', '+-', '_{\\pm 2}', '^*', '007', '1'.repeat(400),
];
const cell = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

describe('fast paths', () => {
  it('parseValue equals the general reader on 20,000 generated cells, trimmed or not', () => {
    fc.assert(
      fc.property(cell, (text) => {
        assert.deepStrictEqual(parseValue(text), parseGeneral(text));
        assert.deepStrictEqual(parseValue(text.trim()), parseGeneral(text.trim()));
      }),
      { numRuns: 20000, seed: 20261203 },
    );
  });

  it('reads the fast-path cells as worked out by hand', () => {
    // `**92.4**`: the number sits between offsets 2 and 6, inside one bold wrapper 0–2 / 6–8.
    assert.deepStrictEqual(parseValue('**92.4**'), {
      kind: 'number', value: 92.4, decimals: 1, percent: false, numberStart: 2, numberEnd: 6,
      wrappers: [{ mark: 'bold', openStart: 0, openEnd: 2, closeStart: 6, closeEnd: 8 }], bold: true, underline: false, italic: false,
    });
    // `<u>71.0%</u>`: the percent sign is outside the number (3–7) but inside the wrapper.
    assert.deepStrictEqual(parseValue('<u>71.0%</u>'), {
      kind: 'number', value: 71, decimals: 1, percent: true, numberStart: 3, numberEnd: 7,
      wrappers: [{ mark: 'underline', openStart: 0, openEnd: 3, closeStart: 8, closeEnd: 12 }], bold: false, underline: true, italic: false,
    });
    // `-0.0` is 0 (never -0), with one decimal.
    assert.ok(Object.is((parseValue('-0.0') as { value: number }).value, 0));
    assert.deepStrictEqual(parseValue('N/A'), { kind: 'missing', bold: false, underline: false, italic: false });
    assert.deepStrictEqual(parseValue('DRAEM'), { kind: 'text', text: 'DRAEM', bold: false, underline: false, italic: false });
    assert.deepStrictEqual(parseValue('Ours_v2'), { kind: 'text', text: 'Oursv2', bold: false, underline: false, italic: false });
  });

  it('plainText without markup is the trimmed text, as the replacements would leave it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\u00a0', '1', '|', '↓', '-', 'é', '(', ')'), maxLength: 20 }), (text) => {
        assert.equal(plainText(text), text.trim());
      }),
      { numRuns: 2000, seed: 7 },
    );
    assert.equal(plainText('**AUC** ↑'), 'AUC ↑');
  });

  it('ranks by hand-worked examples: ties share a tier, a value outside the group ranks 0', () => {
    const higher = rankValues([90.1, 92.4, 92.4, 88.0], 'higher', 0)!;
    assert.equal(higher.tierCount, 3);
    assert.equal(higher.best, 92.4);
    assert.deepStrictEqual([92.4, 90.1, 88.0, 50].map(higher.rankOf), [1, 2, 3, 0]);
    const lower = rankValues([3.2, 1.5, 2.0], 'lower', 0)!;
    assert.deepStrictEqual([1.5, 2.0, 3.2].map(lower.rankOf), [1, 2, 3]);
    // Tolerance 0.01: 99.5 is within 1% of the leader 100, 98.0 is not (1.5 > 1.0).
    const tolerant = rankValues([100, 99.5, 98.0], 'higher', 0.01)!;
    assert.deepStrictEqual([100, 99.5, 98.0].map(tolerant.rankOf), [1, 1, 2]);
    assert.equal(rankValues([1], 'higher', 0), undefined);
  });

  it('topTiers agrees with rankValues on which values are in the best k tiers, over 3,000 groups', () => {
    const values = fc.array(fc.constantFrom(0, 1, 1.5, 2, 2, 50, 99.9, 100, -3), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(values, fc.constantFrom<'higher' | 'lower'>('higher', 'lower'), fc.constantFrom(0, 0.01, 0.5), fc.constantFrom(1, 2), (group, direction, tolerance, k) => {
        const ranking = rankValues(group, direction, tolerance)!;
        const { tierCount, boundary } = topTiers(group.slice(), direction, tolerance, k);
        assert.equal(tierCount, ranking.tierCount);
        // The first `count` values of a reused scratch array, whatever lies after them.
        const scratch = [...group, 1e9, -1e9, 50];
        assert.deepStrictEqual(topTiers(scratch, direction, tolerance, k, group.length), { tierCount, boundary });
        for (const value of group) {
          const inTop = direction === 'lower' ? value <= boundary : value >= boundary;
          assert.equal(inTop, ranking.rankOf(value) <= k, `${value} in ${group} (${direction}, ${tolerance}, k=${k})`);
        }
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('duplicate-column compares full values when fingerprints collide', () => {
    // 1.0001 and 1.0002 both scale to 1000 in the fingerprint, so all four columns share one.
    // C differs from the others in row m1, so only B and D (each equal to A, with three
    // distinct values) are reported, on their headers: B at column 15, D at 23.
    const text = [
      '| Method | A | B | C | D |',
      '|---|---|---|---|---|',
      '| m1 | 1.0001 | 1.0001 | 1.0002 | 1.0001 |',
      '| m2 | 2.5 | 2.5 | 2.5 | 2.5 |',
      '| m3 | 3.5 | 3.5 | 3.5 | 3.5 |',
      '',
    ].join('\n');
    const duplicates = checkDocument(text).filter((f) => f.code === 'duplicate-column');
    assert.deepStrictEqual(duplicates.map((f) => [f.range.start.character, f.message.slice(0, 40)]), [
      [15, 'Column B is identical to column A in all'],
      [23, 'Column D is identical to column A in all'],
    ]);
  });
});
