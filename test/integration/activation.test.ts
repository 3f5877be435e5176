/**
 * The extension activates on Markdown and not before. This file runs first (see index.ts): no
 * Markdown document has been opened yet, although the workspace holds several.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllAndWait, extension, open, waitFor, workspaceUri } from './helpers';

describe('activation', () => {
  it('declares onLanguage:markdown, and no event that would activate it at startup', () => {
    const events = extension().packageJSON.activationEvents as string[];
    assert.ok(events.includes('onLanguage:markdown'), `activation events: ${events.join(', ')}`);
    // Restoring a chart panel (onWebviewPanel) or running a command is fine; starting up is not.
    const eager = events.filter((e) => e === '*' || e === 'onStartupFinished' || e.startsWith('workspaceContains:') || (e.startsWith('onLanguage:') && e !== 'onLanguage:markdown'));
    assert.deepEqual(eager, []);
  });

  it('is not active while no Markdown document is open, though the workspace holds Markdown files', async () => {
    const markdownFiles = await vscode.workspace.findFiles('**/*.md');
    assert.ok(markdownFiles.length >= 2, `the workspace should hold Markdown files, found ${markdownFiles.length}`);
    assert.deepEqual(
      vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').map((d) => d.uri.toString()),
      [],
    );
    assert.equal(extension().isActive, false);
  });

  it('stays inactive when a plain-text document with a table is shown', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '| a | b |\n|---|---|\n| 1 | 2 |\n' });
    // showTextDocument returns after the workbench has the editor: a round trip through it.
    await vscode.window.showTextDocument(document);
    assert.equal(extension().isActive, false);
    await closeAllAndWait();
  });

  it('activates when a Markdown document opens', async () => {
    await open(workspaceUri('small', 'average.md'));
    await waitFor('the extension to activate', () => (extension().isActive ? true : undefined), { timeoutMs: 15_000 });
    await closeAllAndWait(workspaceUri('small', 'average.md'));
  });
});
