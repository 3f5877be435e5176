/**
 * Runs the end-to-end tests (`*.e2e.js` beside this file) in Node with mocha; each drives a
 * user's VS Code through its UI (see workbench.ts). Prints `e2e: N passed, N failed` last.
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, forbidOnly: true, reporter: 'spec' });
for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.e2e.js')).sort()) mocha.addFile(path.join(__dirname, file));
const grep = process.env.RESULTS_TABLES_TEST_GREP;
if (grep) mocha.grep(grep);
const runner = mocha.run((failures) => {
  process.exitCode = failures > 0 ? 1 : 0;
});
runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
  const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 1, pending: 0 };
  // After the spec reporter's own epilogue, which listens to the same event first.
  setImmediate(() => console.log(`\ne2e: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`));
});
