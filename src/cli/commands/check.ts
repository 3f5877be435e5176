/**
 * `results-tables check [--format text|json] [--config file.json] [--fix] <files or globs>`:
 * prints every finding. With `--fix`, first applies every safe fix in place (the same fix-all
 * as VS Code's), then prints what is left. Exit 0 when clean, 1 when problems remain, 2 when a
 * file could not be read or written.
 */
import { writeFile } from 'node:fs/promises';
import { checkDocument } from '../../core/check';
import { fixAll } from '../../core/fixes/fixAll';
import { readInputs, type Command } from '../command';
import { readConfig } from '../config';
import { formatJson, formatText, toCliFinding, type CliFinding } from '../format';

export const check: Command = {
  name: 'check',
  usage: 'check [--format text|json] [--config file.json] [--fix] <files or globs...>',
  summary: 'Report wrong averages, bold that is not the best, duplicated columns and ragged rows; --fix repairs what is safe.',
  options: { format: ['text', 'json'], config: [] },
  flags: ['fix'],
  async run({ options, flags, inputs, io }) {
    const format = options.format ?? 'text';
    const settings = await readConfig(options.config);
    const findings: CliFinding[] = [];
    const { files, failed } = await readInputs(inputs, io);
    let writeFailed = false;
    for (const file of files) {
      let text = file.text;
      if (flags.has('fix')) {
        const fixed = fixAll(text, settings);
        if (fixed !== text) {
          try {
            await writeFile(file.path, fixed, 'utf8');
            const count = checkDocument(text, settings).filter((f) => f.fix).length;
            io.err(`${file.path}: fixed ${count} problem${count === 1 ? '' : 's'}\n`);
            text = fixed;
          } catch (error) {
            io.err(`results-tables: ${file.path}: ${(error as Error).message}\n`);
            writeFailed = true;
          }
        }
      }
      findings.push(...checkDocument(text, settings).map((finding) => toCliFinding(file.path, finding)));
    }
    io.out(format === 'json' ? formatJson(findings) : formatText(findings));
    if (format === 'text') {
      const count = findings.length;
      io.err(`${count} problem${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    }
    if (failed || writeFailed) return 2;
    return findings.length > 0 ? 1 : 0;
  },
};
