/**
 * Formatting in VS Code: the "Format Table" and "Format All Tables" commands, and a document
 * and range formatter for Markdown that touches only tables (so that it can be chosen as the
 * default Markdown formatter). A table that cannot be formatted without hiding a problem is
 * left as it is; the commands say why and offer the explicit fixes.
 */
import * as vscode from 'vscode';
import type { FormatResult, Refusal } from '../core/format/format';
import type { Range } from '../core/types';
import { registerClipboardCommands } from './clipboard';
import { isLarge } from './documentFindings';
import type { DocumentWork } from './documentWork';
import { applyToEditor, markdownEditor, toTextEdits } from './editorEdits';
import { FORMAT_COMMANDS } from './formatCommandIds';
import { registerTableCommands } from './tableCommands';

/** One line per problem: `Line 3: Row has 1 cell, header has 2; …`. */
export function describeRefusal(refusal: Refusal): string {
  return refusal.problems.map((p) => `Line ${p.range.start.line + 1}: ${p.message}`).join(' ');
}

/** Tells why a table was left as it is and applies the fix the user picks, if any. */
async function offerFixes(editor: vscode.TextEditor, refusal: Refusal, version: number): Promise<void> {
  const titles = refusal.fixes.map((fix) => fix.title);
  const picked = await vscode.window.showWarningMessage(`Table not formatted. ${describeRefusal(refusal)}`, ...titles);
  const fix = refusal.fixes.find((f) => f.title === picked);
  if (fix) await applyToEditor(editor, fix.edits, version);
}

/**
 * Formats in the editor. A large document is formatted in the worker thread, behind a
 * notification whose Cancel button stops it; nothing is applied then.
 */
async function formatInEditor(work: DocumentWork, editor: vscode.TextEditor, range: Range | undefined): Promise<void> {
  const document = editor.document;
  const version = document.version;
  const result: FormatResult | undefined = isLarge(document)
    ? await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: range ? 'Formatting the table…' : 'Formatting all tables…', cancellable: true },
        (_progress, token) => work.format(document, range, token),
      )
    : await work.format(document, range);
  if (!result) return;
  if (result.tables.length === 0) {
    void vscode.window.showInformationMessage(range ? 'There is no table at the cursor.' : 'There is no table in this document.');
    return;
  }
  if (!(await applyToEditor(editor, result.edits, version))) return;
  if (result.refused.length === 1) {
    await offerFixes(editor, result.refused[0]!, editor.document.version);
  } else if (result.refused.length > 1) {
    const lines = result.refused.map((r) => r.table.startLine + 1).join(', ');
    void vscode.window.showWarningMessage(
      `${result.refused.length} tables were left as they are (lines ${lines}): run Format Table on each to see why and fix it.`,
    );
  }
}

class TableFormatter implements vscode.DocumentFormattingEditProvider, vscode.DocumentRangeFormattingEditProvider {
  constructor(private readonly work: DocumentWork) {}

  provideDocumentFormattingEdits(document: vscode.TextDocument, _options: vscode.FormattingOptions, token: vscode.CancellationToken): Promise<vscode.TextEdit[]> {
    return this.format(document, undefined, token);
  }

  provideDocumentRangeFormattingEdits(
    document: vscode.TextDocument,
    range: vscode.Range,
    _options: vscode.FormattingOptions,
    token: vscode.CancellationToken,
  ): Promise<vscode.TextEdit[]> {
    return this.format(document, { start: range.start, end: range.end }, token);
  }

  private async format(document: vscode.TextDocument, range: Range | undefined, token: vscode.CancellationToken): Promise<vscode.TextEdit[]> {
    const result = await this.work.format(document, range, token);
    // Cancelled (format on save gives up after a while), or the document changed meanwhile.
    if (!result) return [];
    if (result.refused.length > 0) {
      const where = result.refused.map((r) => r.table.startLine + 1).join(', ');
      void vscode.window.showWarningMessage(
        `Results Tables left ${result.refused.length === 1 ? 'a table' : `${result.refused.length} tables`} as written (line ${where}): ` +
          `${describeRefusal(result.refused[0]!)} Run Format Table on it for the fixes.`,
      );
    }
    return toTextEdits(result.edits);
  }
}

/** Registers the formatter, the formatting commands, the table helpers and the clipboard commands. */
export function registerFormatting(context: vscode.ExtensionContext, work: DocumentWork): void {
  const formatter = new TableFormatter(work);
  const selector: vscode.DocumentSelector = { language: 'markdown' };
  context.subscriptions.push(
    vscode.languages.registerDocumentFormattingEditProvider(selector, formatter),
    vscode.languages.registerDocumentRangeFormattingEditProvider(selector, formatter),
    vscode.commands.registerCommand(FORMAT_COMMANDS.formatTable.id, async () => {
      const editor = markdownEditor();
      if (!editor) return;
      const position = editor.selection.active;
      await formatInEditor(work, editor, { start: position, end: position });
    }),
    vscode.commands.registerCommand(FORMAT_COMMANDS.formatAllTables.id, async () => {
      const editor = markdownEditor();
      if (editor) await formatInEditor(work, editor, undefined);
    }),
  );
  registerTableCommands(context);
  registerClipboardCommands(context);
}
