/**
 * The caption of a table: the nearest block of text above it (a heading or paragraph) and
 * the line right below it, where papers say "lower is better" or explain their marks.
 */

/** Caption text for the table on lines `[startLine, endLine)`. */
export function captionOf(lines: readonly string[], startLine: number, endLine: number): string {
  const parts: string[] = [];
  let line = startLine - 1;
  while (line >= 0 && lines[line]!.trim() === '') line--;
  for (let taken = 0; line >= 0 && taken < 3 && lines[line]!.trim() !== '' && !lines[line]!.includes('|'); taken++, line--) {
    parts.unshift(lines[line]!);
  }
  let below = endLine;
  if (below < lines.length && lines[below]!.trim() === '') below++;
  if (below < lines.length && !lines[below]!.includes('|')) parts.push(lines[below]!);
  return parts.join('\n');
}
