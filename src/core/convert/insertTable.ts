/**
 * Where a pasted table goes. On a line that holds only a container prefix (`> `, indentation)
 * up to the cursor and nothing after it, the table starts at the cursor and its other lines
 * repeat that prefix; on a line with text, it goes below the line after a blank line. A blank
 * line is added after the table when text follows, which would otherwise become a row.
 */
import type { Position, TextEdit } from '../types';

const PREFIX = /^(?:[ \t]*>)*[ \t]*/;

/** The edit that inserts `table` (lines without breaks) at `position` of a document. */
export function tableInsertion(lines: readonly string[], position: Position, table: readonly string[], eol: string): TextEdit {
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const after = line.slice(position.character);
  const onEmptyLine = PREFIX.exec(before)![0] === before && after.trim() === '';
  const prefix = onEmptyLine ? before : PREFIX.exec(line)![0];
  const blank = prefix.trimEnd();
  const body = table.map((row, i) => (i === 0 && onEmptyLine ? row : prefix + row)).join(eol);
  const nextLine = onEmptyLine ? lines[position.line + 1] : undefined;
  const needsBlankAfter = nextLine !== undefined && nextLine.slice(PREFIX.exec(nextLine)![0].length).trim() !== '';
  if (onEmptyLine) {
    return {
      range: { start: position, end: { line: position.line, character: line.length } },
      newText: body + (needsBlankAfter ? eol + blank : ''),
    };
  }
  const end = { line: position.line, character: line.length };
  const following = lines[position.line + 1];
  const trailing = following !== undefined && following.slice(PREFIX.exec(following)![0].length).trim() !== '' ? eol + blank : '';
  return { range: { start: end, end }, newText: eol + blank + eol + body + trailing };
}
