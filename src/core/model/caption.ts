/**
 * The caption of a table: the nearest block of text above it (a heading or paragraph) and
 * the line right below it, where papers say "lower is better" or explain their marks.
 */

/** A caption and the lines `[top, bottom)` that were read to find it. */
export interface Caption {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

/** Caption of the table on lines `[startLine, endLine)`, with the lines it depends on. */
export function captionWithLines(lines: readonly string[], startLine: number, endLine: number): Caption {
  const parts: string[] = [];
  let line = startLine - 1;
  while (line >= 0 && lines[line]!.trim() === '') line--;
  for (let taken = 0; line >= 0 && taken < 3 && lines[line]!.trim() !== '' && !lines[line]!.includes('|'); taken++, line--) {
    parts.unshift(lines[line]!);
  }
  // The line the walk stopped on was read too (it decided where the caption ends).
  const top = Math.max(0, line);
  let below = endLine;
  if (below < lines.length && lines[below]!.trim() === '') below++;
  if (below < lines.length && !lines[below]!.includes('|')) parts.push(lines[below]!);
  return { text: parts.join('\n'), top, bottom: Math.min(lines.length, below + 1) };
}

/** Caption text for the table on lines `[startLine, endLine)`. */
export function captionOf(lines: readonly string[], startLine: number, endLine: number): string {
  return captionWithLines(lines, startLine, endLine).text;
}
