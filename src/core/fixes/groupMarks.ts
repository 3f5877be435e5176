/**
 * The fix for a comparison group whose marks are wrong: take the mark off the values that
 * should not have it and put it on those that should, in one edit, keeping the author's syntax.
 */
import { boldTiers, groupNumbers, rankGroup, type Group } from '../model/groups';
import type { ResultsTable } from '../model/resultsTable';
import type { Fix } from '../types';
import { cellEdits, type CellChange } from './cellEdits';
import { withMark, withoutMark, type MarkKind } from './marks';

/** Which ranks a mark belongs on: bold on the best tier(s), underline on the next one. */
export function markedRanks(model: ResultsTable, mark: MarkKind): (rank: number) => boolean {
  const tiers = boldTiers(model);
  return mark === 'bold' ? (rank) => rank >= 1 && rank <= tiers : (rank) => rank === tiers + 1;
}

/** Every value of the group that should carry the mark, as displayed. */
export function shouldCarry(model: ResultsTable, group: Group, mark: MarkKind): string[] {
  const numbers = groupNumbers(model, group);
  const ranking = rankGroup(model, group, numbers);
  if (!ranking) return [];
  const wanted = markedRanks(model, mark);
  return numbers.filter((n) => wanted(ranking.rankOf(n.value))).map((n) => {
    const cell = model.table.rows[n.ref.row]!.cells[n.ref.column]!;
    const value = model.values[n.ref.row]![n.ref.column]!;
    return value.kind === 'number' ? cell.text.slice(value.numberStart, value.numberEnd) : cell.text;
  });
}

const fixes = new WeakMap<Group, Map<MarkKind, Fix | undefined>>();

/**
 * The fix that puts `mark` exactly on the right values of `group`, or undefined if none is
 * needed. Computed once per group and mark: several findings of a group share it.
 */
export function groupMarkFix(model: ResultsTable, lines: readonly string[], group: Group, mark: MarkKind): Fix | undefined {
  let byMark = fixes.get(group);
  if (!byMark) fixes.set(group, (byMark = new Map()));
  if (!byMark.has(mark)) byMark.set(mark, buildGroupMarkFix(model, lines, group, mark));
  return byMark.get(mark);
}

function buildGroupMarkFix(model: ResultsTable, lines: readonly string[], group: Group, mark: MarkKind): Fix | undefined {
  const numbers = groupNumbers(model, group);
  const ranking = rankGroup(model, group, numbers);
  if (!ranking) return undefined;
  const wanted = markedRanks(model, mark);
  const changes: CellChange[] = [];
  for (const n of numbers) {
    const should = wanted(ranking.rankOf(n.value));
    const text = should && !n[mark] ? withMark(model, n.ref, mark) : !should && n[mark] ? withoutMark(model, n.ref, mark) : undefined;
    if (text !== undefined) changes.push({ ref: n.ref, text });
  }
  if (changes.length === 0) return undefined;
  const which = mark === 'bold' ? (boldTiers(model) === 2 ? 'Bold the top two' : 'Bold the best') : 'Underline the second-best';
  return {
    title: `${which} ${group.where === '' ? group.metric : `${group.metric} in ${group.where}`}: ${shouldCarry(model, group, mark).join(', ')}`,
    edits: cellEdits(model, lines, changes),
    preferred: true,
  };
}
