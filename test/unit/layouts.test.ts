/**
 * Layouts are scored on drafts (a row or a column and the indices it takes, shared between
 * groups) instead of built groups: the score must be what ranking every built group gives,
 * and the built groups must hold exactly the cells the drafts describe.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/check';
import type { DirectionInfo } from '../../src/core/model/direction';
import { groupNumbers, rankGroup, type Group } from '../../src/core/model/groups';
import { boldTiers, buildGroups, columnDrafts, draftValue, methodMetricDrafts, rowDrafts, score, type Draft, type Score } from '../../src/core/model/layouts';
import type { ResultsTable } from '../../src/core/model/resultsTable';
import { resultsDocument } from './resultsGen';

/** The score by its definition: every built group ranked in full. */
function referenceScore(model: ResultsTable, groups: readonly Group[]): Score {
  const result: Score = { mismatches: 0, bold: 0, boldBest: 0, rankable: 0 };
  const tiers = boldTiers(model);
  for (const group of groups) {
    const numbers = groupNumbers(model, group);
    const ranking = rankGroup(model, group, numbers);
    if (!ranking || ranking.tierCount <= tiers) continue;
    result.rankable++;
    if (!numbers.some((n) => n.bold)) {
      result.mismatches += 0.5;
      continue;
    }
    for (const n of numbers) {
      const isBest = ranking.rankOf(n.value) <= tiers;
      if (n.bold) result.bold++;
      if (n.bold && isBest) result.boldBest++;
      if (n.bold !== isBest) result.mismatches++;
    }
  }
  return result;
}

const HIGHER: DirectionInfo = { direction: 'higher', reason: 'default' };
const LOWER: DirectionInfo = { direction: 'lower', reason: 'arrow' };

describe('layout drafts', () => {
  it('score drafts as ranking every built group would, over 1,000 generated documents', () => {
    let scored = 0;
    let rankable = 0;
    fc.assert(
      fc.property(resultsDocument, (text) => {
        for (const model of analyzeDocument(text).models) {
          const candidates: Array<Draft[] | undefined> = [methodMetricDrafts(model), columnDrafts(model), rowDrafts(model, HIGHER), rowDrafts(model, LOWER)];
          for (const drafts of candidates) {
            if (!drafts) continue;
            const groups = buildGroups(model, drafts);
            groups.forEach((group, g) => {
              assert.deepStrictEqual(group.cells.map((ref) => model.values[ref.row]![ref.column]), drafts[g]!.indices.map((_, i) => draftValue(model, drafts[g]!, i)));
            });
            const fast = score(model, drafts);
            assert.deepStrictEqual(fast, referenceScore(model, groups));
            scored++;
            rankable += fast.rankable;
          }
        }
      }),
      { numRuns: 1000, seed: 20261204 },
    );
    // The generator must reach the interesting cases: many layouts with rankable groups.
    assert.ok(scored > 5000 && rankable > 10000, `${scored} layouts, ${rankable} rankable groups`);
  });

  it('builds the groups of a worked example: a column per metric, a row per item', () => {
    const text = ['| Method | AUC | AP |', '|---|---|---|', '| a | **90.0** | 50.0 |', '| b | 80.0 | **60.0** |', ''].join('\n');
    const model = analyzeDocument(text).models[0]!;
    assert.deepStrictEqual(buildGroups(model, columnDrafts(model)).map((g) => [g.metric, g.where, g.cells.map((c) => `${c.row},${c.column}`)]), [
      ['AUC', '', ['0,1', '1,1']],
      ['AP', '', ['0,2', '1,2']],
    ]);
    assert.deepStrictEqual(buildGroups(model, rowDrafts(model, HIGHER)!).map((g) => [g.where, g.cells.map((c) => `${c.row},${c.column}`)]), [
      ['row a', ['0,1', '0,2']],
      ['row b', ['1,1', '1,2']],
    ]);
    // Both bold values are the best of their column: no mismatch down the columns; across the
    // rows, row b's 60.0 is bold and best, row a's 90.0 too: both fit, and each group is rankable.
    assert.deepStrictEqual(score(model, columnDrafts(model)), { mismatches: 0, bold: 2, boldBest: 2, rankable: 2 });
  });
});
