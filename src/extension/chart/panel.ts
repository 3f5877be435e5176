/**
 * The chart panel: a webview beside the editor that charts one results table and follows the
 * document as it is edited. One panel per document; charting another table of the same
 * document moves it there. Messages from the webview are validated before anything happens.
 */
import * as vscode from 'vscode';
import type { TableChart } from '../../core/chart/documentCharts';
import { core } from '../core';
import { readOptions } from '../settings';
import { FORMAT_COMMANDS } from '../formatCommandIds';
import { CHART_VIEW_TYPE, parseWebviewMessage, type ChartPanelState, type ExtensionMessage, type WebviewMessage } from '../../webview/protocol';
import { chartHtml } from './html';
import { shiftedLine } from './lineTracking';

/** Milliseconds after the last keystroke before the chart is redrawn. */
const DEBOUNCE_MS = 150;

/** What `resultsTables.chartPanelInfo` answers: enough for tests to see the panel work. */
export interface ChartPanelInfo {
  readonly state: ChartPanelState;
  readonly bars: number;
  readonly title: string;
  readonly html: string;
}

/** Options of every chart webview: scripts on, and only the extension's media/ and dist/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

export class ChartPanel implements vscode.Disposable {
  private static readonly panels = new Map<string, ChartPanel>();

  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pings = new Map<number, (message: Extract<WebviewMessage, { type: 'pong' }>) => void>();
  private nextPing = 1;
  private current: TableChart | undefined;
  private disposed = false;

  /** Opens (or moves) the chart of the table at `line` of `document`. */
  static show(extensionUri: vscode.Uri, document: vscode.TextDocument, line: number): ChartPanel {
    const key = document.uri.toString();
    const existing = ChartPanel.panels.get(key);
    if (existing) {
      existing.state = { ...existing.state, startLine: line };
      existing.update();
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      CHART_VIEW_TYPE,
      'Chart',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(extensionUri),
    );
    return new ChartPanel(extensionUri, panel, { uri: key, startLine: line, view: core().DEFAULT_VIEW });
  }

  /** Brings back a panel VS Code restored after a reload. */
  static revive(extensionUri: vscode.Uri, panel: vscode.WebviewPanel, state: ChartPanelState): ChartPanel {
    panel.webview.options = webviewOptions(extensionUri);
    ChartPanel.panels.get(state.uri)?.dispose();
    return new ChartPanel(extensionUri, panel, state);
  }

  /** The most recently opened panel, for tests. */
  static latest(): ChartPanel | undefined {
    return [...ChartPanel.panels.values()].at(-1);
  }

  private constructor(
    private readonly extensionUri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private state: ChartPanelState,
  ) {
    ChartPanel.panels.set(state.uri, this);
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() !== this.state.uri) return;
        this.state = { ...this.state, startLine: shiftedLine(this.state.startLine, event.contentChanges) };
        this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.state.uri) this.post({ type: 'noTable', state: this.state, reason: 'The document was closed.' });
      }),
    );
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'chart.svg');
    this.render();
  }

  private document(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.state.uri && !d.isClosed);
  }

  /** The message that draws the current table, or says why there is none. */
  private message(): ExtensionMessage {
    const document = this.document();
    if (!document) return { type: 'noTable', state: this.state, reason: 'The document is not open.' };
    // The table at the remembered line, or else the nearest one; only the tables it takes to
    // find it are understood, so redrawing after an edit costs a detection, not a whole check.
    const near = core().chartNear(document.getText(), this.state.startLine, readOptions(document.uri));
    this.current = near?.chart;
    if (!near) return { type: 'noTable', state: this.state, reason: 'There is no results table to chart here any more.' };
    const { chart, problems } = near;
    this.state = { ...this.state, startLine: chart.table.startLine };
    this.panel.title = `Chart: ${chart.data.title}`;
    return { type: 'show', state: this.state, data: chart.data, problems, version: document.version };
  }

  /** Sets the page, with the chart's data in it, so that it draws without waiting for a message. */
  private render(): void {
    const webview = this.panel.webview;
    // Web Crypto (global in Node 20 and so in VS Code 1.90's extension host): importing
    // node:crypto instead would load it at activation, for a few milliseconds.
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
    webview.html = chartHtml({
      cspSource: webview.cspSource,
      nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'chart-webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'chart.css')).toString(),
      initial: this.message(),
    });
  }

  private update(): void {
    this.post(this.message());
  }

  private post(message: ExtensionMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private schedule(document: vscode.TextDocument): void {
    if (this.timer) clearTimeout(this.timer);
    const version = document.version;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A newer edit has its own timer.
      if (document.version === version) this.update();
    }, DEBOUNCE_MS);
  }

  /** Asks the webview what it drew. */
  info(timeoutMs = 10_000): Promise<ChartPanelInfo> {
    const id = this.nextPing++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pings.delete(id);
        reject(new Error('the chart webview did not answer'));
      }, timeoutMs);
      this.pings.set(id, (pong) => {
        clearTimeout(timer);
        resolve({ state: this.state, bars: pong.bars, title: pong.title, html: this.panel.webview.html });
      });
      this.post({ type: 'ping', id });
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.update();
        return;
      case 'viewChanged':
        this.state = { ...this.state, view: message.view };
        return;
      case 'reveal':
        await this.reveal(message.cell.line, message.cell.start, message.cell.end);
        return;
      case 'export':
        await this.export(message.format, message.data);
        return;
      case 'reformat':
        await this.reformat(message.action);
        return;
      case 'pong':
        this.pings.get(message.id)?.(message);
        this.pings.delete(message.id);
        return;
    }
  }

  /** Shows the document with the range selected; the range is clamped to the document. */
  private async reveal(line: number, start: number, end: number): Promise<vscode.TextEditor | undefined> {
    const document = this.document() ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(this.state.uri)));
    if (line >= document.lineCount) return undefined;
    const range = document.validateRange(new vscode.Range(line, start, line, end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private async export(format: 'svg' | 'png', data: string): Promise<void> {
    const base = this.current ? `table-${this.current.index + 1}` : 'chart';
    const folder = vscode.Uri.joinPath(vscode.Uri.parse(this.state.uri), '..');
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, `${base}.${format}`),
      filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : new Uint8Array(Buffer.from(data, 'base64'));
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Chart saved to ${vscode.workspace.asRelativePath(target)}.`);
  }

  /** Runs a table command on this table: the cursor goes to the table (or the metric's column). */
  private async reformat(action: 'format' | 'sortBestFirst' | 'transpose' | 'decimals'): Promise<void> {
    const chart = this.current;
    if (!chart) return;
    const metric = chart.data.metrics[this.state.view.metric] ?? chart.data.metrics[0]!;
    const series = metric.series.find((s) => s.own) ?? metric.series[0];
    const cell = series?.points.find((p) => p.value !== null)?.cell;
    const byColumn = action === 'sortBestFirst' || action === 'decimals';
    const editor = byColumn && cell ? await this.reveal(cell.line, cell.start, cell.start) : await this.reveal(chart.table.startLine, 0, 0);
    if (!editor) return;
    const command = {
      format: FORMAT_COMMANDS.formatTable.id,
      sortBestFirst: FORMAT_COMMANDS.sortBestFirst.id,
      transpose: FORMAT_COMMANDS.transpose.id,
      decimals: FORMAT_COMMANDS.setDecimals.id,
    }[action];
    await vscode.commands.executeCommand(command);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ChartPanel.panels.get(this.state.uri) === this) ChartPanel.panels.delete(this.state.uri);
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.subscriptions.length = 0;
    this.panel.dispose();
  }
}
