/**
 * Where two versions of a document differ, found without a character loop over megabytes:
 * substrings are compared in chunks (the engine compares them as memory), and only the chunk
 * that differs is narrowed down.
 */

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  let chunk = 256;
  while (i < n) {
    const len = Math.min(chunk, n - i);
    if (a.slice(i, i + len) === b.slice(i, i + len)) {
      i += len;
      chunk = Math.min(chunk * 2, 1 << 20);
    } else if (len <= 32) {
      while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
      return i;
    } else {
      chunk = len >> 1;
    }
  }
  return i;
}

/** Length of the longest common suffix of `a` and `b` that does not reach into their first `skip` characters. */
export function commonSuffix(a: string, b: string, skip: number): number {
  const n = Math.min(a.length, b.length) - skip;
  let i = 0;
  let chunk = 256;
  while (i < n) {
    const len = Math.min(chunk, n - i);
    if (a.slice(a.length - i - len, a.length - i) === b.slice(b.length - i - len, b.length - i)) {
      i += len;
      chunk = Math.min(chunk * 2, 1 << 20);
    } else if (len <= 32) {
      while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
      return i;
    } else {
      chunk = len >> 1;
    }
  }
  return i;
}

/** Index of the last element of the sorted `values` that is at most `value` (-1 when none). */
export function lastAtMost(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Offsets at which each line of `text` starts; a break is `\r\n`, `\r` or `\n`. */
export function lineStarts(text: string, base = 0): number[] {
  const starts = [base];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(base + i + 1);
  }
  return starts;
}
