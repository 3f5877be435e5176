/**
 * Fix-all: applies every available fix, re-checks, and repeats until nothing is left to fix,
 * so that the result is consistent (a corrected average that changes which summary value is
 * best gets its bold moved in the next pass). Each pass applies only non-overlapping fixes.
 */
import { checkDocumentUnless, type CheckOptions } from '../check';
import { applyEdits, lineOffsets, offsetAt } from '../edits';
import type { Finding, Fix, TextEdit } from '../types';

const MAX_PASSES = 8;

/** Lines `[startLine, endLine)` to limit fixing to, such as one table. */
export interface LineSpan {
  readonly startLine: number;
  readonly endLine: number;
}

function inSpan(finding: Finding, span: LineSpan | undefined): boolean {
  return !span || (finding.range.start.line >= span.startLine && finding.range.start.line < span.endLine);
}

/** Identifies a fix by what it does: findings of one group carry equal fixes. */
export function fixKey(fix: Fix): string {
  return JSON.stringify(fix.edits);
}

/**
 * Index of the first interval in `taken` (sorted by start, as flat [start, end] pairs) whose
 * start is at or after `offset`.
 */
function lowerBound(taken: readonly number[], offset: number): number {
  let lo = 0;
  let hi = taken.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[2 * mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the edit `[start, end)` cannot be applied together with those in `taken`: it
 * overlaps one, or starts where one starts. Taken intervals never overlap, so sorted by start
 * each ends before the next begins, and only the neighbours of `start` need looking at.
 */
function clashes(taken: readonly number[], start: number, end: number): boolean {
  const i = lowerBound(taken, start);
  if (i > 0 && start < taken[2 * i - 1]!) return true;
  if (2 * i < taken.length) {
    const next = taken[2 * i]!;
    if (next === start || next < end) return true;
  }
  return false;
}

/** Whether edits of one fix, sorted by start then end, overlap (`applyEdits` would refuse them). */
function overlapsItself(spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]![0] < spans[i - 1]![1]) return true;
  return false;
}

/**
 * The fixes of `findings`, each once, in document order, without overlaps: a fix is taken when
 * its own edits can be applied together and none clashes with an edit already taken.
 */
export function compatibleFixes(text: string, findings: readonly Finding[]): Fix[] {
  const offsets = lineOffsets(text);
  // Taken edits as sorted flat [start, end] pairs: a binary search per edit, not a scan of all.
  const taken: number[] = [];
  const chosen: Fix[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const key = fixKey(fix);
    if (seen.has(key)) continue;
    seen.add(key);
    const spans = fix.edits
      .map((e) => [offsetAt(text, offsets, e.range.start), offsetAt(text, offsets, e.range.end)] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (overlapsItself(spans) || spans.some(([s, e]) => clashes(taken, s, e))) continue;
    take(taken, spans);
    chosen.push(fix);
  }
  return chosen;
}

/**
 * Adds a fix's sorted spans to the sorted pairs of `taken`, each before any taken pair with the
 * same start (an insertion and an edit at one offset stay insertion first, as sorted). A few
 * are spliced in; many are merged in one pass, since splicing each of a fix's 128,000 edits
 * (every code-span pipe of a long row) moved all the others every time: 2.9 s.
 */
function take(taken: number[], spans: ReadonlyArray<readonly [number, number]>): void {
  if (spans.length <= 16) {
    // Last first, so that each lands before those of the same fix that follow it.
    for (let i = spans.length - 1; i >= 0; i--) taken.splice(2 * lowerBound(taken, spans[i]![0]), 0, spans[i]![0], spans[i]![1]);
    return;
  }
  const old = taken.splice(0, taken.length);
  let t = 0;
  for (const [start, end] of spans) {
    while (t < old.length && old[t]! < start) taken.push(old[t++]!, old[t++]!);
    taken.push(start, end);
  }
  while (t < old.length) taken.push(old[t++]!, old[t++]!);
}

const never = () => false;

/** The text after every fix in `span` (or the whole document), re-checked until stable. */
export function fixAll(text: string, options: CheckOptions = {}, span?: LineSpan): string {
  return fixAllUnless(text, options, span, never)!;
}

/**
 * Fix-all that asks `cancelled` before each table of each pass, and gives undefined (nothing
 * fixed, never a part) as soon as it says yes.
 */
export function fixAllUnless(text: string, options: CheckOptions, span: LineSpan | undefined, cancelled: () => boolean): string | undefined {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = checkDocumentUnless(current, options, cancelled);
    if (!findings) return undefined;
    const fixes = compatibleFixes(current, findings.filter((f) => inSpan(f, span)));
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((fix) => fix.edits));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** One edit that turns `before` into `after`, replacing only the lines that differ. */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const offsets = lineOffsets(before);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < offsets.length && offsets[line + 1]! <= offset) line++;
    return { line, character: offset - offsets[line]! };
  };
  return [{ range: { start: position(start), end: position(before.length - end) }, newText: after.slice(start, after.length - end) }];
}
