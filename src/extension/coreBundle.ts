/**
 * The entry of dist/core.js: every part of the core that the extension calls, in a bundle of
 * its own that `core()` (./core.ts) loads on first use. Evaluating it costs more than the rest
 * of the extension together (markdown-it and its entity tables; string-width, whose Unicode
 * property regexes V8 validates as it parses the file), so activation never pays for it.
 * Nothing here imports `vscode`.
 */
export { checkDocument, checkDocumentUnless } from '../core/check';
export { CHART_MODES, chartNear, chartsOf } from '../core/chart/documentCharts';
export { DEFAULT_VIEW } from '../core/chart/chartOption';
export { optionsFromSettings, SETTING_KEYS } from '../core/config/fromSettings';
export { convertTable } from '../core/convert/convertTable';
export { tableInsertion } from '../core/convert/insertTable';
export { delimitedToMarkdown } from '../core/convert/paste';
export { cellAt, describeCell } from '../core/describe';
export { splitLines } from '../core/detect/lines';
export { fixAll, fixAllUnless, fixKey, minimalEdit } from '../core/fixes/fixAll';
export { setDecimals } from '../core/format/decimals';
export { formatDocument, formatDocumentUnless } from '../core/format/format';
export { columnAt, tableAt } from '../core/format/locate';
export { moveColumn } from '../core/format/moveColumn';
export { sortRows } from '../core/format/sort';
export { transposeTable } from '../core/format/transpose';
export { IncrementalChecker } from '../core/incremental';
export { resultsTablesPreview } from '../preview/markdownItPlugin';
