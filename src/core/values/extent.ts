/**
 * Smallest and largest of many numbers, by a loop: `Math.max(...values)` passes every value as
 * an argument and overflows the stack on a 150,000-row column.
 */

export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
