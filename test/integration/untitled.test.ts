/**
 * Untitled documents: a new Markdown document that was never saved is checked like a file, and a
 * document whose language changes to or from Markdown gains or loses its diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllAndWait, codeOf, replace, waitForDiagnostics } from './helpers';

const TABLE = ['| Method | A | B | Average |', '|---|---|---|---|', '| Ours | 90.0 | 80.0 | 86.0 |', '| Base | 70.0 | 60.0 | 65.0 |', ''].join('\n');

describe('untitled documents', () => {
  afterEach(() => closeAllAndWait());

  it('are checked, and re-checked as they are typed in', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: TABLE });
    assert.equal(document.isUntitled, true);
    await vscode.window.showTextDocument(document);
    const [finding] = await waitForDiagnostics(document.uri, 'the wrong average', (d) => d.length === 1);
    assert.equal(codeOf(finding!), 'average-mismatch');
    assert.equal(document.getText(finding!.range), '86.0');

    await replace(document, finding!.range, '85.0');
    await waitForDiagnostics(document.uri, 'no diagnostics once the average is right', (d) => d.length === 0);
  });

  it('gain diagnostics when their language becomes Markdown, and lose them when it stops being Markdown', async () => {
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: TABLE });
    await vscode.window.showTextDocument(plain);
    const markdown = await vscode.languages.setTextDocumentLanguage(plain, 'markdown');
    await waitForDiagnostics(markdown.uri, 'diagnostics after switching to Markdown', (d) => d.length === 1);
    const again = await vscode.languages.setTextDocumentLanguage(markdown, 'plaintext');
    await waitForDiagnostics(again.uri, 'no diagnostics after switching away from Markdown', (d) => d.length === 0);
  });
});
