/**
 * Turns the core's plain findings into VS Code diagnostics: stable codes that link to their
 * section of the README, and related information pointing at the evidence.
 */
import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/types';

/** Where each code is documented: the README section of the same name. */
export const DOCS_URL = 'https://github.com/results-tables/results-tables/blob/main/README.md';

export const DIAGNOSTIC_SOURCE = 'results-tables';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: vscode.Uri.parse(`${DOCS_URL}#${finding.code}`) };
  diagnostic.relatedInformation = finding.related.map(
    (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
  );
  return diagnostic;
}
