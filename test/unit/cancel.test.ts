/**
 * Cancelling long checks: the core stops between tables when asked, and the worker thread that
 * checks large documents (dist/check-worker.js, built by `npm run build`) cancels a document's
 * check when a newer one supersedes it or the document closes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, checkDocumentUnless } from '../../src/core/check';
import { WorkerChecker } from '../../src/extension/workerChecker';
import { ROOT } from './helpers';

// The real README has two tables and 23 findings; copies of it are documents of any size.
const readme = readFileSync(join(ROOT, 'test', 'fixtures', 'real', 'controldefect-README.md'), 'utf8');
const copies = (n: number) => Array.from({ length: n }, () => readme).join('\n\n');

describe('checkDocumentUnless: a check that can be cancelled', () => {
  it('checks every table and finds what checkDocument finds when never cancelled', () => {
    const text = copies(3);
    const result = checkDocumentUnless(text, {}, () => false);
    assert.equal(result.tableCount, 6);
    assert.equal(result.checkedTables, 6);
    assert.equal(result.findings?.length, 3 * 23);
    assert.deepEqual(result.findings, checkDocument(text));
  });

  it('stops before the table at which it is cancelled, and gives no partial findings', () => {
    let asked = 0;
    // Asked once before each table: yes from the fourth question on.
    const result = checkDocumentUnless(copies(5), {}, () => ++asked > 3);
    assert.deepEqual(result, { findings: undefined, checkedTables: 3, tableCount: 10 });
    assert.equal(asked, 4);
  });
});

describe('WorkerChecker: large documents in a worker thread', function () {
  this.timeout(60000);
  let checker: WorkerChecker;
  beforeEach(() => (checker = new WorkerChecker(ROOT)));
  afterEach(() => checker.dispose());

  it('answers with the findings checkDocument gives', async () => {
    const text = copies(2);
    const answer = await checker.check('file:///a.md', text, {});
    assert.equal(answer.findings?.length, 46);
    assert.deepEqual(answer.findings, checkDocument(text));
  });

  it('cancels a superseded check of the same document before it starts, but not another document\'s', async () => {
    const text = copies(20);
    const first = checker.check('file:///a.md', text, {});
    const other = checker.check('file:///b.md', readme, {});
    const second = checker.check('file:///a.md', text, {});
    const newest = checker.check('file:///a.md', readme, {});
    const [a1, b, a2, a3] = await Promise.all([first, other, second, newest]);
    // Both were superseded before the worker took them up: neither detected a single table.
    assert.deepEqual(a1.cancelled, { checkedTables: 0, tableCount: 0 });
    assert.deepEqual(a2.cancelled, { checkedTables: 0, tableCount: 0 });
    assert.equal(b.findings?.length, 23);
    assert.equal(a3.findings?.length, 23);
  });

  it('stops a running check when its document closes', async () => {
    // Warm the worker, so that the next check starts at once.
    assert.equal((await checker.check('file:///warm.md', readme, {})).findings?.length, 23);
    // 4,000 tables: a full check takes seconds on this machine, far longer than the wait below.
    const running = checker.check('file:///a.md', copies(2000), {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    checker.cancel('file:///a.md');
    const answer = await running;
    assert.equal(answer.findings, undefined, 'a cancelled check gives no findings');
    assert.ok(answer.cancelled, 'the answer says the check was cancelled');
    assert.ok(answer.cancelled.checkedTables < answer.cancelled.tableCount || answer.cancelled.tableCount === 0);
    // The worker is free again, and checks the next request in full.
    assert.equal((await checker.check('file:///a.md', readme, {})).findings?.length, 23);
  });
});
