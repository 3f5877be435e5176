/**
 * Output of `results-tables check`: text lines `path:line:col: severity code message`, or JSON
 * records with 1-based lines and columns and an exclusive end.
 */
import type { Finding } from '../core/types';

/** A finding with the file it was found in, 1-based, as the CLI prints it. */
export interface CliFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

export function toCliFinding(file: string, finding: Finding): CliFinding {
  return {
    file,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}

export function formatText(findings: readonly CliFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`).join('');
}

export function formatJson(findings: readonly CliFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
