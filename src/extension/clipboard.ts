/**
 * The clipboard: copy the table at the cursor as CSV, TSV or LaTeX (booktabs), and paste CSV
 * or TSV (cells copied from a spreadsheet) as a Markdown table at the cursor.
 */
import * as vscode from 'vscode';
import type { ConvertFormat } from '../core/convert/convertTable';
import { core } from './core';
import { applyToEditor, markdownEditor } from './editorEdits';
import { FORMAT_COMMANDS } from './formatCommandIds';

const NAMES: Readonly<Record<ConvertFormat, string>> = { csv: 'CSV', tsv: 'TSV', latex: 'LaTeX' };

async function copyAs(format: ConvertFormat): Promise<void> {
  const editor = markdownEditor();
  if (!editor) return;
  const { convertTable, tableAt } = core();
  const found = tableAt(editor.document.getText(), editor.selection.active.line);
  if (!found) {
    void vscode.window.showInformationMessage('There is no table at the cursor.');
    return;
  }
  const result = convertTable(found.doc, found.table, format);
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.error);
    return;
  }
  await vscode.env.clipboard.writeText(result.text);
  vscode.window.setStatusBarMessage(`Copied the table as ${NAMES[format]}.`, 3000);
}

/** Pastes `text` (the clipboard's, unless given) as a Markdown table at the cursor. */
async function pasteAsTable(given?: unknown): Promise<void> {
  const editor = markdownEditor();
  if (!editor) return;
  const text = typeof given === 'string' ? given : await vscode.env.clipboard.readText();
  const { delimitedToMarkdown, splitLines, tableInsertion } = core();
  const table = delimitedToMarkdown(text);
  if (!table) {
    void vscode.window.showInformationMessage('The clipboard holds no CSV or TSV cells to paste.');
    return;
  }
  const document = editor.document;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = tableInsertion(splitLines(document.getText()), editor.selection.active, table, eol);
  await applyToEditor(editor, [edit], document.version);
}

export function registerClipboardCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FORMAT_COMMANDS.copyAsCsv.id, () => copyAs('csv')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.copyAsTsv.id, () => copyAs('tsv')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.copyAsLatex.id, () => copyAs('latex')),
    vscode.commands.registerCommand(FORMAT_COMMANDS.pasteAsTable.id, pasteAsTable),
  );
}
