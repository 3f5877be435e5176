/**
 * Ranks the values of a comparison group: best first, in tiers of tied values. Two values tie
 * when they are equal as displayed, or within the relative tie tolerance of the tier's leader.
 */
import type { Direction } from './direction';

export interface Ranking {
  /** Values by tier, best tier first; each tier holds the values tied with its leader. */
  readonly tiers: readonly (readonly number[])[];
  /** 1 for the best tier, 2 for the next, … ; 0 for a value not in the group. */
  readonly rankOf: (value: number) => number;
}

export function tied(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Ranks `values` (at least two), or returns undefined for fewer. */
export function rankValues(values: readonly number[], direction: Direction, tolerance: number): Ranking | undefined {
  if (values.length < 2) return undefined;
  const sorted = [...values].sort((a, b) => (direction === 'lower' ? a - b : b - a));
  const tiers: number[][] = [];
  for (const value of sorted) {
    const tier = tiers[tiers.length - 1];
    if (tier && tied(tier[0]!, value, tolerance)) tier.push(value);
    else tiers.push([value]);
  }
  const rank = new Map<number, number>();
  tiers.forEach((tier, i) => tier.forEach((v) => rank.set(v, i + 1)));
  return { tiers, rankOf: (value) => rank.get(value) ?? 0 };
}
