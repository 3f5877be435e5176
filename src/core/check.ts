/**
 * The checker: text in, findings out. Detects the tables, reads the directives, understands
 * each table with the options in force for it, and runs every rule.
 */
import { readDirectives, type TableDirective } from './config/directives';
import { tableOptions, type CheckOptions, type Level, type TableOptions } from './config/options';
import { scanDocument } from './detect/detectTables';
import { analyzeTable, type ResultsTable } from './model/resultsTable';
import { CODES, RULES } from './rules';
import { directiveFindings, invalidDirective } from './rules/invalidDirective';
import type { Finding, Severity, Table } from './types';

export type { CheckOptions } from './config/options';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The options for one table: the document's, changed by its directive and disabled regions. */
export function optionsFor(base: TableOptions, directive: TableDirective | undefined, disabled: ReadonlySet<string> | undefined): TableOptions {
  let severity: Record<string, Level> = { ...base.severity };
  const off = [...(directive?.ignore ?? []), ...(disabled ?? [])];
  if (off.includes('*')) severity = Object.fromEntries(CODES.map((code) => [code, 'off']));
  for (const code of off) severity[code] = 'off';
  if (!directive) return { ...base, severity };
  return {
    ...base,
    severity,
    directiveLower: directive.lower,
    directiveHigher: directive.higher,
    ...(directive.bold ? { bold: directive.bold } : {}),
    ...(directive.underline ? { underline: directive.underline } : {}),
    ...(directive.tolerance !== undefined ? { averageTolerance: directive.tolerance } : {}),
    ...(directive.tie !== undefined ? { tieTolerance: directive.tie } : {}),
  };
}

/** Runs every rule on one understood table. */
export function checkTable(model: ResultsTable, lines: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = model.options.severity[rule.code] ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    for (const { severity: lower, ...found } of rule.check({ model, lines })) {
      // A rule may only lower the severity (for information-only findings), never raise it.
      const severity = lower && ORDER[lower] > ORDER[configured] ? lower : configured;
      findings.push({ code: rule.code, severity, ...found });
    }
  }
  return findings;
}

/** Orders findings by position, then by code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code)
  );
}

/** A document understood: its lines, tables, models, and the findings about its directives. */
export interface AnalyzedDocument {
  readonly lines: string[];
  readonly tables: Table[];
  readonly models: ResultsTable[];
  /** Per table index: whether a directive asks for a chart (`chart`). */
  readonly chart: readonly boolean[];
  readonly directiveFindings: Finding[];
}

/** A document's tables with the directives and options in force, before any is understood. */
export function prepareDocument(text: string, options: CheckOptions = {}) {
  const { lines, tables, htmlBlocks } = scanDocument(text);
  const directives = readDirectives(htmlBlocks, tables, CODES);
  const base = tableOptions(options);
  const level = base.severity[invalidDirective.code] ?? invalidDirective.defaultSeverity;
  return {
    lines,
    tables,
    directives,
    analyze: (i: number) => analyzeTable(tables[i]!, lines, optionsFor(base, directives.perTable.get(i), directives.disabled.get(i))),
    directiveFindings: level === 'off' ? [] : directiveFindings(directives.problems, level),
  };
}

/** The tables of a document, understood with the options and directives in force. */
export function analyzeDocument(text: string, options: CheckOptions = {}): AnalyzedDocument {
  const { lines, tables, directives, analyze, directiveFindings } = prepareDocument(text, options);
  return {
    lines,
    tables,
    models: tables.map((_, i) => analyze(i)),
    chart: tables.map((_, i) => directives.perTable.get(i)?.chart ?? false),
    directiveFindings,
  };
}

/** What a check that may be cancelled gives: its findings, or how far it got before it stopped. */
export interface StoppableCheck {
  /** Every finding in document order; undefined when the check was cancelled. */
  readonly findings: Finding[] | undefined;
  /** How many tables were understood and checked. */
  readonly checkedTables: number;
  readonly tableCount: number;
}

/**
 * Checks a document, asking `cancelled` before each table and stopping as soon as it says yes.
 * Detection (one markdown-it block pass, about 10 ms per MB) runs to its end first.
 */
export function checkDocumentUnless(text: string, options: CheckOptions, cancelled: () => boolean): StoppableCheck {
  // One table at a time: a model is dropped once checked, instead of all being kept alive.
  const { lines, tables, analyze, directiveFindings } = prepareDocument(text, options);
  const findings = [...directiveFindings];
  for (let i = 0; i < tables.length; i++) {
    if (cancelled()) return { findings: undefined, checkedTables: i, tableCount: tables.length };
    for (const finding of checkTable(analyze(i), lines)) findings.push(finding);
  }
  return { findings: findings.sort(compareFindings), checkedTables: tables.length, tableCount: tables.length };
}

const never = () => false;

/** Every finding in a Markdown document, in document order. */
export function checkDocument(text: string, options: CheckOptions = {}): Finding[] {
  return checkDocumentUnless(text, options, never).findings!;
}
