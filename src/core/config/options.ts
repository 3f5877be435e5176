/**
 * Options: what the user can set (VS Code settings, the CLI's --config file) and what a
 * directive before a table can change for that table. Plain data; adapters fill it in.
 */
import { displayWidth } from '../format/width';
import type { Severity } from '../types';

/** Severity of a check, or `off`. */
export type Level = Severity | 'off';

/** What bold marks in a table: the best value, the best two, or nothing checkable. */
export type BoldMeaning = 'best' | 'top2' | 'none';

/** Options for a whole document. Every field is optional. */
export interface CheckOptions {
  /** Severity per rule code; `off` turns a rule off. */
  readonly severity?: Readonly<Record<string, Level>>;
  /** Metric name patterns that are better low: words (whole word, any case), `*` as wildcard. */
  readonly lowerIsBetter?: readonly string[];
  /** Metric name patterns that are better high; they win over the built-in list. */
  readonly higherIsBetter?: readonly string[];
  /** Allowed difference for averages: `auto` (one unit of the last displayed place) or a number. */
  readonly averageTolerance?: 'auto' | number;
  /** Relative difference under which two values count as tied (0: only equal values tie). */
  readonly tieTolerance?: number;
  /** Display width of a string, for keeping aligned tables aligned; the formatter's by default. */
  readonly stringWidth?: (text: string) => number;
}

/** Options in force for one table: the document's, changed by its directive. */
export interface TableOptions {
  readonly severity: Readonly<Record<string, Level>>;
  readonly lowerIsBetter: readonly string[];
  readonly higherIsBetter: readonly string[];
  /** Patterns from a directive; they win over the caption and the settings. */
  readonly directiveLower: readonly string[];
  readonly directiveHigher: readonly string[];
  readonly averageTolerance: 'auto' | number;
  readonly tieTolerance: number;
  readonly bold: BoldMeaning;
  /** `second`: underline marks the second best (checked when the table uses underline). */
  readonly underline: 'second' | 'none';
  readonly stringWidth: (text: string) => number;
}

export function tableOptions(options: CheckOptions): TableOptions {
  return {
    severity: options.severity ?? {},
    lowerIsBetter: options.lowerIsBetter ?? [],
    higherIsBetter: options.higherIsBetter ?? [],
    directiveLower: [],
    directiveHigher: [],
    averageTolerance: options.averageTolerance ?? 'auto',
    tieTolerance: options.tieTolerance ?? 0,
    bold: 'best',
    underline: 'second',
    stringWidth: options.stringWidth ?? displayWidth,
  };
}

/**
 * Whether a metric name matches one of the patterns: a word or phrase matched as a whole word
 * in any case, where `*` stands for any run of characters (`FID*`, `*error*`). Patterns are
 * never regular expressions, so a document or a workspace cannot make the checker hang.
 */
export function matchesPattern(name: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => patternRegExp(pattern)?.test(name.slice(0, 500)) ?? false);
}

/** Compiled patterns: every header of every table is matched against the same few. */
const compiled = new Map<string, RegExp | null>();

/** The regular expression of a pattern, or null for an empty one; compiled once. */
function patternRegExp(pattern: string): RegExp | null {
  let regExp = compiled.get(pattern);
  if (regExp !== undefined) return regExp;
  const body = pattern
    .trim()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^]*');
  regExp = body === '' ? null : new RegExp(`(?:^|[^\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
  // Patterns come from settings and directives: a few, but a document may hold many directives.
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, regExp);
  return regExp;
}
