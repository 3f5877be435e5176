/** Every rule, in the order findings are reported for a table. */
import { averageMismatch } from './averageMismatch';
import { bestNotBold } from './bestNotBold';
import { boldNotBest } from './boldNotBest';
import { duplicateColumn } from './duplicateColumn';
import { raggedRow } from './raggedRow';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [averageMismatch, boldNotBest, bestNotBold, duplicateColumn, raggedRow];
