/**
 * Static SVG charts, drawn by ECharts' server-side SVG renderer: no DOM, no browser, the same
 * option as the live panel. Serves the Markdown preview and the CLI. This module pulls in
 * ECharts, so the extension loads it lazily from its own bundle (dist/chart-svg.js) and only
 * when a chart is shown.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartData } from '../core/chart/chartData';
import { chartOption, DEFAULT_VIEW, PALETTE, OWN_COLOR, type ChartTheme, type ChartView } from '../core/chart/chartOption';
import { escapeHtml } from '../core/chart/escape';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

// Colours that no chart uses, replaced after rendering by the surrounding text colour, so that
// one static SVG reads well on light, dark and high-contrast previews. (ECharts itself cannot
// be given `currentColor`: its colour parser never finishes on it.)
const FOREGROUND = '#010203';
const MUTED = '#010204';
const GRID = '#010205';

/** The theme of static charts: text and lines in the page's own colour. */
export const CURRENT_COLOR_THEME: ChartTheme = {
  foreground: FOREGROUND,
  muted: MUTED,
  grid: GRID,
  background: 'transparent',
  palette: PALETTE,
  own: OWN_COLOR,
  fontFamily: 'sans-serif',
};

export interface SvgOptions {
  readonly view?: ChartView;
  readonly width?: number;
  readonly height?: number;
  /** Colours; by default text and lines take the colour of the text around the SVG. */
  readonly theme?: ChartTheme;
}

function useCurrentColor(svg: string): string {
  return svg
    .replace(/(fill|stroke)="#010203"/gi, '$1="currentColor"')
    .replace(/(fill|stroke)="#010204"/gi, '$1="currentColor" $1-opacity="0.7"')
    .replace(/(fill|stroke)="#010205"/gi, '$1="currentColor" $1-opacity="0.18"');
}

/** One chart as a standalone SVG document fragment (`<svg …>…</svg>`). */
export function renderChartSvg(data: ChartData, options: SvgOptions = {}): string {
  const width = options.width ?? 900;
  const height = options.height ?? 440;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(data, options.view ?? DEFAULT_VIEW, options.theme ?? CURRENT_COLOR_THEME));
    const svg = useCurrentColor(chart.renderToSVGString());
    const label = escapeHtml(`Chart: ${data.title}`);
    // A title for screen readers and tooltips, and a size that shrinks with the page.
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${label}" style="max-width:100%;height:auto" `).replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`);
  } finally {
    chart.dispose();
  }
}
