/**
 * The block state's fast constructor (`src/core/detect/stateBlock.ts`) gives exactly the line
 * arrays of markdown-it's own, on generated documents and on short sources made of the
 * characters its walk treats specially (spaces, tabs, line breaks).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { normalise } from '../../src/core/detect/detectTables';
import { fastStateBlock } from '../../src/core/detect/stateBlock';
import { markdownDocument } from './markdownGen';

const md = new MarkdownIt({ html: true });
const Stock = md.block.State;
const Fast = fastStateBlock(md);

function lineArrays(State: typeof Stock, src: string) {
  const state = new State(src, md, {}, []);
  const { bMarks, eMarks, tShift, sCount, bsCount, lineMax } = state;
  return { src: state.src, bMarks, eMarks, tShift, sCount, bsCount, lineMax, line: state.line, blkIndent: state.blkIndent, parentType: state.parentType, level: state.level };
}

describe('fast block state', () => {
  it('marks the lines of 5,000 generated documents as markdown-it does', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const { source } = normalise(text);
        assert.deepStrictEqual(lineArrays(Fast, source), lineArrays(Stock, source));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  it('marks sources of spaces, tabs and line breaks as markdown-it does, trailing blank lines included', () => {
    const source = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', 'a', '>', '\r', '\u00a0', '\v'), maxLength: 24 });
    fc.assert(
      fc.property(source, (src) => {
        assert.deepStrictEqual(lineArrays(Fast, src), lineArrays(Stock, src));
      }),
      { numRuns: 20000, seed: 20261208 },
    );
  });

  it('marks a worked example: a tab expands to the next multiple of four, a last blank line is none', () => {
    const state = new Fast(' \ta\n\n  b\n  ', md, {}, []);
    assert.deepStrictEqual([state.bMarks, state.eMarks, state.tShift, state.sCount, state.lineMax], [
      [0, 4, 5, 11], [3, 4, 8, 11], [2, 0, 2, 0], [4, 0, 2, 0], 3,
    ]);
  });
});
