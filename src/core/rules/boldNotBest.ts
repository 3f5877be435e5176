/**
 * `bold-not-best`: a bold value is not the best of its comparison group. Ties count: any value
 * equal to the best is best.
 */
import { bestOf, groupNumbers } from '../model/groups';
import { shown, valueRange, type Rule, type RuleFinding } from './rule';

export const boldNotBest: Rule = {
  code: 'bold-not-best',
  description: 'A bold value is not the best of its comparison group (ties count as best).',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const group of model.groups) {
      const numbers = groupNumbers(model, group);
      const best = bestOf(numbers, group);
      if (best === undefined) continue;
      const winners = numbers.filter((n) => n.value === best);
      const label = (ref: { column: number }) => model.columns[ref.column]!.header;
      for (const n of numbers) {
        if (!n.bold || n.value === best) continue;
        const better = group.direction.direction === 'lower' ? 'lower' : 'higher';
        const list = winners.map((w) => `${label(w.ref)} ${shown(model, w.ref)}`).join(', ');
        findings.push({
          range: valueRange(model, n.ref),
          message: `${label(n.ref)} ${shown(model, n.ref)} is bold but is not the best ${group.metric} in ${group.where}: ${list} is ${better}.`,
          related: winners.map((w) => ({
            range: valueRange(model, w.ref),
            message: `Best ${group.metric} in ${group.where}: ${label(w.ref)} ${shown(model, w.ref)}`,
          })),
        });
      }
    }
    return findings;
  },
};
