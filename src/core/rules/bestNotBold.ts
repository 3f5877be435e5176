/**
 * `best-not-bold`: in a table that marks the best values in bold, a best value (or one tied
 * with it; with `bold=top2`, one of the best two) is not bold. A group whose values are all
 * equal says nothing and is skipped, and so is a table where bold marks a whole row.
 */
import { groupMarkFix, markedRanks } from '../fixes/groupMarks';
import { rankedGroups } from '../model/groups';
import { shown, valueRange, type Rule, type RuleFinding } from './rule';

export const bestNotBold: Rule = {
  code: 'best-not-bold',
  description: 'In a table that marks the best values in bold, a best value (or one tied with it) is not bold.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    if (model.highlightRow !== undefined) return findings;
    const wanted = markedRanks(model, 'bold');
    for (const { group, numbers, ranking } of rankedGroups(model)) {
      if (ranking.tiers.length === 1) continue;
      const bolds = numbers.filter((n) => n.bold);
      const fix = groupMarkFix(model, lines, group, 'bold');
      for (const n of numbers) {
        if (n.bold || !wanted(ranking.rankOf(n.value))) continue;
        const header = model.columns[n.ref.column]!.header;
        const claim = ranking.rankOf(n.value) === 1 ? 'the best' : 'the second best';
        findings.push({
          range: valueRange(model, n.ref),
          message: `${header} ${shown(model, n.ref)} is ${claim} ${group.metric} in ${group.where} but is not bold.`,
          related: bolds.map((b) => ({
            range: valueRange(model, b.ref),
            message: `Bold instead: ${model.columns[b.ref.column]!.header} ${shown(model, b.ref)}`,
          })),
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
