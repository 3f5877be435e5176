/**
 * Line handling shared by detection, rules and edits. A line break is `\r\n`, `\r` or `\n`,
 * as in CommonMark and in VS Code.
 */

const BREAK = /\r\n|\r|\n/;

/** Splits a text into its lines, without their line breaks. */
export function splitLines(text: string): string[] {
  return text.split(BREAK);
}
