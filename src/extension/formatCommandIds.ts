/**
 * The commands of formatting, editing and conversion, with the titles the manifest gives them
 * (under the category "Results Tables"). Free of `vscode` so that a unit test checks
 * `package.json` against it.
 */

export const FORMAT_COMMANDS = {
  formatTable: { id: 'resultsTables.formatTable', title: 'Format Table' },
  formatAllTables: { id: 'resultsTables.formatAllTables', title: 'Format All Tables' },
  sortBestFirst: { id: 'resultsTables.sortBestFirst', title: 'Sort Rows by Column (Best First)' },
  sortAscending: { id: 'resultsTables.sortAscending', title: 'Sort Rows by Column (Ascending)' },
  sortDescending: { id: 'resultsTables.sortDescending', title: 'Sort Rows by Column (Descending)' },
  transpose: { id: 'resultsTables.transpose', title: 'Transpose Table' },
  setDecimals: { id: 'resultsTables.setDecimals', title: 'Set Column Decimals…' },
  moveColumnLeft: { id: 'resultsTables.moveColumnLeft', title: 'Move Column Left' },
  moveColumnRight: { id: 'resultsTables.moveColumnRight', title: 'Move Column Right' },
  copyAsCsv: { id: 'resultsTables.copyAsCsv', title: 'Copy Table as CSV' },
  copyAsTsv: { id: 'resultsTables.copyAsTsv', title: 'Copy Table as TSV' },
  copyAsLatex: { id: 'resultsTables.copyAsLatex', title: 'Copy Table as LaTeX (booktabs)' },
  pasteAsTable: { id: 'resultsTables.pasteAsTable', title: 'Paste CSV/TSV as Table' },
} as const;

export const COMMAND_CATEGORY = 'Results Tables';
