/**
 * `second-not-underlined`: in a table that underlines the second-best values (any `<u>`,
 * `<ins>` or `\underline` on a number), a second-best value is not underlined. Ties count.
 */
import { groupMarkFix, markedRanks } from '../fixes/groupMarks';
import { groupNumbers, rankedGroups } from '../model/groups';
import type { ResultsTable } from '../model/resultsTable';
import { cellName, inGroup, shown, valueRange, type Rule, type RuleFinding } from './rule';

/** Whether the table's comparison groups use underline at all, and it means "second best". */
export function usesUnderline(model: ResultsTable): boolean {
  if (model.options.underline !== 'second' || model.highlightRow !== undefined) return false;
  return model.groups.some((group) => groupNumbers(model, group).some((n) => n.underline));
}

export const secondNotUnderlined: Rule = {
  code: 'second-not-underlined',
  description: 'In a table that underlines the second-best values, a second-best value is not underlined.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    if (!usesUnderline(model)) return findings;
    const wanted = markedRanks(model, 'underline');
    for (const { group, numbers, ranking } of rankedGroups(model)) {
      if (!numbers.some((n) => n.underline)) continue;
      if (!numbers.some((n) => !n.underline && wanted(ranking.rankOf(n.value)))) continue;
      const fix = groupMarkFix(model, lines, group, 'underline');
      for (const n of numbers) {
        if (n.underline || !wanted(ranking.rankOf(n.value))) continue;
        findings.push({
          range: valueRange(model, n.ref),
          message: `${cellName(model, n.ref)} ${shown(model, n.ref)} is the second best ${inGroup(group)} but is not underlined.`,
          related: [],
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
