/**
 * Reads the value a results-table cell shows: the number, how many decimals it displays, and
 * the marks around it (bold, underline, italic), from the Markdown, HTML and LaTeX spellings
 * that papers use. Offsets are kept so that a finding can underline exactly the number and a
 * fix can replace exactly it.
 */

/** Marks an author put on a value. */
export interface Marks {
  readonly bold: boolean;
  readonly underline: boolean;
  readonly italic: boolean;
}

/** One wrapper around a value as written (`**`…`**`, `<u>`…`</u>`), by offsets in the cell. */
export interface Wrapper {
  readonly mark: 'bold' | 'underline' | 'italic' | null;
  readonly openStart: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly closeEnd: number;
}

/** A cell that shows a number. */
export interface NumberValue extends Marks {
  readonly kind: 'number';
  readonly value: number;
  /** Decimal places displayed (`1e-3` displays 3, `1,234` displays 0). */
  readonly decimals: number;
  readonly percent: boolean;
  /** The spread after `±` or in parentheses, when there is one. */
  readonly spread?: number;
  /** Offset of the number (sign included) in the cell's text, and just after it. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Wrappers around the value, outermost first; fixes remove or add marks with them. */
  readonly wrappers: readonly Wrapper[];
}

/** A cell that says there is no value (`-`, `N/A`, empty); never read as 0. */
export interface MissingValue extends Marks {
  readonly kind: 'missing';
}

/** A cell of text that is not a number. */
export interface TextValue extends Marks {
  readonly kind: 'text';
  /** The text with marks removed. */
  readonly text: string;
}

export type CellValue = NumberValue | MissingValue | TextValue;

interface Window {
  lo: number;
  hi: number;
  bold: boolean;
  underline: boolean;
  italic: boolean;
  wrappers?: Wrapper[];
}

type Mark = 'bold' | 'underline' | 'italic';

/** Wrappers an author puts around a value, as opening and closing patterns. */
const WRAPPERS: ReadonlyArray<{ open: RegExp; close: RegExp; mark: Mark | null }> = [
  { open: /^\*\*/, close: /\*\*$/, mark: 'bold' },
  { open: /^__/, close: /__$/, mark: 'bold' },
  { open: /^\*/, close: /\*$/, mark: 'italic' },
  { open: /^_/, close: /_$/, mark: 'italic' },
  { open: /^<(b|strong)(\s[^>]*)?>/i, close: /<\/(b|strong)\s*>$/i, mark: 'bold' },
  { open: /^<(u|ins)(\s[^>]*)?>/i, close: /<\/(u|ins)\s*>$/i, mark: 'underline' },
  { open: /^<(i|em)(\s[^>]*)?>/i, close: /<\/(i|em)\s*>$/i, mark: 'italic' },
  { open: /^\$/, close: /\$$/, mark: null },
  { open: /^\\(mathbf|textbf|bm|boldsymbol|pmb)\s*\{/, close: /\}$/, mark: 'bold' },
  { open: /^\\underline\s*\{/, close: /\}$/, mark: 'underline' },
  { open: /^\\(textit|mathit|emph)\s*\{/, close: /\}$/, mark: 'italic' },
  { open: /^\{/, close: /\}$/, mark: null },
];

const MISSING = /^(?:-+|—|–|n\/?a|n\.a\.|na|none|null|✗|✘|×|x|\?|tbd|oom|oot|timeout)?$/i;

/** A number: sign (ASCII, Unicode minus or en dash), digits with optional thousands commas. */
const NUMBER = /^([+\-−–]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:[eE]([+\-−]?\d+))?/;

/** What may follow the spread or the number and still leave a numeric cell. */
const FOOTNOTE = /^(?:[†‡§¶*]+|\^\{?[\w*†‡]+\}?|<sup>[^<]*<\/sup>)$/;

/** Index of the brace that closes the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Wrappers peeled at most from one value. Real values have a few (`<b>**$\mathbf{1}$**</b>`);
 * the bound keeps peeling linear in the cell's length whatever the text (each round scans it).
 */
const MAX_WRAPPERS = 16;

/** First characters of the wrappers above: `*`, `_`, `<`, `$`, `\\`, `{`. */
function opensWrapper(code: number): boolean {
  return code === 42 || code === 95 || code === 60 || code === 36 || code === 92 || code === 123;
}

/** Whether `code` may be white space to `String.prototype.trim` (ASCII controls, or non-ASCII). */
function maybeSpace(code: number): boolean {
  return code <= 32 || code >= 0x80;
}

/** Removes wrappers from both ends of the window while one encloses it all. */
function peel(text: string, w: Window): void {
  let changed = true;
  for (let round = 0; changed && round < MAX_WRAPPERS; round++) {
    changed = false;
    // Most cells have no wrapper and no space at either end: nothing to peel, no slice needed.
    if (w.lo >= w.hi) return;
    const first = text.charCodeAt(w.lo);
    if (!opensWrapper(first) && !maybeSpace(first) && !maybeSpace(text.charCodeAt(w.hi - 1))) return;
    const inner = text.slice(w.lo, w.hi);
    const trimmed = inner.trim();
    if (trimmed.length !== inner.length) {
      w.lo += inner.indexOf(trimmed);
      w.hi = w.lo + trimmed.length;
    }
    const current = text.slice(w.lo, w.hi);
    for (const wrapper of WRAPPERS) {
      const open = wrapper.open.exec(current);
      if (!open) continue;
      const rest = current.slice(open[0].length);
      const close = wrapper.close.exec(rest);
      if (!close || rest.length - close[0].length < 1) continue;
      // A LaTeX group must close at the very end: `\mathbf{1}_{\pm 2}` is not one group.
      if (open[0].endsWith('{') && closingBrace(current, open[0].length - 1) !== current.length - 1) continue;
      w.wrappers?.push({ mark: wrapper.mark, openStart: w.lo, openEnd: w.lo + open[0].length, closeStart: w.hi - close[0].length, closeEnd: w.hi });
      w.lo += open[0].length;
      w.hi -= close[0].length;
      if (wrapper.mark) w[wrapper.mark] = true;
      changed = true;
      break;
    }
  }
}

/** Where the value ends and a spread begins: `±`, `\pm`, `+-`, or ` (`. */
const SPREAD_MARK = /(?:±|\\pm\b|\+\/?-|_\{\s*\\pm|\()\s*/;

/**
 * The first spread mark in `core` with the whitespace around it, as the mark pattern preceded
 * by `\s*` would match it. The leading whitespace is found by walking back from the mark: a
 * leading `\s*` in the pattern made the search quadratic on long runs of spaces.
 */
function findSpread(core: string): { index: number; length: number } | null {
  const match = SPREAD_MARK.exec(core);
  if (!match) return null;
  let index = match.index;
  while (index > 0 && /\s/.test(core[index - 1]!)) index--;
  return { index, length: match.index + match[0].length - index };
}

interface ParsedNumber {
  value: number;
  decimals: number;
  percent: boolean;
  /** Offset just after the digits. */
  numberEnd: number;
  /** Offset just after the digits and any percent sign. */
  end: number;
}

function parseNumber(text: string, lo: number, hi: number): ParsedNumber | undefined {
  const slice = text.slice(lo, hi);
  const match = NUMBER.exec(slice);
  if (!match || (match[2] === '' && match[3] === undefined)) return undefined;
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1;
  const digits = (match[2] ?? '').replace(/,/g, '') + (match[3] !== undefined ? `.${match[3]}` : '');
  const exponent = match[4] !== undefined ? Number(match[4].replace('−', '-')) : 0;
  const value = sign * Number(digits) * 10 ** exponent;
  if (!Number.isFinite(value)) return undefined;
  const decimals = Math.max(0, (match[3]?.length ?? 0) - exponent);
  let end = match[0].length;
  const after = slice.slice(end);
  const percent = /^\s*\\?%/.exec(after);
  if (percent) end += percent[0].length;
  // Normalise -0 to 0 so that equal displays compare equal.
  const numberEnd = lo + match[0].length;
  return { value: value === 0 ? 0 : value, decimals, percent: percent !== null, numberEnd, end: lo + end };
}

/** Parses the spread part (`0.4`, `0.4)`, `0.4}`), returning its value if it is all there is. */
function parseSpread(text: string, lo: number, hi: number): number | undefined {
  const w: Window = { lo, hi, bold: false, underline: false, italic: false };
  let tail = text.slice(lo, hi).trim();
  tail = tail.replace(/\)$/, '').replace(/\}\s*\$?$/, '').replace(/\$$/, '').trim();
  w.hi = w.lo + text.slice(lo, hi).indexOf(tail) + tail.length;
  w.lo = lo + text.slice(lo, hi).indexOf(tail);
  peel(text, w);
  const number = parseNumber(text, w.lo, w.hi);
  if (!number) return undefined;
  const rest = text.slice(number.end, w.hi).trim();
  return rest === '' || FOOTNOTE.test(rest) ? Math.abs(number.value) : undefined;
}

/** What a text value's `text` leaves out: emphasis characters and HTML tags. */
const TAGS_AND_MARKS = /[*_]|<\/?[a-z]+[^<>]*>/gi;

const NO_MARKS: Marks = { bold: false, underline: false, italic: false };

/**
 * The commonest cell, a plain decimal number (`92.4`, `-3`, `+0.50`, `71.0%`), read without
 * regular expressions or slices; anything else returns undefined for the general reader, whose
 * result this equals (a unit test compares the two on generated cells).
 */
function plainNumber(text: string): NumberValue | undefined {
  const length = text.length;
  let i = 0;
  const sign = length > 0 ? text.charCodeAt(0) : 0;
  if (sign === 43 || sign === 45) i++;
  const digitsStart = i;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  if (i === digitsStart) return undefined;
  let decimals = 0;
  if (i < length && text.charCodeAt(i) === 46) {
    const fraction = ++i;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
    decimals = i - fraction;
    if (decimals === 0) return undefined;
  }
  const numberEnd = i;
  const percent = i < length && text.charCodeAt(i) === 37;
  if (percent) i++;
  if (i !== length) return undefined;
  const magnitude = Number(text.slice(digitsStart, numberEnd));
  if (!Number.isFinite(magnitude)) return undefined;
  const value = sign === 45 ? -magnitude : magnitude;
  // Normalise -0 to 0 so that equal displays compare equal.
  return {
    kind: 'number', value: value === 0 ? 0 : value, decimals, percent, numberStart: 0, numberEnd, wrappers: NO_WRAPPERS,
    bold: false, underline: false, italic: false,
  };
}

/** The wrappers of a bare number, shared: a value's wrappers are never changed. */
const NO_WRAPPERS: readonly Wrapper[] = Object.freeze([]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Bold and underline as most tables write them, read on the fast path. */
const SIMPLE_WRAPPERS: ReadonlyArray<{ open: string; close: string; mark: 'bold' | 'underline' }> = [
  { open: '**', close: '**', mark: 'bold' },
  { open: '__', close: '__', mark: 'bold' },
  { open: '<u>', close: '</u>', mark: 'underline' },
  { open: '<b>', close: '</b>', mark: 'bold' },
];

/** A plain number inside one simple wrapper (`**92.4**`, `<u>88.1</u>`), else undefined. */
function wrappedNumber(text: string): NumberValue | undefined {
  for (const { open, close, mark } of SIMPLE_WRAPPERS) {
    if (!text.startsWith(open) || !text.endsWith(close) || text.length <= open.length + close.length) continue;
    const inner = plainNumber(text.slice(open.length, text.length - close.length));
    if (!inner) return undefined;
    const wrapper: Wrapper = { mark, openStart: 0, openEnd: open.length, closeStart: text.length - close.length, closeEnd: text.length };
    return {
      ...inner, numberStart: open.length, numberEnd: open.length + inner.numberEnd, wrappers: [wrapper],
      bold: mark === 'bold', underline: mark === 'underline', italic: false,
    };
  }
  return undefined;
}

/** A word label such as `DRAEM` or `bottle`: a letter first, printable ASCII last. */
function wordCell(text: string): CellValue | undefined {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) || !(last > 32 && last < 127)) return undefined;
  if (MISSING.test(text)) return { kind: 'missing', ...NO_MARKS };
  return { kind: 'text', text: text.replace(TAGS_AND_MARKS, '').trim(), ...NO_MARKS };
}

/** Reads a cell's trimmed source text. */
export function parseValue(text: string): CellValue {
  // Fast paths for the commonest cells; each returns what the general reader would.
  return plainNumber(text) ?? wrappedNumber(text) ?? wordCell(text) ?? parseGeneral(text);
}

/** The general reader of a cell: every wrapper, spread, footnote and missing-value spelling. */
export function parseGeneral(text: string): CellValue {
  // A percent sign or footnote mark after the closing mark (`**71.0**%`, `**62.5**†`).
  const suffix = MARKED_SUFFIX.exec(text);
  if (suffix) {
    const value = parseWithin(text, suffix.index + suffix[1]!.length);
    if (value.kind === 'number') return suffix[2]!.includes('%') ? { ...value, percent: true } : value;
  }
  return parseWithin(text, text.length);
}

const MARKED_SUFFIX = /(\*\*|__|<\/(?:b|strong|u|ins|em|i)>)(\s*(?:\\?%|[†‡§¶]+|<sup>[^<>]*<\/sup>))$/i;

/** Reads the value in `text` up to `hi`. */
function parseWithin(text: string, hi: number): CellValue {
  const w: Window = { lo: 0, hi, ...NO_MARKS, wrappers: [] };
  peel(text, w);
  const marks = (): Marks => ({ bold: w.bold, underline: w.underline, italic: w.italic });
  const core = text.slice(w.lo, w.hi);
  if (MISSING.test(core)) return { kind: 'missing', ...marks() };

  const spread = findSpread(core);
  const valueHi = spread && spread.index > 0 ? w.lo + spread.index : w.hi;
  // The value itself may carry its own marks (`**12.3** ± 0.4`).
  const inner: Window = { ...w, hi: valueHi, wrappers: [...w.wrappers!] };
  peel(text, inner);
  const number = parseNumber(text, inner.lo, inner.hi);
  const text0 = (): TextValue => ({ kind: 'text', text: core.replace(TAGS_AND_MARKS, '').trim(), ...marks() });
  if (!number) return text0();
  let spreadValue: number | undefined;
  const rest = text.slice(number.end, inner.hi).trim();
  if (rest !== '' && !FOOTNOTE.test(rest)) return text0();
  if (spread && spread.index > 0) {
    spreadValue = parseSpread(text, w.lo + spread.index + spread.length, w.hi);
    if (spreadValue === undefined) return text0();
  }
  const result: NumberValue = {
    kind: 'number',
    value: number.value,
    decimals: number.decimals,
    percent: number.percent,
    numberStart: inner.lo,
    numberEnd: number.numberEnd,
    wrappers: inner.wrappers!,
    bold: inner.bold,
    underline: inner.underline,
    italic: inner.italic,
    ...(spreadValue !== undefined ? { spread: spreadValue } : {}),
  };
  return result;
}
