/**
 * The block phase of markdown-it, configured as VS Code's preview configures it (`html: true`,
 * and front matter hidden by markdown-it-front-matter's rule, which VS Code inserts before
 * `fence`), with the GFM table rule replaced by one that records rows instead of cell tokens.
 * Inline parsing never changes what a table is, so it is not run.
 */
import MarkdownIt from 'markdown-it';
import frontMatterPlugin from 'markdown-it-front-matter';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { fastStateBlock } from './stateBlock';
import { tableRule, type RawRow, type TableEnv } from './tableRule';

export type { RawRow };

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** An HTML block that mentions results-tables (a directive, maybe) and its lines, `[start, end)`. */
export interface HtmlBlock {
  readonly startLine: number;
  readonly endLine: number;
  readonly content: string;
  /**
   * Set for a paragraph that mentions a results-tables comment inline: such a comment is no
   * directive (only comments on their own lines are), and saying so beats ignoring it.
   */
  readonly inline?: boolean;
}

/** What one block parse found; lines count from the start of the parsed source. */
export interface ParsedBlocks {
  /** Rows of each table, header and delimiter first. */
  readonly tables: RawRow[][];
  readonly htmlBlocks: HtmlBlock[];
  /**
   * First line of every top-level block, in order. Parsing from such a line gives the same
   * blocks as parsing the whole document, which lets the incremental checker re-parse a part.
   */
  readonly starts: number[];
}

interface Env extends TableEnv {
  /** Whether the source starts the document: front matter is only recognised there. */
  documentStart: boolean;
}

/** markdown-it-front-matter's rule, taken out of the plugin the way VS Code does. */
function frontMatterRule(): BlockRule {
  let rule: BlockRule | undefined;
  const capture = { block: { ruler: { before: (_a: string, _b: string, r: BlockRule) => (rule = r) } } };
  (frontMatterPlugin as unknown as (md: unknown, cb: (meta: string) => void) => void)(capture, () => undefined);
  if (!rule) throw new Error('markdown-it-front-matter did not register its rule');
  const found = rule;
  return (state, startLine, endLine, silent) => (state.env as Env).documentStart && found(state, startLine, endLine, silent);
}

let parser: MarkdownIt | undefined;

function blockParser(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true });
    // The same state, its lines marked without a walk over every character (`stateBlock.ts`).
    parser.block.State = fastStateBlock(parser);
    parser.block.ruler.at('table', tableRule, { alt: ['paragraph', 'reference'] });
    parser.block.ruler.before('fence', 'front_matter', frontMatterRule(), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  }
  return parser;
}

/** Text that mentions a results-tables comment. */
const MENTIONS = /results-tables/i;

/**
 * Parses `source`, already normalised as markdown-it's core does (line breaks are `\n`, NUL is
 * U+FFFD). `documentStart` says whether its first line is the document's first line.
 */
export function parseBlocks(source: string, documentStart = true): ParsedBlocks {
  const md = blockParser();
  const env: Env = { tables: [], documentStart };
  const tokens: Token[] = [];
  md.block.parse(source, md, env, tokens);
  const htmlBlocks: HtmlBlock[] = [];
  const starts: number[] = [];
  for (const token of tokens) {
    if (token.level === 0 && token.nesting !== -1 && token.map) starts.push(token.map[0]);
    // Only blocks that may hold a directive are kept: the checker reads nothing else in HTML,
    // and a README can have thousands of HTML blocks to go through on every re-check.
    if (token.type === 'html_block' && token.map) {
      if (MENTIONS.test(token.content)) htmlBlocks.push({ startLine: token.map[0], endLine: token.map[1], content: token.content });
    } else if (
      token.type === 'inline' && token.map && token.content.length < 10_000 &&
      token.content.includes('<!--') && token.content.includes('-->') && MENTIONS.test(token.content)
    ) {
      // Bounded: a paragraph is scanned for comments only when it is of reasonable size.
      htmlBlocks.push({ startLine: token.map[0], endLine: token.map[1], content: token.content, inline: true });
    }
  }
  return { tables: env.tables, htmlBlocks, starts };
}
