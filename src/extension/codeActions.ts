/**
 * Quick fixes (Ctrl+.) for the diagnostics, "fix all in this table", "fix all in this file",
 * and the `source.fixAll.resultsTables` action that `editor.codeActionsOnSave` runs. Every edit
 * comes from the core; actions are matched to diagnostics by code and range, never by message.
 */
import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/types';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';
import { core } from './core';
import type { DocumentFindings } from './documentFindings';
import type { DocumentWork } from './documentWork';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('resultsTables');

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(e.range), e.newText);
  return edit;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

function sameRange(finding: Finding, range: vscode.Range): boolean {
  return (
    finding.range.start.line === range.start.line &&
    finding.range.start.character === range.start.character &&
    finding.range.end.line === range.end.line &&
    finding.range.end.character === range.end.character
  );
}

export class ResultsTablesCodeActions implements vscode.CodeActionProvider {
  /** Fix-all actions offered but not yet computed. */
  private readonly pending = new WeakMap<vscode.CodeAction, { document: vscode.TextDocument; span?: { startLine: number; endLine: number } }>();

  constructor(
    private readonly store: DocumentFindings,
    private readonly work: DocumentWork,
  ) {}

  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    const only = context.only;
    if (only && FIX_ALL_KIND.intersects(only) && !vscode.CodeActionKind.QuickFix.intersects(only)) {
      return this.fixAllAction(document, token);
    }
    if (only && !vscode.CodeActionKind.QuickFix.intersects(only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    // A large document being typed in has no current findings: its fixes wait for the save.
    const { findings, current } = this.store.findings(document);
    if (!current) return [];
    const { fixKey } = core();
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of ours) {
      const finding = findings.find((f) => f.code === codeOf(diagnostic) && sameRange(f, diagnostic.range));
      if (!finding?.fix || seen.has(fixKey(finding.fix))) continue;
      seen.add(fixKey(finding.fix));
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document, finding.fix.edits);
      action.diagnostics = ours.filter((d) => findings.some((f) => f.fix && fixKey(f.fix) === fixKey(finding.fix!) && f.code === codeOf(d) && sameRange(f, d.range)));
      action.isPreferred = finding.fix.preferred;
      actions.push(action);
    }
    if (actions.length === 0) return actions;
    const table = this.store.analysis(document)?.tables.find((t) => range.start.line >= t.startLine && range.start.line < t.endLine);
    const fixable = (span?: { startLine: number; endLine: number }) =>
      new Set(findings.filter((f) => f.fix && (!span || (f.range.start.line >= span.startLine && f.range.start.line < span.endLine))).map((f) => fixKey(f.fix!))).size;
    // The fix-all actions are computed only when chosen (resolveCodeAction): fixing a whole
    // file re-checks it, too much work for every lightbulb.
    if (table && fixable(table) > 1) {
      const action = new vscode.CodeAction('Fix all problems in this table', vscode.CodeActionKind.QuickFix);
      this.pending.set(action, { document, span: { startLine: table.startLine, endLine: table.endLine } });
      actions.push(action);
    }
    if (fixable() > (table ? fixable(table) : 1)) {
      const action = new vscode.CodeAction('Fix all Results Tables problems in this file', vscode.CodeActionKind.QuickFix);
      this.pending.set(action, { document });
      actions.push(action);
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction, token: vscode.CancellationToken): Promise<vscode.CodeAction> {
    const pending = this.pending.get(action);
    if (pending && !action.edit) {
      // Undefined when cancelled or outdated: the action then has no edit and changes nothing.
      const edits = await this.work.fixAllEdits(pending.document, pending.span, token);
      if (edits) action.edit = workspaceEdit(pending.document, edits);
    }
    return action;
  }

  /** `source.fixAll.resultsTables`, run by `editor.codeActionsOnSave` and "Fix All". */
  private async fixAllAction(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const edits = await this.work.fixAllEdits(document, undefined, token);
    if (!edits || edits.length === 0) return [];
    const action = new vscode.CodeAction('Fix all Results Tables problems', FIX_ALL_KIND);
    action.edit = workspaceEdit(document, edits);
    return [action];
  }
}
