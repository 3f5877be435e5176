/**
 * `results-tables check [--format text|json] [--config file.json] [--fix] <files or globs>`:
 * prints every finding. With `--fix`, first applies every safe fix in place (the same fix-all
 * as VS Code's), then prints what is left. Exit 0 when clean (information and hints do not
 * count), 1 when errors or warnings remain, 2 when a file could not be read or written.
 */
import { checkDocument } from '../../core/check';
import { fixAll } from '../../core/fixes/fixAll';
import { notUtf8, readInputs, writeBack, type Command } from '../command';
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
        if (fixed !== text && !file.utf8) {
          io.err(notUtf8(file.path));
          writeFailed = true;
        } else if (fixed !== text) {
          try {
            await writeBack(file, fixed);
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
    // Information and hints are shown but do not fail a CI run.
    return findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
  },
};
