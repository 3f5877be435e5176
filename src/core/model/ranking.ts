/**
 * Ranks the values of a comparison group: best first, in tiers of tied values. Two values tie
 * when they are equal as displayed, or within the relative tie tolerance of the tier's leader.
 */
import type { Direction } from './direction';

export interface Ranking {
  /** How many tiers of tied values there are: 1 when all values tie. */
  readonly tierCount: number;
  /** The best value: the leader of the first tier. */
  readonly best: number;
  /** 1 for the best tier, 2 for the next, … ; 0 for a value not in the group. */
  readonly rankOf: (value: number) => number;
}

export function tied(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

const ascending = (a: number, b: number) => a - b;
const descending = (a: number, b: number) => b - a;

/**
 * Sorts a short array in place, best first: groups are mostly a row or a column of a table,
 * and Array.prototype.sort allocates a work array for each call.
 */
function insertionSort(values: number[], lower: boolean, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && (lower ? values[j]! > value : values[j]! < value)) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/** Sorts the first `count` values in place, best first (a longer array is cut to `count`). */
function sortBestFirst(values: number[], lower: boolean, count = values.length): void {
  if (count <= 32) insertionSort(values, lower, count);
  else {
    values.length = count;
    values.sort(lower ? ascending : descending);
  }
}

/**
 * How many tiers the first `count` of `values` make, and the worst value of the best `k`
 * tiers: a value is in those tiers when it is at least as good. Sorts those values in place
 * (so that a caller may reuse one scratch array); for scoring layouts without building a
 * whole ranking.
 */
export function topTiers(
  values: number[], direction: Direction, tolerance: number, k: number, count = values.length,
): { tierCount: number; boundary: number } {
  sortBestFirst(values, direction === 'lower', count);
  let tier = 1;
  let leader = values[0]!;
  let boundary = leader;
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    if (!tied(leader, value, tolerance)) {
      tier++;
      leader = value;
    }
    if (tier <= k) boundary = value;
  }
  return { tierCount: tier, boundary };
}

/** Ranks `values` (at least two), or returns undefined for fewer. */
export function rankValues(values: readonly number[], direction: Direction, tolerance: number): Ranking | undefined {
  if (values.length < 2) return undefined;
  const lower = direction === 'lower';
  // Best first; each position's tier follows, so that a rank is a binary search, not a map.
  const sorted = values.slice();
  sortBestFirst(sorted, lower);
  const tierAt: number[] = new Array<number>(sorted.length);
  let tier = 1;
  let leader = sorted[0]!;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    if (i > 0 && !tied(leader, value, tolerance)) {
      tier++;
      leader = value;
    }
    tierAt[i] = tier;
  }
  const rankOf = (value: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = sorted[mid]!;
      if (lower ? at < value : at > value) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo] === value ? tierAt[lo]! : 0;
  };
  return { tierCount: tier, best: sorted[0]!, rankOf };
}
