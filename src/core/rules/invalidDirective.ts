/**
 * `invalid-directive`: a `<!-- results-tables… -->` comment that cannot be understood, or that
 * has no table after it. Directives are read in `config/directives.ts`; this file gives the
 * check its metadata and turns the problems found there into findings.
 */
import type { DirectiveProblem } from '../config/directives';
import type { Finding, Severity } from '../types';

export const invalidDirective = {
  code: 'invalid-directive',
  description: 'A results-tables directive comment cannot be understood or has no table after it; it is reported, never ignored silently.',
  defaultSeverity: 'warning' as Severity,
};

export function directiveFindings(problems: readonly DirectiveProblem[], severity: Severity): Finding[] {
  return problems.map((problem) => ({ code: invalidDirective.code, severity, message: problem.message, range: problem.range, related: [] }));
}
