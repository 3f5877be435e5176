/**
 * The checker: text in, findings out. Detects the tables, understands each, runs every rule.
 */
import { detectTables } from './detect/detectTables';
import { splitLines } from './detect/lines';
import { analyzeTable, type ResultsTable } from './model/resultsTable';
import { RULES } from './rules';
import type { Finding, Severity, Table } from './types';

/** Options the adapters pass in; every field is optional. */
export interface CheckOptions {
  /** Severity per rule code; `off` turns a rule off. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
}

/** Runs every rule on one understood table. */
export function checkTable(model: ResultsTable, lines: readonly string[], options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const found of rule.check({ model, lines })) {
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

/** The tables of a document, understood. */
export function analyzeDocument(text: string): { lines: string[]; tables: Table[]; models: ResultsTable[] } {
  const lines = splitLines(text);
  const tables = detectTables(text);
  return { lines, tables, models: tables.map((table) => analyzeTable(table, lines)) };
}

/** Every finding in a Markdown document, in document order. */
export function checkDocument(text: string, options: CheckOptions = {}): Finding[] {
  const { lines, models } = analyzeDocument(text);
  return models.flatMap((model) => checkTable(model, lines, options)).sort(compareFindings);
}
