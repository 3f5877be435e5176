/**
 * Detection that follows edits. The whole document is parsed once; after an edit, markdown-it
 * re-parses only a window around it, from a top-level block that starts before the edit to
 * the first top-level block after it where the new parse meets the old one again.
 *
 * Why that is exact: at the document's top level, markdown-it parses a block starting on line
 * L from the lines from L on alone, and decides where the block before ends by looking at most
 * at the first two lines of the next block (a table is recognised from its header and its
 * delimiter row; every other rule looks at one line). So a block that starts at least two
 * lines before the edit, and every block before it, is unchanged; and once the new parse
 * starts a top-level block on a line whose text (and all text after it) is unchanged and on
 * which the old parse also started one, the rest is the old parse, moved by the lines added.
 * The unit tests compare this with a full parse after random edits.
 */
import { parseBlocks, type HtmlBlock } from '../detect/blocks';
import { normalise, normalisedLineStarts, toTable } from '../detect/detectTables';
import { splitLines } from '../detect/lines';
import type { Table } from '../types';
import { commonPrefix, commonSuffix, lastAtMost, lineStarts } from './diff';
import { shiftHtmlBlock, shiftTable } from './shift';

/** What changed in the last update, for reusing per-table results. */
export interface ScanChange {
  /** Lines `[from, to)` of the new text that were re-parsed; tables elsewhere are reused. */
  readonly from: number;
  readonly to: number;
  /** Lines added (negative: removed) by the edit; tables after `to` moved by this much. */
  readonly delta: number;
}

/** Lines of new text the window first takes after the edit; it doubles until the parses meet. */
const FIRST_WINDOW = 64;

/** Changed lines beyond which a whole parse is as cheap as splicing. */
const LARGE_CHANGE = 5000;

/** Index of the first element whose `key` is at least `value`, in an array sorted by it. */
function firstAtLeast<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items before line `from`, the window's items (moved to document lines), and the items from old line `oldTo` (moved by `delta`). */
function spliced<T>(old: readonly T[], key: (item: T) => number, from: number, oldTo: number, window: readonly T[], moveWindow: (item: T) => T, delta: number, move: (item: T, delta: number) => T): T[] {
  const head = old.slice(0, firstAtLeast(old, from, key));
  const tail = old.slice(firstAtLeast(old, oldTo, key));
  return head.concat(window.map(moveWindow), delta === 0 ? tail : tail.map((item) => move(item, delta)));
}

export class DocumentScan {
  text = '';
  lines: string[] = [];
  /** Offset in `text` of each line. */
  private offsets: number[] = [0];
  tables: Table[] = [];
  htmlBlocks: HtmlBlock[] = [];
  /** First line of every top-level block. */
  private starts: number[] = [];
  /** Tables the last update moved by whole lines: the new object and the one it replaced. */
  moved = new Map<Table, Table>();

  /** Parses `text` from scratch. */
  reset(text: string): ScanChange {
    const { lines, source } = normalise(text);
    const parsed = parseBlocks(source);
    const starts = normalisedLineStarts(lines);
    this.text = text;
    this.lines = lines;
    this.offsets = lineStarts(text);
    this.tables = parsed.tables.map((rows) => toTable(lines, starts, rows));
    this.htmlBlocks = parsed.htmlBlocks;
    this.starts = parsed.starts;
    this.moved = new Map();
    return { from: 0, to: lines.length, delta: 0 };
  }

  /** Brings the scan to `text`, re-parsing only around what changed. */
  update(text: string): ScanChange {
    const old = this.text;
    this.moved = new Map();
    if (text === old) return { from: 0, to: 0, delta: 0 };
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    const oldLineCount = this.lines.length;
    // Lines a..b of the old text contain the change, with a line of margin for line breaks.
    const a = Math.max(0, lastAtMost(this.offsets, prefix) - 1);
    const b = Math.min(oldLineCount, lastAtMost(this.offsets, old.length - suffix) + 2);
    const regionStart = this.offsets[a]!;
    const regionEnd = b < oldLineCount ? this.offsets[b]! + (text.length - old.length) : text.length;
    const middle = splitLines(text.slice(regionStart, regionEnd));
    if (b < oldLineCount) middle.pop(); // The region ends with a line break: drop the empty piece.
    // A large change (a paste, a reload) is parsed whole.
    if (middle.length > LARGE_CHANGE) return this.reset(text);
    const delta = middle.length - (b - a);
    this.lines.splice(a, b - a, ...middle);
    const charDelta = text.length - old.length;
    const middleOffsets = lineStarts(text.slice(regionStart, regionEnd), regionStart).slice(0, middle.length);
    const offsets = this.offsets;
    if (delta === 0) {
      // The common case, an edit within lines: update in place rather than copy 100,000s of offsets.
      for (let i = 0; i < middleOffsets.length; i++) offsets[a + i] = middleOffsets[i]!;
      if (charDelta !== 0) for (let i = b; i < offsets.length; i++) offsets[i]! += charDelta;
    } else {
      const tail = offsets.slice(b);
      if (charDelta !== 0) for (let i = 0; i < tail.length; i++) tail[i]! += charDelta;
      this.offsets = offsets.slice(0, a).concat(middleOffsets, tail);
    }
    this.text = text;
    return this.reparse(a, b + delta, delta);
  }

  /** Re-parses from a top-level block at least two lines before line `a` to where parses meet. */
  private reparse(a: number, bNew: number, delta: number): ScanChange {
    const lineCount = this.lines.length;
    const k = lastAtMost(this.starts, a - 2);
    const from = k >= 0 ? this.starts[k]! : 0;
    for (let size = FIRST_WINDOW; ; size *= 2) {
      const end = Math.min(lineCount, bNew + size);
      const windowLines = this.lines.slice(from, end);
      const source = normalise(windowLines.join('\n')).source;
      const parsed = parseBlocks(source, from === 0);
      // The first top-level start after the edit, far enough from the window's end to be
      // decided by it, where the old parse also started a block.
      let meet = -1;
      for (const start of parsed.starts) {
        const line = start + from;
        if (line < bNew) continue;
        if (end < lineCount && line + 1 >= end) break;
        const old = line - delta;
        const i = lastAtMost(this.starts, old);
        if (i >= 0 && this.starts[i] === old) {
          meet = line;
          break;
        }
      }
      if (meet < 0 && end < lineCount) continue;
      const to = meet < 0 ? lineCount : meet;
      this.splice(from, to, delta, parsed, windowLines);
      return { from, to, delta };
    }
  }

  /** Replaces what lay on new lines `[from, to)` with the window's parse, and moves the rest. */
  private splice(from: number, to: number, delta: number, parsed: ReturnType<typeof parseBlocks>, windowLines: string[]): void {
    const starts = normalisedLineStarts(windowLines);
    const oldTo = to - delta;
    this.moved = new Map();
    const moveTable = (table: Table, by: number): Table => {
      const moved = shiftTable(table, by);
      this.moved.set(moved, table);
      return moved;
    };
    const within = (line: number) => line + from < to;
    this.tables = spliced(
      this.tables, (t) => t.startLine, from, oldTo,
      parsed.tables.filter((rows) => within(rows[0]!.line)).map((rows) => toTable(windowLines, starts, rows, from)), (t) => t,
      delta, moveTable,
    );
    this.htmlBlocks = spliced(
      this.htmlBlocks, (h) => h.startLine, from, oldTo,
      parsed.htmlBlocks.filter((h) => within(h.startLine)), (h) => shiftHtmlBlock(h, from),
      delta, shiftHtmlBlock,
    );
    this.starts = spliced(this.starts, (s) => s, from, oldTo, parsed.starts.filter(within), (s) => s + from, delta, (s, d) => s + d);
  }
}
