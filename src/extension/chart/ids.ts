/**
 * The chart feature's command ids and settings, free of `vscode` so that a unit test checks
 * `package.json` against them.
 */

export const CHART_COMMANDS = {
  chartTable: { id: 'resultsTables.chartTable', title: 'Chart Table' },
} as const;

/** Internal commands behind the CodeLens (not in the palette): they act on a given table. */
export const LENS_COMMANDS = {
  formatTableAt: 'resultsTables.formatTableAt',
  showTableProblems: 'resultsTables.showTableProblems',
} as const;

/** Settings of the chart feature, with their defaults. */
export const CHART_SETTINGS = {
  previewCharts: { key: 'resultsTables.preview.charts', default: 'marked' },
  previewMarkFindings: { key: 'resultsTables.preview.markFindings', default: true },
  codeLens: { key: 'resultsTables.codeLens.enabled', default: true },
} as const;
