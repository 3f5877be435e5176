/**
 * `bold-not-best`: a bold value is not the best of its comparison group (or, with
 * `bold=top2`, not among the best two). Ties count: any value tied with the best is best.
 *
 * When one row is bold throughout, bold marks that row (the authors' method), not a claim of
 * "best": its values that are not the best are reported at information level, worded so.
 */
import { groupMarkFix, markedRanks } from '../fixes/groupMarks';
import { rankedGroups } from '../model/groups';
import { rowLabel } from '../model/labels';
import type { CellRef } from '../model/groups';
import { cellName, inGroup, shown, valueRange, type Rule, type RuleFinding } from './rule';

export const boldNotBest: Rule = {
  code: 'bold-not-best',
  description: 'A bold value is not the best of its comparison group (ties count as best).',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings: RuleFinding[] = [];
    const wanted = markedRanks(model, 'bold');
    const label = (ref: CellRef) => cellName(model, ref);
    for (const { group, numbers, ranking } of rankedGroups(model)) {
      // Most groups are right: look for a finding before building messages and the fix.
      const wrong = model.highlightRow !== undefined
        ? numbers.some((n) => n.ref.row === model.highlightRow && ranking.rankOf(n.value) !== 1)
        : numbers.some((n) => n.bold && !wanted(ranking.rankOf(n.value)));
      if (!wrong) continue;
      const winners = numbers.filter((n) => ranking.rankOf(n.value) === 1);
      const list = winners.map((w) => `${shown(model, w.ref)} (${model.highlightRow !== undefined ? rowLabel(model, w.ref.row) : label(w.ref)})`).join(', ');
      const related = winners.map((w) => ({
        range: valueRange(model, w.ref),
        message: `Best ${inGroup(group)}: ${label(w.ref)} ${shown(model, w.ref)}`,
      }));
      if (model.highlightRow !== undefined) {
        const own = numbers.find((n) => n.ref.row === model.highlightRow);
        if (!own || ranking.rankOf(own.value) === 1) continue;
        findings.push({
          range: valueRange(model, own.ref),
          message: `The highlighted row ${rowLabel(model, own.ref.row)} includes ${group.metric} ${shown(model, own.ref)}, not the best: ${list}.`,
          related,
          severity: 'information',
        });
        continue;
      }
      const fix = groupMarkFix(model, lines, group, 'bold');
      for (const n of numbers) {
        if (!n.bold || wanted(ranking.rankOf(n.value))) continue;
        const better = group.direction.direction === 'lower' ? 'lower' : 'higher';
        // Under bold=top2 the values that deserve the bold are the best two tiers, not only the best.
        const deserving = model.options.bold === 'top2' ? numbers.filter((m) => wanted(ranking.rankOf(m.value))) : winners;
        const best = deserving.map((w) => `${label(w.ref)} ${shown(model, w.ref)}`).join(', ');
        const claim = model.options.bold === 'top2' ? 'is not among the best two' : 'is not the best';
        findings.push({
          range: valueRange(model, n.ref),
          message: `${label(n.ref)} ${shown(model, n.ref)} is bold but ${claim} ${inGroup(group)}: ${best} ${deserving.length > 1 ? 'are' : 'is'} ${better}.`,
          related,
          ...(fix ? { fix } : {}),
        });
      }
    }
    return findings;
  },
};
