/**
 * Applying the core's edits to an editor: one undo step, and only if the document is still the
 * version the edits were computed for.
 */
import * as vscode from 'vscode';
import type { TextEdit } from '../core/types';
import { toRange } from './convert';

/** The core's edits as VS Code's. */
export function toTextEdits(edits: readonly TextEdit[]): vscode.TextEdit[] {
  return edits.map((edit) => new vscode.TextEdit(toRange(edit.range), edit.newText));
}

/** Applies edits computed on `version` of the editor's document; false when it has changed. */
export async function applyToEditor(editor: vscode.TextEditor, edits: readonly TextEdit[], version: number): Promise<boolean> {
  if (edits.length === 0) return true;
  if (editor.document.version !== version) {
    void vscode.window.showWarningMessage('The document changed in the meantime; run the command again.');
    return false;
  }
  return editor.edit((builder) => {
    for (const edit of edits) builder.replace(toRange(edit.range), edit.newText);
  });
}

/** The active Markdown editor, or undefined after telling the user why there is none. */
export function markdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Results Tables: open a Markdown file first.');
    return undefined;
  }
  return editor;
}
