/**
 * Plain data shared by every part of the core. Lines and characters are 0-based and count
 * UTF-16 code units, as VS Code does; an end position is exclusive.
 */

/** A position in a document. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range in a document; `end` is exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Column alignment from the delimiter row. */
export type Align = '' | 'left' | 'center' | 'right';

/** One cell as written in the source. */
export interface Cell {
  /** Trimmed source text of the cell, escapes kept (`a \| b`). */
  readonly text: string;
  /** 0-based line of the cell. */
  readonly line: number;
  /** Column of the first character of the trimmed text (or of the gap when empty). */
  readonly start: number;
  /** Column just after the trimmed text. */
  readonly end: number;
  /** Column just after the opening pipe (or the row's start when there is none). */
  readonly rawStart: number;
  /** Column of the closing pipe (or the row's end when there is none). */
  readonly rawEnd: number;
}

/** One source line of a table. */
export interface Row {
  /** 0-based line. */
  readonly line: number;
  /** Column where the row's text starts, after any container prefix (`> `, list indent). */
  readonly textStart: number;
  /** Column where the row's trimmed text ends. */
  readonly textEnd: number;
  /** Cells as split by GFM, before renderers pad or drop any. */
  readonly cells: readonly Cell[];
}

/** A GFM table exactly as markdown-it sees it. */
export interface Table {
  /** First line (the header row). */
  readonly startLine: number;
  /** Line after the last row. */
  readonly endLine: number;
  readonly header: Row;
  readonly delimiter: Row;
  readonly aligns: readonly Align[];
  /** Body rows, in order. */
  readonly rows: readonly Row[];
  /** Number of columns, fixed by the header. */
  readonly columnCount: number;
}

/** How much a finding matters, in VS Code's terms. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A piece of evidence for a finding: another cell that explains it. */
export interface Related {
  readonly range: Range;
  readonly message: string;
}

/** A text replacement: the core's only way to change a document. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A fix: edits to apply, described for the quick-fix menu. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** There is one obvious fix: VS Code may apply it with "auto fix". */
  readonly preferred: boolean;
}

/** One problem found in a document. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related: readonly Related[];
  /** The fix, when one is safe; several findings of one group share the same fix. */
  readonly fix?: Fix;
}
