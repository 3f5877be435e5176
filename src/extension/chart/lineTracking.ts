/**
 * Following a table through edits: the header line moves by the lines inserted or removed
 * above it. Structural types, free of `vscode`, so that a unit test covers it.
 */

/** The parts of a `TextDocumentContentChangeEvent` that matter here. */
export interface LineChange {
  readonly range: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
  readonly text: string;
}

/** The header line of a table after `changes` (in the order VS Code reports them). */
export function shiftedLine(line: number, changes: readonly LineChange[]): number {
  let shifted = line;
  for (const change of changes) {
    // A change that reaches the header's line or below leaves the header where it is.
    if (change.range.end.line >= shifted) continue;
    const added = change.text.split('\n').length - 1;
    shifted += added - (change.range.end.line - change.range.start.line);
  }
  return Math.max(0, shifted);
}
