/**
 * The Markdown preview plugin in plain Node: it marks the cells of the real README's 23
 * findings, re-renders an edited document exactly as a fresh engine would (it checks
 * incrementally), and leaves documents over its size limit alone, because VS Code's Markdown
 * extension runs it in the extension host on every change, preview open or not.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { resultsTablesPreview } from '../../src/preview/markdownItPlugin';
import { fixture } from './helpers';

const real = fixture('real', 'controldefect-README.md');

function engine(maxLength?: number): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  resultsTablesPreview(md, {
    mode: () => 'all',
    markFindings: () => true,
    renderSvg: (data) => `<svg data-title="${data.title.length}"></svg>`,
    ...(maxLength !== undefined ? { maxLength: () => maxLength } : {}),
  });
  return md;
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe('the preview plugin', () => {
  it('marks the 23 cells of the real README findings and adds a chart under each of its 2 tables', () => {
    const html = engine().render(real);
    assert.equal(count(html, 'class="results-tables-finding"'), 23);
    assert.equal(count(html, '<figure class="results-tables-chart"'), 2);
  });

  it('renders an edited document as a fresh engine does, edit after edit', () => {
    const md = engine();
    let text = real;
    md.render(text);
    // Unbold DFMGAN's bottle AP in table 1 (its cell changes), then add a paragraph above the
    // tables (every table moves down two lines), then turn table 2's delimiter row into text
    // (one table fewer): 2, 2, then 1 chart.
    const delimiter = (t: string) => t.slice(t.lastIndexOf('\n|---') + 1, t.indexOf('\n', t.lastIndexOf('\n|---') + 1));
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('| **90.2**  |', '| 90.2  |'),
      (t) => t.replace('\n\n', '\n\nA new paragraph.\n\n'),
      (t) => t.replace(delimiter(t), 'Not a delimiter row.'),
    ];
    const charts: number[] = [];
    for (const edit of edits) {
      const next = edit(text);
      assert.notEqual(next, text, 'the edit changes the text');
      text = next;
      const html = md.render(text);
      assert.equal(html, engine().render(text));
      charts.push(count(html, '<figure class="results-tables-chart"'));
    }
    assert.deepEqual(charts, [2, 2, 1]);
  });

  it('leaves a document over its size limit as markdown-it renders it', () => {
    const plain = new MarkdownIt({ html: true }).render(real);
    assert.equal(engine(real.length - 1).render(real), plain);
    assert.notEqual(engine(real.length).render(real), plain);
  });
});
