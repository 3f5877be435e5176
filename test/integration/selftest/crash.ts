/**
 * The harness's self-test: a suite whose extension host dies in the middle of the run. The
 * workbench still reports exit code 0 when that happens, so a harness that trusted it would
 * count this as a pass; `test/harness/runIntegration.ts` requires that it fails.
 */
export function run(): Promise<void> {
  console.log('selftest: killing the extension host (pid %d) before any summary line', process.pid);
  process.kill(process.pid, 'SIGKILL');
  // Never reached; the promise keeps the signature of a real suite.
  return new Promise(() => undefined);
}
