/**
 * `underline-not-second`: an underlined value is not the second best of its comparison group.
 */
import { groupMarkFix, markedRanks } from '../fixes/groupMarks';
import { rankedGroups } from '../model/groups';
import { cellName, inGroup, shown, valueRange, type Rule, type RuleFinding } from './rule';
import { usesUnderline } from './secondNotUnderlined';

export const underlineNotSecond: Rule = {
  code: 'underline-not-second',
  description: 'An underlined value is not the second best of its comparison group.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    if (!usesUnderline(model)) return findings;
    const wanted = markedRanks(model, 'underline');
    for (const { group, numbers, ranking } of rankedGroups(model)) {
      if (!numbers.some((n) => n.underline && !wanted(ranking.rankOf(n.value)))) continue;
      const seconds = numbers.filter((n) => wanted(ranking.rankOf(n.value)));
      const fix = groupMarkFix(model, lines, group, 'underline');
      for (const n of numbers) {
        if (!n.underline || wanted(ranking.rankOf(n.value))) continue;
        const list = seconds.map((s) => `${cellName(model, s.ref)} ${shown(model, s.ref)}`).join(', ');
        findings.push({
          range: valueRange(model, n.ref),
          message: `${cellName(model, n.ref)} ${shown(model, n.ref)} is underlined but is not the second best ${inGroup(group)}` +
            (list ? `: the second best is ${list}.` : '.'),
          related: seconds.map((s) => ({ range: valueRange(model, s.ref), message: `Second best: ${shown(model, s.ref)}` })),
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
