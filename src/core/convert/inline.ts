/**
 * What a cell shows, as styled runs, for conversion to CSV, TSV and LaTeX. markdown-it's
 * inline parser (the preview's) reads emphasis, code spans, entities and escapes; `<b>`,
 * `<strong>`, `<u>`, `<ins>`, `<i>`, `<em>` and `<br>` are understood, other HTML is dropped.
 * `$…$` spans are kept as math, untouched. A table's `\|` is a pipe, even inside code (GFM).
 */
import MarkdownIt from 'markdown-it';

/** One run of a cell's content. */
export interface Run {
  readonly kind: 'text' | 'code' | 'math' | 'break';
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

interface Token {
  readonly type: string;
  readonly content: string;
  readonly children: Token[] | null;
}

let parser: MarkdownIt | undefined;

function inlineParser(): MarkdownIt {
  parser ??= new MarkdownIt({ html: true });
  return parser;
}

/** Math spans: `$` not followed by a space, to a `$` not preceded by one (as pandoc reads them). */
const MATH = /(?<!\\)\$(?=\S)((?:\\.|[^$\\\n])*?\S)\$/g;

const HTML_MARK: ReadonlyArray<{ tag: RegExp; mark: 'bold' | 'italic' | 'underline' }> = [
  { tag: /^<\/?(b|strong)(\s[^>]*)?>$/i, mark: 'bold' },
  { tag: /^<\/?(i|em)(\s[^>]*)?>$/i, mark: 'italic' },
  { tag: /^<\/?(u|ins)(\s[^>]*)?>$/i, mark: 'underline' },
];

/** Reads the runs of one cell's source text. */
export function cellRuns(source: string): Run[] {
  const text = source.replace(/\\\|/g, '|');
  const runs: Run[] = [];
  const depth = { bold: 0, italic: 0, underline: 0 };
  const push = (kind: Run['kind'], content: string): void => {
    runs.push({ kind, text: content, bold: depth.bold > 0, italic: depth.italic > 0, underline: depth.underline > 0 });
  };
  const walk = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
        case 'text_special':
          if (token.content !== '') push('text', token.content);
          break;
        case 'code_inline':
          push('code', token.content);
          break;
        case 'softbreak':
        case 'hardbreak':
          push('break', ' ');
          break;
        case 'strong_open':
        case 'strong_close':
          depth.bold += token.type.endsWith('open') ? 1 : -1;
          break;
        case 'em_open':
        case 'em_close':
          depth.italic += token.type.endsWith('open') ? 1 : -1;
          break;
        case 'image':
          walk(token.children ?? []);
          break;
        case 'html_inline': {
          if (/^<br\s*\/?>$/i.test(token.content)) push('break', ' ');
          const html = HTML_MARK.find((m) => m.tag.test(token.content));
          if (html) depth[html.mark] = Math.max(0, depth[html.mark] + (token.content.startsWith('</') ? -1 : 1));
          break;
        }
        default:
          break;
      }
    }
  };
  let last = 0;
  const parseText = (part: string): void => {
    if (part === '') return;
    const [inline] = inlineParser().parseInline(part, {}) as unknown as Token[];
    walk(inline?.children ?? []);
  };
  for (const match of text.matchAll(MATH)) {
    parseText(text.slice(last, match.index));
    push('math', match[0]);
    last = match.index + match[0].length;
  }
  parseText(text.slice(last));
  return runs;
}

/** The plain text a cell shows: marks removed, breaks as spaces, math kept as written. */
export function plainCell(source: string): string {
  return cellRuns(source).map((run) => run.text).join('').replace(/\s+/g, ' ').trim();
}
