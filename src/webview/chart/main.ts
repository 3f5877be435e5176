/**
 * The chart panel's script (bundled on its own into dist/chart-webview.js): draws the chart
 * with ECharts' SVG renderer, offers the view controls, a keyboard-accessible legend, export,
 * and reformat buttons, and talks to the extension only through the shared protocol. Every
 * piece of document text is set as text (textContent, ECharts text), never as HTML.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartData } from '../../core/chart/chartData';
import { chartOption, DEFAULT_VIEW, pointAt, seriesColors, type ChartTheme, type ChartView } from '../../core/chart/chartOption';
import { escapeHtml } from '../../core/chart/escape';
import { OWN_COLOR, PALETTE } from '../../core/chart/chartOption';
import { rankingOf } from '../../core/chart/ranking';
import type { ChartPanelState, ExtensionMessage, ReformatAction, WebviewMessage } from '../protocol';
import { parseView, REFORMAT_ACTIONS } from '../protocol';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: ChartPanelState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const chartElement = element<HTMLDivElement>('chart');
const kindSelect = element<HTMLSelectElement>('kind');
const metricSelect = element<HTMLSelectElement>('metric');
const orientationButton = element<HTMLButtonElement>('orientation');
const legend = element<HTMLDivElement>('legend');
const status = element<HTMLParagraphElement>('status');

let state: ChartPanelState | undefined;
let data: ChartData | undefined;
let hidden = new Set<string>();
const chart = echarts.init(chartElement, null, { renderer: 'svg' });

/** Colours from the VS Code theme in force (the body's CSS variables). */
function theme(): ChartTheme {
  const css = getComputedStyle(document.body);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    foreground: read('--vscode-editor-foreground', read('--vscode-foreground', '#333333')),
    muted: read('--vscode-descriptionForeground', '#6e6e6e'),
    grid: read('--vscode-editorWidget-border', read('--vscode-panel-border', '#d6d6d6')),
    background: 'transparent',
    palette: PALETTE,
    own: OWN_COLOR,
    fontFamily: read('--vscode-font-family', 'sans-serif'),
  };
}

function view(): ChartView {
  return state?.view ?? DEFAULT_VIEW;
}

function tooltip(params: unknown): string {
  const p = params as { seriesIndex: number; dataIndex: number; seriesName: string; name: string };
  if (!data) return '';
  const point = pointAt(data, view(), p.seriesIndex, p.dataIndex);
  if (!point) return escapeHtml(`${p.name}`);
  const best = point.best ? ' (best)' : '';
  return `${escapeHtml(p.seriesName)}<br>${escapeHtml(p.name)}: <b>${escapeHtml(point.text)}</b>${best}`;
}

/** Counts the bars (or points) drawn: shapes filled with a series colour. */
function drawnBars(): number {
  const colors = new Set([...PALETTE, OWN_COLOR].map((c) => c.toLowerCase()));
  return Array.from(chartElement.querySelectorAll('svg path')).filter((p) => colors.has((p.getAttribute('fill') ?? '').toLowerCase())).length;
}

function renderLegend(): void {
  // Rebuilding the buttons must not take the keyboard focus away from the one in use.
  const focused = Array.from(legend.children).indexOf(document.activeElement as Element);
  legend.replaceChildren();
  if (!data || view().kind === 'ranking') return;
  const metric = data.metrics[view().metric] ?? data.metrics[0]!;
  const colors = seriesColors(metric, theme());
  metric.series.forEach((series, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-pressed', String(!hidden.has(series.name)));
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colors[i]!;
    const name = document.createElement('span');
    name.textContent = series.own ? `${series.name} (own)` : series.name;
    if (series.own) name.className = 'own';
    button.append(swatch, name);
    button.addEventListener('click', () => {
      if (hidden.has(series.name)) hidden.delete(series.name);
      else hidden.add(series.name);
      render();
    });
    legend.append(button);
  });
  if (focused >= 0) (legend.children[focused] as HTMLButtonElement | undefined)?.focus();
}

function describe(): string {
  if (!data) return '';
  const metric = data.metrics[view().metric] ?? data.metrics[0]!;
  if (view().kind === 'ranking') {
    return `Ranking by ${metric.name}: ${rankingOf(metric).map((r) => `${r.name} ${r.meanRank?.toFixed(2) ?? '–'}`).join(', ')}`;
  }
  const wins = metric.series.map((s) => `${s.name} best in ${s.points.filter((p) => p.best).length}`);
  return `${data.title}: ${metric.axisLabel}, ${data.categories.length} rows, ${metric.series.length} methods; ${wins.join(', ')}`;
}

function render(): void {
  if (!data) return;
  const option = chartOption(data, view(), theme()) as echarts.EChartsCoreOption & Record<string, unknown>;
  // The legend is the HTML one above the chart (focusable buttons); ECharts keeps its state.
  const selected = Object.fromEntries((data.metrics[view().metric] ?? data.metrics[0]!).series.map((s) => [s.name, !hidden.has(s.name)]));
  const css = getComputedStyle(document.body);
  const hover = (name: string) => css.getPropertyValue(`--vscode-editorHoverWidget-${name}`).trim();
  const tooltipStyle = {
    ...(hover('background') ? { backgroundColor: hover('background') } : {}),
    ...(hover('border') ? { borderColor: hover('border') } : {}),
    ...(hover('foreground') ? { textStyle: { color: hover('foreground') } } : {}),
  };
  chart.setOption({ ...option, legend: { show: false, selected }, tooltip: { trigger: 'item', formatter: tooltip, ...tooltipStyle } }, { notMerge: true });
  chartElement.setAttribute('aria-label', describe());
  renderLegend();
  kindSelect.value = view().kind;
  metricSelect.value = String(view().metric);
  metricSelect.disabled = data.metrics.length < 2;
  orientationButton.setAttribute('aria-pressed', String(view().orientation === 'horizontal'));
}

function setMetrics(): void {
  metricSelect.replaceChildren(
    ...(data?.metrics ?? []).map((metric, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = metric.axisLabel;
      return option;
    }),
  );
}

function changeView(change: Partial<ChartView>): void {
  if (!state) return;
  const next = parseView({ ...state.view, ...change });
  if (!next) return;
  state = { ...state, view: next };
  vscode.setState(state);
  vscode.postMessage({ type: 'viewChanged', view: next });
  render();
}

function show(message: ExtensionMessage): void {
  if (message.type === 'ping') {
    vscode.postMessage({ type: 'pong', id: message.id, bars: drawnBars(), title: data?.title ?? '' });
    return;
  }
  // The view the user chose here wins over the extension's copy, which may be older.
  const kept = state && state.uri === message.state.uri ? state.view : message.state.view;
  state = { ...message.state, view: kept };
  vscode.setState(state);
  if (message.type === 'noTable') {
    data = undefined;
    chart.clear();
    legend.replaceChildren();
    status.textContent = message.reason;
    return;
  }
  data = message.data;
  if (state.view.metric >= data.metrics.length) state = { ...state, view: { ...state.view, metric: 0 } };
  setMetrics();
  render();
  status.textContent = message.problems === 0 ? 'No problems in this table.' : `${message.problems} problem${message.problems === 1 ? '' : 's'} in this table.`;
}

function download(format: 'svg' | 'png'): void {
  if (!data) return;
  const svg = chart.renderToSVGString();
  if (format === 'svg') {
    vscode.postMessage({ type: 'export', format, data: svg });
    return;
  }
  const image = new Image();
  image.addEventListener('load', () => {
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = chartElement.clientWidth * scale;
    canvas.height = chartElement.clientHeight * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    vscode.postMessage({ type: 'export', format: 'png', data: canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '') });
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

kindSelect.addEventListener('change', () => changeView({ kind: kindSelect.value as ChartView['kind'] }));
metricSelect.addEventListener('change', () => changeView({ metric: Number(metricSelect.value) }));
orientationButton.addEventListener('click', () => changeView({ orientation: view().orientation === 'vertical' ? 'horizontal' : 'vertical' }));
element<HTMLButtonElement>('export-svg').addEventListener('click', () => download('svg'));
element<HTMLButtonElement>('export-png').addEventListener('click', () => download('png'));
for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-reformat]'))) {
  const action = button.dataset.reformat as ReformatAction;
  if (REFORMAT_ACTIONS.includes(action)) button.addEventListener('click', () => vscode.postMessage({ type: 'reformat', action }));
}

chart.on('click', (params) => {
  if (!data) return;
  const point = pointAt(data, view(), params.seriesIndex ?? -1, params.dataIndex);
  if (point) vscode.postMessage({ type: 'reveal', cell: point.cell });
});

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => show(event.data));
window.addEventListener('resize', () => chart.resize());
// VS Code changes the body's class and variables when the colour theme changes.
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// Draw at once from the saved state (a reload) or the page's initial message.
const initial = document.body.dataset.state;
const saved = vscode.getState() as ChartPanelState | undefined;
if (initial) {
  const message = JSON.parse(initial) as ExtensionMessage;
  if (saved && message.type !== 'ping' && saved.uri === message.state.uri) state = saved;
  show(message);
}
vscode.postMessage({ type: 'ready' });
