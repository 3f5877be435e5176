/**
 * Display width of a cell's text in a monospace editor: East Asian Wide and Fullwidth
 * characters take two columns, a grapheme cluster (an emoji sequence, a letter with combining
 * marks) takes the width of one glyph. The formatter and any "is it aligned" check use this
 * one function, so that they agree.
 */
import stringWidth from 'string-width';

/** Measures how many monospace columns a text takes. */
export type WidthFunction = (text: string) => number;

/** The display width of `text`, by `string-width` (ambiguous-width characters count as narrow). */
export const displayWidth: WidthFunction = (text) => stringWidth(text, { countAnsiEscapeCodes: true });
