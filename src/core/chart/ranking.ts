/**
 * The per-method ranking view: each method's mean rank over the categories of one metric
 * (1 is best; tied values share the better rank), and how often it is the best.
 */
import type { ChartMetric } from './chartData';

export interface Ranking {
  readonly name: string;
  readonly own: boolean;
  /** Mean rank over the categories where the method has a value; null when it has none. */
  readonly meanRank: number | null;
  /** Categories where the method has the best value. */
  readonly wins: number;
  /** Categories where the method has a value. */
  readonly ranked: number;
}

/** Rankings of a metric's series, best mean rank first (methods without values last). */
export function rankingOf(metric: ChartMetric): Ranking[] {
  const categories = metric.series[0]?.points.length ?? 0;
  const sums = metric.series.map(() => 0);
  const counts = metric.series.map(() => 0);
  for (let i = 0; i < categories; i++) {
    const values = metric.series.map((s) => s.points[i]?.value ?? null);
    values.forEach((value, s) => {
      if (value === null) return;
      const better = values.filter((v) => v !== null && (metric.lowerIsBetter ? v < value : v > value)).length;
      sums[s]! += better + 1;
      counts[s]!++;
    });
  }
  const rankings = metric.series.map((s, i) => ({
    name: s.name,
    own: s.own,
    meanRank: counts[i]! > 0 ? sums[i]! / counts[i]! : null,
    wins: s.points.filter((p) => p.best).length,
    ranked: counts[i]!,
  }));
  return rankings.sort((a, b) => (a.meanRank ?? Infinity) - (b.meanRank ?? Infinity));
}
