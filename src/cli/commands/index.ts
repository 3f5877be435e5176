/** Every CLI command, in the order the usage lists them. */
import type { Command } from '../command';
import { chart } from './chart';
import { check } from './check';
import { format } from './format';

export const COMMANDS: readonly Command[] = [check, format, chart];
