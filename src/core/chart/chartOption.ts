/**
 * Turns chart data and a view (chart kind, metric, orientation) into an ECharts option. Pure:
 * the same option is drawn live in the webview and as static SVG in Node, so the panel, the
 * preview and the CLI show the same chart. Only ECharts' types are imported.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartData, ChartMetric, ChartPoint } from './chartData';
import { rankingOf } from './ranking';
import { maxOf, minOf } from '../values/extent';

export type ChartKind = 'bars' | 'line' | 'ranking';
export type Orientation = 'vertical' | 'horizontal';

/** What the user chose to see. */
export interface ChartView {
  readonly kind: ChartKind;
  /** Index into `ChartData.metrics`; out-of-range values fall back to 0. */
  readonly metric: number;
  readonly orientation: Orientation;
}

export const DEFAULT_VIEW: ChartView = { kind: 'bars', metric: 0, orientation: 'vertical' };

/** Colours and font; the webview reads them from VS Code's CSS variables. */
export interface ChartTheme {
  readonly foreground: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  /** Colours of the other methods, in order. */
  readonly palette: readonly string[];
  /** Colour of the author's own method. */
  readonly own: string;
  readonly fontFamily: string;
}

/** Colour-blind-safe colours for methods; red is kept for the author's own method. */
export const PALETTE: readonly string[] = ['#4e79a7', '#59a14f', '#9c755f', '#b07aa1', '#76b7b2', '#edc948', '#f28e2b', '#bab0ac'];
export const OWN_COLOR = '#e15759';

export const LIGHT_THEME: ChartTheme = {
  foreground: '#333333',
  muted: '#6e6e6e',
  grid: '#d6d6d6',
  background: 'transparent',
  palette: PALETTE,
  own: OWN_COLOR,
  fontFamily: 'sans-serif',
};

/** The mark drawn above a best value. */
export const BEST_MARK = '★';

/** Which series colour each method gets: own methods red, the others the palette in order. */
export function seriesColors(metric: ChartMetric, theme: ChartTheme): string[] {
  let next = 0;
  return metric.series.map((s) => (s.own ? theme.own : theme.palette[next++ % theme.palette.length]!));
}

/** A baseline that shows differences between close values without hiding that bars start somewhere. */
export function baselineOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const lo = minOf(values);
  const hi = maxOf(values);
  if (lo <= 0 || hi <= 0 || lo / hi <= 0.5 || hi === lo) return 0;
  const step = 10 ** Math.floor(Math.log10(hi - lo));
  return Math.max(0, Math.floor((lo - (hi - lo) * 0.1) / step) * step);
}

/** A round top for the value axis, shared by the body and the summary grid so that they compare. */
export function topOf(values: readonly number[], baseline: number): number | undefined {
  if (values.length === 0) return undefined;
  const hi = maxOf(values);
  if (hi <= baseline) return undefined;
  const step = 10 ** Math.floor(Math.log10(hi - baseline));
  return Math.ceil(hi / step - 1e-9) * step;
}

function metricOf(data: ChartData, view: ChartView): ChartMetric {
  return data.metrics[view.metric] ?? data.metrics[0]!;
}

interface Axes {
  readonly category: Record<string, unknown>;
  readonly value: Record<string, unknown>;
}

function axesFor(view: ChartView, axes: Axes): Pick<EChartsOption, 'xAxis' | 'yAxis'> {
  return view.orientation === 'horizontal'
    ? ({ xAxis: axes.value, yAxis: { ...axes.category, inverse: true } } as Pick<EChartsOption, 'xAxis' | 'yAxis'>)
    : ({ xAxis: axes.category, yAxis: axes.value } as Pick<EChartsOption, 'xAxis' | 'yAxis'>);
}

function textStyle(theme: ChartTheme) {
  return { color: theme.foreground, fontFamily: theme.fontFamily };
}

function dataItem(point: ChartPoint, theme: ChartTheme, view: ChartView) {
  if (point.value === null) return { value: null };
  if (!point.best) return { value: point.value };
  return {
    value: point.value,
    // Thin horizontal bars would turn dark under a border: there the star alone marks the best.
    itemStyle: view.orientation === 'horizontal' ? {} : { borderColor: theme.foreground, borderWidth: 1.5 },
    label: { show: true, formatter: BEST_MARK, position: view.orientation === 'horizontal' ? 'right' : 'top', color: theme.foreground, fontSize: 10 },
  };
}

function valueAxis(theme: ChartTheme, name: string, min: number, max?: number, nameGap = 36) {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap,
    min,
    ...(max !== undefined ? { max } : {}),
    axisLabel: { color: theme.muted },
    nameTextStyle: { color: theme.foreground },
    axisLine: { show: true, lineStyle: { color: theme.muted } },
    splitLine: { lineStyle: { color: theme.grid } },
  };
}

function categoryAxis(theme: ChartTheme, data: readonly string[], rotate: boolean) {
  return {
    type: 'category',
    data: [...data],
    axisLabel: { color: theme.foreground, rotate: rotate ? 30 : 0, interval: 0 },
    axisLine: { lineStyle: { color: theme.muted } },
    axisTick: { alignWithLabel: true },
  };
}

function rankingOption(data: ChartData, metric: ChartMetric, view: ChartView, theme: ChartTheme): EChartsOption {
  const rankings = rankingOf(metric).filter((r) => r.meanRank !== null);
  const colors = seriesColors(metric, theme);
  const colorOf = new Map(metric.series.map((s, i) => [s.name, colors[i]!]));
  const axes = axesFor(
    { ...view, orientation: view.orientation === 'vertical' ? 'horizontal' : 'vertical' },
    {
      category: categoryAxis(theme, rankings.map((r) => r.name), false),
      value: { ...valueAxis(theme, `mean rank of ${metric.name} over ${data.categories.length} rows (lower is better)`, 0), minInterval: 1 },
    },
  );
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: textStyle(theme),
    title: { text: `${data.title}: ranking by ${metric.name}`, left: 'center', textStyle: { ...textStyle(theme), fontSize: 14 } },
    grid: { top: 48, left: 96, right: 120, bottom: 56 },
    ...axes,
    series: [
      {
        type: 'bar',
        name: 'mean rank',
        data: rankings.map((r) => ({
          value: Number(r.meanRank!.toFixed(2)),
          itemStyle: { color: colorOf.get(r.name) ?? theme.foreground },
          label: { show: true, position: view.orientation === 'vertical' ? 'right' : 'top', color: theme.foreground, formatter: `${r.meanRank!.toFixed(2)} (${r.wins} best)` },
        })),
      },
    ],
  };
}

/** The ECharts option for one view of one table. */
export function chartOption(data: ChartData, view: ChartView, theme: ChartTheme = LIGHT_THEME): EChartsOption {
  const metric = metricOf(data, view);
  if (view.kind === 'ranking') return rankingOption(data, metric, view, theme);
  const colors = seriesColors(metric, theme);
  const values = metric.series.flatMap((s) => [...s.points, ...s.summary].map((p) => p.value)).filter((v): v is number => v !== null);
  const min = baselineOf(values);
  const max = topOf(values, min);
  const hasSummary = data.summaryCategories.length > 0 && metric.series.some((s) => s.summary.some((p) => p.value !== null));
  const horizontal = view.orientation === 'horizontal';
  const rotate = !horizontal && data.categories.length > 6;
  // The summary rows get a grid of their own, beside the body (or below it when horizontal).
  // Margins are computed from the labels rather than left to ECharts, so that the body's grid
  // and the summary's grid line up (ECharts would shrink each to fit its own labels).
  const labelWidth = 7 * Math.max(1, ...[...data.categories, ...data.summaryCategories].map((c) => c.length));
  const valueWidth = 7 * (Math.max(...[min, max ?? 0].map((v) => String(Math.round(v)).length)) + 2);
  const margin = horizontal
    ? { left: Math.min(240, Math.max(60, labelWidth + 16)), bottom: 56, nameGap: 30 }
    : { left: valueWidth + 34, bottom: rotate ? Math.min(170, Math.max(48, Math.round(labelWidth * 0.5) + 24)) : 48, nameGap: valueWidth + 10 };
  const fixed = { outerBoundsMode: 'none' as const };
  const grids = hasSummary
    ? horizontal
      ? [
          { ...fixed, top: 80, left: margin.left, right: 40, bottom: '30%' },
          { ...fixed, top: '78%', left: margin.left, right: 40, bottom: margin.bottom },
        ]
      : [
          { ...fixed, top: 80, left: margin.left, right: '16%', bottom: margin.bottom },
          { ...fixed, top: 80, left: '86%', right: 16, bottom: margin.bottom },
        ]
    : [{ ...fixed, top: 80, left: margin.left, right: 24, bottom: margin.bottom }];
  const last = grids.length - 1;
  // The value axis is named once: on the left when vertical, under the lowest grid when horizontal.
  const axisSet = (categories: readonly string[], gridIndex: number) => {
    const named = horizontal ? gridIndex === last : gridIndex === 0;
    const labelled = horizontal || gridIndex === 0;
    return axesFor(view, {
      category: { ...categoryAxis(theme, categories, rotate && gridIndex === 0), gridIndex },
      value: { ...valueAxis(theme, named ? metric.axisLabel : '', min, max, margin.nameGap), gridIndex, ...(labelled ? {} : { axisLabel: { show: false } }) },
    });
  };
  const main = axisSet(data.categories, 0);
  const side = hasSummary ? axisSet(data.summaryCategories, 1) : undefined;
  const series: SeriesOption[] = [];
  metric.series.forEach((s, i) => {
    const common = {
      name: s.name,
      itemStyle: { color: colors[i] },
      // Hovering fades the other methods; the hovered one keeps its colour, so that it stays recognisable.
      emphasis: { focus: 'series' as const, itemStyle: { color: colors[i] } },
      ...(view.kind === 'line' ? { type: 'line' as const, symbolSize: 7, lineStyle: { width: s.own ? 3 : 1.5 } } : { type: 'bar' as const }),
    };
    series.push({ ...common, xAxisIndex: 0, yAxisIndex: 0, data: s.points.map((p) => dataItem(p, theme, view)) } as SeriesOption);
    if (hasSummary) series.push({ ...common, xAxisIndex: 1, yAxisIndex: 1, data: s.summary.map((p) => dataItem(p, theme, view)) } as SeriesOption);
  });
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: textStyle(theme),
    title: { text: metric.lowerIsBetter ? `${data.title}: ${metric.name} (lower is better)` : `${data.title}: ${metric.name}`, left: 'center', textStyle: { ...textStyle(theme), fontSize: 14 } },
    legend: { top: 36, data: metric.series.map((s) => s.name), textStyle: { color: theme.foreground } },
    grid: grids,
    xAxis: [main.xAxis, ...(side ? [side.xAxis] : [])],
    yAxis: [main.yAxis, ...(side ? [side.yAxis] : [])],
    series,
  } as EChartsOption;
}

/**
 * The point behind ECharts' `seriesIndex`/`dataIndex` in the option `chartOption` builds:
 * each method has one series for the body rows, followed by one for the summary rows when the
 * chart has them. Undefined for the ranking view, whose bars are not cells.
 */
export function pointAt(data: ChartData, view: ChartView, seriesIndex: number, dataIndex: number): ChartPoint | undefined {
  if (view.kind === 'ranking') return undefined;
  const metric = metricOf(data, view);
  const hasSummary = data.summaryCategories.length > 0 && metric.series.some((s) => s.summary.some((p) => p.value !== null));
  const series = metric.series[hasSummary ? Math.floor(seriesIndex / 2) : seriesIndex];
  if (!series) return undefined;
  const points = hasSummary && seriesIndex % 2 === 1 ? series.summary : series.points;
  const point = points[dataIndex];
  return point && point.value !== null ? point : undefined;
}
