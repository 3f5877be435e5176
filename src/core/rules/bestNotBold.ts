/**
 * `best-not-bold`: in a table that marks the best values in bold, a best value is not bold.
 * Every tied best counts; a group whose values are all equal says nothing and is skipped.
 */
import { bestOf, groupNumbers } from '../model/groups';
import { shown, valueRange, type Rule, type RuleFinding } from './rule';

export const bestNotBold: Rule = {
  code: 'best-not-bold',
  description: 'In a table that marks the best values in bold, a best value (or one tied with it) is not bold.',
  defaultSeverity: 'warning',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const group of model.groups) {
      const numbers = groupNumbers(model, group);
      const best = bestOf(numbers, group);
      if (best === undefined || numbers.every((n) => n.value === best)) continue;
      const bolds = numbers.filter((n) => n.bold);
      for (const n of numbers) {
        if (n.bold || n.value !== best) continue;
        const header = model.columns[n.ref.column]!.header;
        findings.push({
          range: valueRange(model, n.ref),
          message: `${header} ${shown(model, n.ref)} is the best ${group.metric} in ${group.where} but is not bold.`,
          related: bolds.map((b) => ({
            range: valueRange(model, b.ref),
            message: `Bold instead: ${model.columns[b.ref.column]!.header} ${shown(model, b.ref)}`,
          })),
        });
      }
    }
    return findings;
  },
};
