/**
 * Cancelling long work: the core's check, format-all and fix-all stop between tables when
 * asked and then give nothing (never a part), and the worker thread that does this work for
 * large documents (dist/check-worker.js, built by `npm run build`) cancels a document's check
 * when a newer one supersedes it or the document closes, and any job when its token fires.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, checkDocumentUnless } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { fixAll, fixAllUnless, minimalEdit } from '../../src/core/fixes/fixAll';
import { formatDocument, formatDocumentUnless } from '../../src/core/format/format';
import { CoreWorker, type CancellationSignal } from '../../src/extension/coreWorker';
import { ROOT } from './helpers';

// The real README has two tables and 23 findings (test/unit/realReadme.test.ts works them out);
// copies of it are documents of any size.
const readme = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md'), 'utf8');
const copies = (n: number) => Array.from({ length: n }, () => readme).join('\n\n');
/** A question asked once before each table: yes from the `n + 1`th time on. */
const afterTables = (n: number) => {
  let asked = 0;
  const cancelled = () => ++asked > n;
  return { cancelled, asked: () => asked };
};

describe('cancellable work in the core', () => {
  it('check: checks every table and finds what checkDocument finds when never cancelled', () => {
    const text = copies(3);
    const result = checkDocumentUnless(text, {}, () => false);
    assert.equal(result.tableCount, 6);
    assert.equal(result.checkedTables, 6);
    assert.equal(result.findings?.length, 3 * 23);
    assert.deepEqual(result.findings, checkDocument(text));
  });

  it('check: stops before the table at which it is cancelled, and gives no partial findings', () => {
    const question = afterTables(3);
    const result = checkDocumentUnless(copies(5), {}, question.cancelled);
    assert.deepEqual(result, { findings: undefined, checkedTables: 3, tableCount: 10 });
    assert.equal(question.asked(), 4);
  });

  it('format-all: equals formatDocument when never cancelled, and gives nothing when cancelled', () => {
    // Neither table of the README is formatted: both have bold cells that touch the next pipe
    // (`**87.5**|` in table 1, `**100.0**|` in table 2), which formatting pads with a space.
    const text = copies(2);
    const whole = formatDocumentUnless(text, {}, () => false);
    assert.deepEqual(whole, formatDocument(text));
    assert.equal(whole?.changed.length, 4, 'all four tables change');
    const question = afterTables(2);
    assert.equal(formatDocumentUnless(text, {}, question.cancelled), undefined);
    assert.equal(question.asked(), 3, 'asked before tables 1, 2 and 3, then stopped');
  });

  it('fix-all: equals fixAll when never cancelled, and gives nothing when cancelled in a later pass', () => {
    const text = copies(2);
    assert.equal(fixAllUnless(text, {}, undefined, () => false), fixAll(text));
    // Pass 1 asks before each of the 4 tables and fixes; pass 2 is cancelled at its first table.
    const question = afterTables(4);
    assert.equal(fixAllUnless(text, {}, undefined, question.cancelled), undefined);
    assert.equal(question.asked(), 5);
  });
});

/** A stand-in for vscode.CancellationToken that fires when told to. */
class Source implements CancellationSignal {
  isCancellationRequested = false;
  private readonly listeners: Array<() => void> = [];
  onCancellationRequested(listener: () => void) {
    this.listeners.push(listener);
    return { dispose: () => this.listeners.splice(this.listeners.indexOf(listener), 1) };
  }
  cancel(): void {
    this.isCancellationRequested = true;
    for (const listener of [...this.listeners]) listener();
  }
  get listening(): number {
    return this.listeners.length;
  }
}

describe('CoreWorker: long work in a worker thread', function () {
  this.timeout(60000);
  let checker: CoreWorker;
  beforeEach(() => (checker = new CoreWorker(ROOT)));
  afterEach(() => checker.dispose());

  it('answers with the findings checkDocument gives', async () => {
    const text = copies(2);
    const answer = await checker.check('file:///a.md', text, {});
    assert.equal(answer.result?.length, 46);
    assert.deepEqual(answer.result, checkDocument(text));
  });

  it('formats and fixes as the core does, and the edits give the core\'s text', async () => {
    const text = copies(2);
    const formatted = await checker.format(text, undefined);
    assert.deepEqual(formatted.result, formatDocument(text));
    const fixed = await checker.fixAll(text, {}, undefined);
    assert.deepEqual(fixed.result, minimalEdit(text, fixAll(text)));
    assert.equal(applyEdits(text, fixed.result!), fixAll(text));
    // Only the second copy's lines: the README's 48 lines end in a blank line, and the copies
    // are joined by another, so the second copy starts on line 50 (0-based). Its 23 problems
    // are fixed but the duplicated column (no fix); the first copy keeps all 23.
    const span = { startLine: 50, endLine: 200 };
    const spanFixed = await checker.fixAll(text, {}, span);
    const after = applyEdits(text, spanFixed.result!);
    assert.equal(after, fixAll(text, {}, span));
    assert.ok(spanFixed.result![0]!.range.start.line >= 50, 'nothing before the span changes');
    assert.equal(after.split('\n').slice(0, 50).join('\n'), text.split('\n').slice(0, 50).join('\n'));
    const left = checkDocument(after);
    assert.equal(left.filter((f) => f.range.start.line < 50).length, 23);
    assert.deepEqual(left.filter((f) => f.range.start.line >= 50).map((f) => f.code), ['duplicate-column']);
  });

  it('cancels a superseded check of the same document before it starts, but not another document\'s', async () => {
    const text = copies(20);
    const first = checker.check('file:///a.md', text, {});
    const other = checker.check('file:///b.md', readme, {});
    const second = checker.check('file:///a.md', text, {});
    const newest = checker.check('file:///a.md', readme, {});
    const [a1, b, a2, a3] = await Promise.all([first, other, second, newest]);
    // Both were superseded before the worker took them up: neither asked about a single table.
    assert.deepEqual(a1.cancelled, { asked: 0 });
    assert.deepEqual(a2.cancelled, { asked: 0 });
    assert.equal(b.result?.length, 23);
    assert.equal(a3.result?.length, 23);
  });

  it('stops a running check when its document closes, and checks the next request in full', async () => {
    // Warm the worker, so that the next check starts at once.
    assert.equal((await checker.check('file:///warm.md', readme, {})).result?.length, 23);
    // 4,000 tables: a full check takes seconds on this machine, far longer than the wait below.
    const running = checker.check('file:///a.md', copies(2000), {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    checker.cancel('file:///a.md');
    const answer = await running;
    assert.equal(answer.result, undefined, 'a cancelled check gives no findings');
    assert.ok(answer.cancelled, 'the answer says the check was cancelled');
    assert.ok(answer.cancelled.asked < 4000, `stopped after ${answer.cancelled.asked} of 4,000 tables`);
    assert.equal((await checker.check('file:///a.md', readme, {})).result?.length, 23);
  });

  it('stops format-all and fix-all when their token fires, and lets go of the token', async () => {
    const text = copies(2000);
    for (const start of [(s: Source) => checker.format(text, undefined, s), (s: Source) => checker.fixAll(text, {}, undefined, s)]) {
      const source = new Source();
      const running = start(source);
      assert.equal(source.listening, 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      source.cancel();
      const answer = await running;
      assert.equal(answer.result, undefined);
      assert.ok(answer.cancelled && answer.cancelled.asked < 4000, `stopped after ${answer.cancelled?.asked} of 4,000 tables`);
      assert.equal(source.listening, 0, 'the listener is disposed once the answer is in');
    }
  });

  it('does not even send a job whose token was cancelled already', async () => {
    const source = new Source();
    source.cancel();
    assert.deepEqual(await checker.format(readme, undefined, source), { cancelled: { asked: 0 } });
    assert.equal(source.listening, 0);
  });
});
