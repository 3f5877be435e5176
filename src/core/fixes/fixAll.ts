/**
 * Fix-all: applies every available fix, re-checks, and repeats until nothing is left to fix,
 * so that the result is consistent (a corrected average that changes which summary value is
 * best gets its bold moved in the next pass). Each pass applies only non-overlapping fixes.
 */
import { checkDocument, type CheckOptions } from '../check';
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

/** The fixes of `findings`, each once, in document order, without overlaps. */
export function compatibleFixes(text: string, findings: readonly Finding[]): Fix[] {
  const offsets = lineOffsets(text);
  const taken: Array<[number, number]> = [];
  const chosen: Fix[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || seen.has(fixKey(fix))) continue;
    seen.add(fixKey(fix));
    const spans = fix.edits.map((e) => [offsetAt(text, offsets, e.range.start), offsetAt(text, offsets, e.range.end)] as [number, number]);
    // Overlapping ranges, or two edits starting at one offset, cannot both be applied.
    const clash = spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || s === ts));
    if (clash) continue;
    taken.push(...spans);
    chosen.push(fix);
  }
  return chosen;
}

/** The text after every fix in `span` (or the whole document), re-checked until stable. */
export function fixAll(text: string, options: CheckOptions = {}, span?: LineSpan): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = checkDocument(current, options).filter((f) => inSpan(f, span));
    const fixes = compatibleFixes(current, findings);
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
