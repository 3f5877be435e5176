/**
 * The mean of displayed numbers, rounded to a number of places exactly as a person would do it
 * on paper (half away from zero), without binary floating-point surprises: 92.9 and 93.8 give
 * 93.35, which rounds to 93.4, not to 93.3.
 */

const SAFE = Number.MAX_SAFE_INTEGER;

/** Rounds `numerator / denominator` (denominator > 0) half away from zero. */
function roundDivide(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = (2n * n + denominator) / (2n * denominator);
  return negative ? -q : q;
}

/** Writes `scaled / 10^places` with exactly `places` decimals. */
function writeScaled(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative && scaled !== 0n ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/**
 * The mean of `values`, each shown with `decimals[i]` places, written with `places` decimals.
 * Falls back to floating point for values too large or too precise to scale exactly.
 */
export function decimalMean(values: readonly number[], decimals: readonly number[], places: number): string {
  let scale = 0;
  for (const d of decimals) scale = Math.max(scale, d);
  const factor = 10 ** scale;
  let exact = scale <= 15 && places <= 15;
  let sum = 0n;
  for (const value of values) {
    const scaled = Math.round(value * factor);
    if (!exact || !Number.isSafeInteger(scaled) || Math.abs(scaled) >= SAFE) {
      exact = false;
      break;
    }
    sum += BigInt(scaled);
  }
  if (!exact) {
    let total = 0;
    for (const value of values) total += value;
    return (total / values.length).toFixed(Math.min(100, places));
  }
  const count = BigInt(values.length);
  const rounded = places >= scale
    ? roundDivide(sum * 10n ** BigInt(places - scale), count)
    : roundDivide(sum, count * 10n ** BigInt(scale - places));
  return writeScaled(rounded, places);
}

/** Adds thousands separators to the whole part of a plain decimal (`1234.5` → `1,234.5`). */
export function withThousands(text: string): string {
  return text.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ','));
}
