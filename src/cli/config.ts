/**
 * The CLI's `--config <file.json>`: the same settings as VS Code's `resultsTables.*`, with or
 * without the prefix. A file that cannot be read or holds a bad value is a usage error.
 */
import { readFile } from 'node:fs/promises';
import { optionsFromSettings } from '../core/config/fromSettings';
import type { CheckOptions } from '../core/config/options';
import { UsageError } from './command';

export async function readConfig(path: string | undefined): Promise<CheckOptions> {
  if (path === undefined) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--config ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--config ${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new UsageError(`--config ${path}: must hold a JSON object of settings`);
  }
  const { options, problems } = optionsFromSettings(settings as Record<string, unknown>, true);
  if (problems.length > 0) throw new UsageError(`--config ${path}: ${problems.join('; ')}`);
  return options;
}
