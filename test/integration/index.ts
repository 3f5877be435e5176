/**
 * The integration suite's entry point: VS Code's extension host calls `run()` after loading the
 * extension under development (desktop `runTests()`, or code-server through
 * `test/harness/vscodeShim.ts`).
 *
 * Each feature has its own `*.test.js` file beside this one; they run in file-name order, except
 * that `activation.test.js` runs first, because it must see the extension before any Markdown
 * document has been opened. The run ends with the line `integration: N passed, N failed`, which
 * the harness requires before it believes a pass. A check marked `knownIssue()` (helpers.ts) that
 * fails as expected is reported as skipped: never counted as passed.
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FIRST = 'activation.test.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, forbidOnly: true, reporter: ConsoleReporter });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  // For working on one feature: RESULTS_TABLES_TEST_GREP=diagnostics npm run test:integration.
  const grep = process.env.RESULTS_TABLES_TEST_GREP;
  if (grep) mocha.grep(grep);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}

/**
 * Writes one console line per event: the extension host forwards `console.log` (not
 * `process.stdout`) to the test runner, on the desktop and in code-server alike.
 */
class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    let depth = 0;
    const indent = (): string => '  '.repeat(depth);
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.title) console.log(`${indent()}${suite.title}`);
      depth++;
    });
    runner.on('suite end', () => depth--);
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => console.log(`${indent()}✓ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => console.log(`${indent()}- SKIPPED ${test.title}`));
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: Error) => {
      console.log(`${indent()}✗ ${test.title}`);
      console.log(`${indent()}  ${(error.stack ?? error.message).split('\n').join(`\n${indent()}  `)}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      console.log(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}
