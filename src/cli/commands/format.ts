/**
 * `results-tables format [--check] <files or globs>`: aligns every table in place, touching
 * nothing but table rows. With `--check` nothing is written; the files that would change are
 * listed. A table that cannot be formatted without hiding a problem (ragged rows, a pipe
 * inside a code span) is reported with its fixes and left as it is.
 * Exit 0 when every file is (or now is) formatted, 1 when `--check` finds one that is not,
 * 2 when a file could not be read or written.
 */
import { applyEdits } from '../../core/edits';
import { formatDocument, type Refusal } from '../../core/format/format';
import { notUtf8, readInputs, writeBack, type Command, type Io } from '../command';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function reportRefusals(path: string, refused: readonly Refusal[], io: Io): void {
  for (const refusal of refused) {
    for (const problem of refusal.problems) {
      const { line, character } = problem.range.start;
      io.err(`${path}:${line + 1}:${character + 1}: table not formatted: ${problem.message}\n`);
    }
    for (const fix of refusal.fixes) io.err(`    fix in the editor: ${fix.title}\n`);
  }
}

export const format: Command = {
  name: 'format',
  usage: 'format [--check] <files or globs...>',
  summary: 'Align the tables in place (only table rows change); --check writes nothing and exits 1 if a file would change.',
  flags: ['check'],
  async run({ flags, inputs, io }) {
    const check = flags.has('check');
    const { files, failed } = await readInputs(inputs, io);
    let changedFiles = 0;
    let writeFailed = false;
    for (const file of files) {
      const result = formatDocument(file.text);
      reportRefusals(file.path, result.refused, io);
      if (result.edits.length === 0) continue;
      const tables = plural(result.changed.length, 'table');
      if (check) {
        changedFiles++;
        io.out(`${file.path}: ${tables} not formatted\n`);
        continue;
      }
      if (!file.utf8) {
        io.err(notUtf8(file.path));
        writeFailed = true;
        continue;
      }
      try {
        await writeBack(file, applyEdits(file.text, result.edits));
        changedFiles++;
        io.out(`${file.path}: formatted ${tables}\n`);
      } catch (error) {
        io.err(`results-tables: ${file.path}: ${(error as Error).message}\n`);
        writeFailed = true;
      }
    }
    const verb = check ? 'would be reformatted' : 'reformatted';
    io.err(`${plural(changedFiles, 'file')} ${verb}, ${plural(files.length, 'file')} checked\n`);
    if (failed || writeFailed) return 2;
    return check && changedFiles > 0 ? 1 : 0;
  },
};
