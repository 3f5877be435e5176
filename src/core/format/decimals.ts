/**
 * Sets the decimals a column displays, in every body row: `92.46` → `92.5`, `92` → `92.00`.
 * Rounding is done on the written digits (half away from zero), so no binary floating-point
 * error creeps in; the sign as written (`−`), thousands commas, `%`, marks and a spread
 * (`± 0.41`, `(0.41)`) are kept, the spread rounded to the same places.
 */
import type { Cell, Table, TextEdit } from '../types';
import { parseValue } from '../values/parseValue';
import { readTable } from './grid';
import { failure, type HelperResult } from './locate';
import { keepStyle } from './keepStyle';
import type { Doc } from './write';

const NUMBER = /^([+\-−–]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([+\-−]?\d+))?$/;

/** Adds one to a string of digits. */
function increment(digits: string): string {
  let out = '';
  let carry = true;
  for (let i = digits.length - 1; i >= 0; i--) {
    const d: number = digits.charCodeAt(i) - 48 + (carry ? 1 : 0);
    carry = d === 10;
    out = String(carry ? 0 : d) + out;
  }
  return carry ? `1${out}` : out;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `written` rounded or padded to `decimals` places; undefined when it is not a plain number. */
export function roundWritten(written: string, decimals: number): string | undefined {
  const match = NUMBER.exec(written);
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const [, sign = '', intPart = '', frac = '', exp] = match;
  const commas = intPart.includes(',');
  let digits = intPart.replace(/,/g, '') + frac;
  // The decimal point sits after `point` digits; an exponent moves it.
  let point = intPart.replace(/,/g, '').length + (exp ? Number(exp.replace('−', '-')) : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length);
  const keep = point + decimals;
  let kept = digits.slice(0, keep).padEnd(keep, '0');
  if ((digits.charCodeAt(keep) || 48) >= 53) kept = increment(kept === '' ? '0' : kept);
  const intDigits = (kept.slice(0, kept.length - decimals) || '0').replace(/^0+(?=\d)/, '');
  const fracDigits = kept.slice(kept.length - decimals);
  return `${sign}${commas ? groupThousands(intDigits) : intDigits}${decimals > 0 ? `.${fracDigits}` : ''}`;
}

const SPREAD = /(±|\\pm|\+\/?-|\()\s*\{?\s*(\d[\d,]*(?:\.\d+)?)/;

/** The edits that set one cell's number (and spread) to `decimals` places. */
function cellEdits(cell: Cell, decimals: number): TextEdit[] {
  const value = parseValue(cell.text);
  if (value.kind !== 'number') return [];
  const edits: TextEdit[] = [];
  const replace = (from: number, to: number): void => {
    const written = cell.text.slice(from, to);
    const rounded = roundWritten(written, decimals);
    if (rounded === undefined || rounded === written) return;
    edits.push({ range: { start: { line: cell.line, character: cell.start + from }, end: { line: cell.line, character: cell.start + to } }, newText: rounded });
  };
  replace(value.numberStart, value.numberEnd);
  if (value.spread !== undefined) {
    const spread = SPREAD.exec(cell.text.slice(value.numberEnd));
    if (spread) {
      const at = value.numberEnd + spread.index + spread[0].length - spread[2]!.length;
      replace(at, at + spread[2]!.length);
    }
  }
  return edits;
}

/** Sets `column` of every body row to `decimals` places. */
export function setDecimals(doc: Doc, table: Table, column: number, decimals: number): HelperResult {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) return failure('Decimals must be a whole number from 0 to 20.');
  const cells = table.rows.map((row) => row.cells[column]);
  const edits = cells.flatMap((cell) => (cell ? cellEdits(cell, decimals) : []));
  if (edits.length === 0) return { ok: true, edits: [] };
  const grid = readTable(table, doc.lines);
  const rows = grid.rows.map((row, r) => {
    const cell = cells[r];
    if (!cell) return row;
    const own = edits.filter((e) => e.range.start.line === cell.line);
    const text = [...own].reverse().reduce((t, e) => t.slice(0, e.range.start.character - cell.start) + e.newText + t.slice(e.range.end.character - cell.start), cell.text);
    return row.map((c, i) => (i === column ? text : c));
  });
  return keepStyle(doc, table, { ...grid, rows }, () => edits);
}
