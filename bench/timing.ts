/** Timing helpers for the benchmark: medians of repeats, measured in one process. */

/** Median in milliseconds of `repeats` runs of `run`, after `warmup` unmeasured runs. */
export function median(run: () => unknown, repeats: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Megabytes per second for `chars` characters (UTF-16 units, about bytes for this text) in `ms`. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (ms / 1000);
}

export function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/**
 * Like `median`, for a baseline that may take minutes (markdownlint on the 5,000-row table
 * takes about 3 minutes): one first run, which is the measurement when it took over
 * `slowMs` (its noise is nothing next to its length), else the warm-up of `median`.
 */
export function medianUnlessSlow(run: () => unknown, repeats: number, slowMs = 5000): number {
  const start = performance.now();
  run();
  const first = performance.now() - start;
  return first > slowMs ? first : median(run, repeats, 0);
}
