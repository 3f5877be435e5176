/**
 * Charts in a real VS Code: the Chart Table command opens the panel, whose page runs under its
 * CSP and answers a message with what it drew; editing the table redraws it; and
 * `markdown.api.render` of the real README holds the charts when the setting asks for them.
 * Counts by hand (see test/unit/chartData.test.ts): the first table charts AUC with 15 rows ×
 * 5 methods + the Average row's 5 = 80 bars; without the bottle row, 14 × 5 + 5 = 75.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllAndWait, open, replace, workspaceUri } from './helpers';

interface PanelInfo {
  readonly state: { readonly uri: string; readonly startLine: number };
  readonly bars: number;
  readonly title: string;
  readonly html: string;
}

/**
 * Asks the latest chart panel what its webview drew until `accept` holds; each ask is a real
 * message round trip (ping → pong), retried until a deadline while the page loads or redraws.
 */
async function panelInfo(what: string, accept: (info: PanelInfo) => boolean, timeoutMs = 30_000): Promise<PanelInfo> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const info = await vscode.commands.executeCommand<PanelInfo | undefined>('resultsTables.chartPanelInfo', 2_000);
      if (info && accept(info)) return info;
      last = info ? `${info.bars} bars, "${info.title}"` : 'no panel';
    } catch (error) {
      last = String(error);
    }
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${last}`);
}

describe('charts', function () {
  this.timeout(90_000);
  afterEach(() => closeAllAndWait());

  it('Chart Table opens the panel; its page runs under the CSP, answers a message, and follows edits', async () => {
    const uri = workspaceUri('README.md');
    const editor = await open(uri);
    await vscode.commands.executeCommand('resultsTables.chartTable', uri, 7);
    const first = await panelInfo('the chart of table 1 with 80 bars', (info) => info.bars === 80);
    assert.equal(first.title, 'Pixel-level anomaly detection and segmentation performance comparison');
    assert.equal(first.state.startLine, 7);
    assert.match(first.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-[A-Za-z0-9+/=]+&#39;/);
    assert.equal((first.html.match(/<script /g) ?? []).length, 1);

    // Delete the bottle row (line 10 of the file): 14 rows are left.
    await replace(editor.document, new vscode.Range(9, 0, 10, 0), '');
    const edited = await panelInfo('the chart redrawn with 75 bars', (info) => info.bars === 75);
    assert.equal(edited.state.startLine, 7);
  });

  it('puts "Chart · Format · N problems" above each table of the real README', async () => {
    const uri = workspaceUri('README.md');
    await open(uri);
    // 20 of the README's 23 findings are in table 1 (header on line 8), 3 in table 2 (line 30).
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const ours = lenses.filter((lens) => lens.command?.command.startsWith('resultsTables.') || lens.command?.title.endsWith('problems'));
    assert.deepEqual(
      ours.map((lens) => [lens.range.start.line, lens.command?.title]),
      [[7, 'Chart'], [7, 'Format'], [7, '20 problems'], [29, 'Chart'], [29, 'Format'], [29, '3 problems']],
    );
  });

  it('markdown.api.render holds a chart under each table when resultsTables.preview.charts is all', async () => {
    const uri = workspaceUri('README.md');
    const config = vscode.workspace.getConfiguration('resultsTables.preview');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      await config.update('charts', 'all', vscode.ConfigurationTarget.Global);
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
      assert.equal((html.match(/<figure class="results-tables-chart"/g) ?? []).length, 2);
      assert.equal((html.match(/ecmeta_ssr_type="chart"/g) ?? []).length, 160);
      // The 23 findings of the real README mark 23 cells.
      assert.equal((html.match(/class="results-tables-finding"/g) ?? []).length, 23);

      await config.update('charts', 'off', vscode.ConfigurationTarget.Global);
      const off = await vscode.commands.executeCommand<string>('markdown.api.render', text);
      assert.equal((off.match(/results-tables-chart/g) ?? []).length, 0);
    } finally {
      await config.update('charts', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
