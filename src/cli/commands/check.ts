/**
 * `results-tables check [--format text|json] <files or globs>`: prints every finding.
 * Exit 0 when clean, 1 when problems were found, 2 when a file could not be read.
 */
import { checkDocument } from '../../core/check';
import { formatJson, formatText, toCliFinding, type CliFinding } from '../format';
import { readInputs, type Command } from '../command';

export const check: Command = {
  name: 'check',
  usage: 'check [--format text|json] <files or globs...>',
  summary: 'Report wrong averages, bold that is not the best, duplicated columns and ragged rows.',
  options: { format: ['text', 'json'] },
  async run({ options, inputs, io }) {
    const format = options.format ?? 'text';
    const findings: CliFinding[] = [];
    const { files, failed } = await readInputs(inputs, io);
    for (const file of files) {
      findings.push(...checkDocument(file.text).map((finding) => toCliFinding(file.path, finding)));
    }
    io.out(format === 'json' ? formatJson(findings) : formatText(findings));
    if (format === 'text') {
      const count = findings.length;
      io.err(`${count} problem${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    }
    if (failed) return 2;
    return findings.length > 0 ? 1 : 0;
  },
};
