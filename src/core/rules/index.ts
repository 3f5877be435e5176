/** Every rule, in the order findings are reported for a table. */
import { averageMismatch } from './averageMismatch';
import { bestNotBold } from './bestNotBold';
import { boldNotBest } from './boldNotBest';
import { duplicateColumn } from './duplicateColumn';
import { invalidDirective } from './invalidDirective';
import { raggedRow } from './raggedRow';
import type { Rule } from './rule';
import { secondNotUnderlined } from './secondNotUnderlined';
import { underlineNotSecond } from './underlineNotSecond';

/** The rules that check a table. */
export const RULES: readonly Rule[] = [
  averageMismatch,
  boldNotBest,
  bestNotBold,
  secondNotUnderlined,
  underlineNotSecond,
  duplicateColumn,
  raggedRow,
];

/** Every check's metadata, the document-level ones included, for settings and the README. */
export const CHECKS: ReadonlyArray<Pick<Rule, 'code' | 'description' | 'defaultSeverity'>> = [...RULES, invalidDirective];

/** Every check's code. */
export const CODES: readonly string[] = CHECKS.map((check) => check.code);
