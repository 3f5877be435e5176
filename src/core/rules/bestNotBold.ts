/**
 * `best-not-bold`: in a table that marks the best values in bold, a best value (or one tied
 * with it; with `bold=top2`, one of the best two) is not bold. Only groups with some bold are
 * checked: a group whose values are all equal, a column the author never marks, and a table
 * where bold marks a whole row say nothing about the best.
 */
import { groupMarkFix, markedRanks } from '../fixes/groupMarks';
import { boldTiers, rankedGroups } from '../model/groups';
import { cellName, inGroup, shown, valueRange, type Rule, type RuleFinding } from './rule';

export const bestNotBold: Rule = {
  code: 'best-not-bold',
  description: 'In a table that marks the best values in bold, a best value (or one tied with it) is not bold.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    if (model.highlightRow !== undefined) return findings;
    const wanted = markedRanks(model, 'bold');
    for (const { group, numbers, ranking } of rankedGroups(model)) {
      // All tied says nothing; a group with no bold at all is one the author does not mark
      // (a Year or Params column), not a forgotten bold.
      const bolds = numbers.filter((n) => n.bold);
      if (ranking.tierCount <= boldTiers(model) || bolds.length === 0) continue;
      if (!numbers.some((n) => !n.bold && wanted(ranking.rankOf(n.value)))) continue;
      const fix = groupMarkFix(model, lines, group, 'bold');
      for (const n of numbers) {
        if (n.bold || !wanted(ranking.rankOf(n.value))) continue;
        const header = cellName(model, n.ref);
        const claim = ranking.rankOf(n.value) === 1 ? 'the best' : 'the second best';
        findings.push({
          range: valueRange(model, n.ref),
          message: `${header} ${shown(model, n.ref)} is ${claim} ${inGroup(group)} but is not bold.`,
          related: bolds.map((b) => ({
            range: valueRange(model, b.ref),
            message: `Bold instead: ${cellName(model, b.ref)} ${shown(model, b.ref)}`,
          })),
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
