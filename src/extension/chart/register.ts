/**
 * Everything about charts in VS Code: the "Chart Table" command, the CodeLens, the panel's
 * serializer, and the Markdown preview plugin. The chart library is never loaded here: the
 * panel's webview loads its own bundle, and the preview loads dist/chart-svg.js on its first
 * chart.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { ChartData } from '../../core/chart/chartData';
import type { ChartsMode } from '../../core/chart/documentCharts';
import { CHART_VIEW_TYPE, parsePanelState } from '../../webview/protocol';
import { core } from '../core';
import { FORMAT_COMMANDS } from '../formatCommandIds';
import { maxFileSizeForTyping, readOptions } from '../settings';
import { ChartCodeLensProvider } from './codeLens';
import { CHART_COMMANDS, CHART_SETTINGS, LENS_COMMANDS } from './ids';
import { ChartPanel, type ChartPanelInfo } from './panel';
import type { DocumentFindings } from '../documentFindings';

/** What `activate` returns: VS Code's Markdown extension calls `extendMarkdownIt`. */
export interface ChartsApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

type SvgRenderer = { renderChartSvg(data: ChartData): string };
let svgRenderer: SvgRenderer | undefined;

/** Loads the static renderer (ECharts) from its own bundle, on the first chart only. */
function renderSvg(data: ChartData): string {
  // A computed path, so that esbuild leaves the chart library out of extension.js.
  svgRenderer ??= require(join(__dirname, 'chart-svg.js')) as SvgRenderer;
  return svgRenderer.renderChartSvg(data);
}

function previewMode(): ChartsMode {
  const value = vscode.workspace.getConfiguration().get<string>(CHART_SETTINGS.previewCharts.key, CHART_SETTINGS.previewCharts.default);
  return (core().CHART_MODES as readonly string[]).includes(value) ? (value as ChartsMode) : CHART_SETTINGS.previewCharts.default;
}

function markFindings(): boolean {
  return vscode.workspace.getConfiguration().get<boolean>(CHART_SETTINGS.previewMarkFindings.key, CHART_SETTINGS.previewMarkFindings.default) !== false;
}

async function documentAt(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor.document : undefined;
}

async function placeCursor(uri: unknown, line: unknown, character = 0): Promise<boolean> {
  const document = await documentAt(uri);
  if (!document || typeof line !== 'number') return false;
  const position = document.validatePosition(new vscode.Position(line, character));
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  return true;
}

export function registerCharts(context: vscode.ExtensionContext, store: DocumentFindings): ChartsApi {
  const lenses = new ChartCodeLensProvider(store);
  context.subscriptions.push(
    vscode.commands.registerCommand(CHART_COMMANDS.chartTable.id, async (uri?: unknown, line?: unknown) => {
      const document = await documentAt(uri);
      if (!document) {
        void vscode.window.showInformationMessage('Results Tables: open a Markdown file with a results table first.');
        return undefined;
      }
      const at = typeof line === 'number' ? line : vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection.active.line : 0;
      ChartPanel.show(context.extensionUri, document, at);
      return undefined;
    }),
    // For tests and diagnostics: what the latest panel drew, answered by its webview.
    vscode.commands.registerCommand('resultsTables.chartPanelInfo', (timeoutMs?: unknown): Promise<ChartPanelInfo | undefined> =>
      ChartPanel.latest()?.info(typeof timeoutMs === 'number' ? timeoutMs : 10_000) ?? Promise.resolve(undefined),
    ),
    vscode.commands.registerCommand(LENS_COMMANDS.formatTableAt, async (uri?: unknown, line?: unknown) => {
      if (await placeCursor(uri, line)) await vscode.commands.executeCommand(FORMAT_COMMANDS.formatTable.id);
    }),
    vscode.commands.registerCommand(LENS_COMMANDS.showTableProblems, async (uri?: unknown, line?: unknown, character?: unknown) => {
      if (await placeCursor(uri, line, typeof character === 'number' ? character : 0)) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.window.registerWebviewPanelSerializer(CHART_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, saved: unknown) {
        const state = parsePanelState(saved);
        if (!state) {
          panel.dispose();
          return;
        }
        await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)).then(undefined, () => undefined);
        ChartPanel.revive(context.extensionUri, panel, state);
      },
    }),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, lenses),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('resultsTables.preview')) void vscode.commands.executeCommand('markdown.api.reloadPlugins');
      if (event.affectsConfiguration('resultsTables')) lenses.refresh();
    }),
  );
  return {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt {
      core().resultsTablesPreview(md, { mode: previewMode, markFindings, checkOptions: () => readOptions(undefined), renderSvg, maxLength: () => maxFileSizeForTyping(undefined) });
      return md;
    },
  };
}
