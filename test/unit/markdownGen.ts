/**
 * A fast-check generator of Markdown documents rich in what makes table detection hard:
 * pipes, `\|` and `\\|`, code spans, fences, indented code, lists and nested lists,
 * blockquotes, HTML blocks and comments, setext and ATX headings, thematic breaks, reference
 * definitions, CRLF and lone CR, tabs, NUL, Unicode spaces and astral characters, front matter.
 * Shared by the unit suite and the long run (`npm run fuzz:long`).
 */
import fc from 'fast-check';

const prefix = fc.constantFrom('', '', '', '', ' ', '  ', '   ', '    ', '\t', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '  - ', '   > ', '- > ', '> - ', '10. ', '-\t', '>\t', ' \t');

const cellText = fc.constantFrom(
  '', ' ', 'a', 'b c', '1.5', '**9.1**', '\\|', 'x \\| y', '\\\\|', '`a|b`', '`x \\| y`', '``', '`', '-', ':', '---', ':-:', '\\',
  '<b>1</b>', '<!--', '-->', '&#124;', 'é', '表', '😀', '\u00a0', '\u3000', '\ufeff', '\u2028', '\0', '\v', '\f', '*', '_a_', '[x]', '[a]: /u', '#', '>', '1.', '$',
);

const delimiterCell = fc.constantFrom('---', '-', ':--', '--:', ':-:', ' --- ', '', ':', '-- -', '=', '\t-\t', '---:', '::');

/** A row of cells joined by pipes, with or without outer pipes. */
const row = (cells: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(cells, { minLength: 0, maxLength: 5 }), fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '  ', '\t')).map(
    ([parts, lead, trail, pad]) => `${lead ? '|' : ''}${parts.map((p) => pad + p + pad).join('|')}${trail ? '|' : ''}`,
  );

const other = fc.constantFrom(
  '', '', '', ' ', '\t', 'text', 'more text | with pipe', '```', '```js', '~~~', '````', '``` |a|', '<div>', '</div>', '<!-- c', '-->', '<!-- | a | -->', '<pre>', '</pre>',
  '<script>', '</script>', '<details>', '<p align="center">', '<img src="a.png">', '<?x', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '# Heading | x', '## a', '===', '---', '***', '- - -',
  '* * *', '___', '[ref]: https://x.y "t | t"', '[ref]:', '    code | x', '\tcode|x', '---\nkey: v', '...', '+++', '$$', '| a |', '|---|', 'a | b', '--- | ---', '1. | a |', '- | a |',
  '> | a |', '\\', '\\\\', '`|`', '<http://a|b>', '<!---->', '- [ ] task | x',
);

const line = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(prefix, row(cellText)).map(([p, r]) => p + r) },
  { weight: 2, arbitrary: fc.tuple(prefix, row(delimiterCell)).map(([p, r]) => p + r) },
  { weight: 3, arbitrary: fc.tuple(prefix, other).map(([p, o]) => p + o) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('|', '\\', '`', '-', ':', ' ', '\t', '>', '<', '*', 'a', '!', '\u00a0'), maxLength: 14 }) },
);

/** Cells joined by pipes, with or without outer pipes. */
function joinRow(parts: readonly string[], lead: boolean, trail: boolean, pad: string): string {
  return `${lead ? '|' : ''}${parts.map((p) => pad + p + pad).join('|')}${trail ? '|' : ''}`;
}

const validDelimiter = fc.constantFrom('---', '-', ':--', '--:', ':-:', ' --- ', '---:', ':---:');

/**
 * A table-shaped block whose header and delimiter row usually agree on the number of columns,
 * so that most documents hold real tables to compare cell by cell; the body rows vary.
 */
/** The prefix of a table's first line and of its next lines: a container and its continuation. */
const container = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<[string, string]>(['', ''], [' ', ' '], ['> ', '> '], ['- ', '  '], ['1. ', '   '], ['> > ', '> > '], ['- > ', '  > '], ['> - ', '>   ']) },
  { weight: 1, arbitrary: fc.tuple(prefix, prefix) },
);

const tableBlock = fc
  .tuple(
    container,
    fc.array(cellText, { minLength: 1, maxLength: 5 }),
    fc.array(fc.oneof({ weight: 5, arbitrary: validDelimiter }, { weight: 1, arbitrary: delimiterCell }), { minLength: 5, maxLength: 5 }),
    fc.array(fc.tuple(prefix, row(cellText)), { maxLength: 4 }),
    fc.boolean(),
    fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '\t')),
    fc.integer({ min: -1, max: 1 }),
  )
  .map(([[first, next], header, delimiters, body, samePrefix, [l1, t1, l2, t2, pad], skew]) => {
    const width = Math.max(1, header.length + (skew === 1 ? 0 : skew));
    return [
      first + joinRow(header, l1 || header.length === 1, t1, pad),
      next + joinRow(delimiters.slice(0, width), l2, t2, pad),
      ...body.map(([q, r]) => (samePrefix ? next : q) + r),
    ];
  });

const frontMatter = fc.constantFrom('', '', '', '---\n', '---\ntitle: x\n---\n', '---\na: |\n|---|\n...\n', '----\n| a |\n|---|\n---\n', '--- |a|\n|---|\n', '---\n| a |\n|---|\n');

const breakChar = fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n', '\r\n', '\r');

/** A whole document. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.oneof({ weight: 3, arbitrary: line.map((l) => [l]) }, { weight: 2, arbitrary: tableBlock }), { maxLength: 14 }), fc.array(breakChar, { minLength: 80, maxLength: 80 }), fc.boolean())
  .map(([front, blocks, breaks, finalBreak]) => {
    const lines = blocks.flat();
    let text = front;
    lines.forEach((l, i) => {
      text += l + (i < lines.length - 1 || finalBreak ? breaks[i % breaks.length]! : '');
    });
    return text;
  });
