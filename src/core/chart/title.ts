/**
 * A chart's title: the heading or paragraph line nearest above the table, as plain text.
 */

const MAX_TITLE = 100;

/** Plain text of a Markdown line: no heading marks, emphasis, links' targets or HTML tags. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s*)/, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** The title for the table whose header is on `startLine`; `Table` plus its line otherwise. */
export function titleOf(lines: readonly string[], startLine: number): string {
  for (let line = startLine - 1; line >= 0 && line >= startLine - 6; line--) {
    const text = plainLine(lines[line] ?? '').replace(/[.:;,]+$/, '');
    if (text === '' || text.includes('|')) continue;
    return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
  }
  return `Table at line ${startLine + 1}`;
}
