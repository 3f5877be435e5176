/**
 * Front matter: VS Code's preview hides a YAML block that opens on the first line with `---`
 * and closes with `---` or `...` (markdown-it-front-matter). Detection blanks it so that
 * nothing inside it is taken for a table, keeping every line number.
 */

/** Number of lines the front matter takes, 0 when there is none. */
export function frontMatterLines(lines: readonly string[]): number {
  if (lines.length < 2 || !/^---\s*$/.test(lines[0]!)) return 0;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) return i + 1;
  }
  return 0;
}
