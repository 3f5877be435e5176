/**
 * Reads CSV or TSV, as spreadsheets copy it: quoted fields may hold the delimiter, doubled
 * quotes and line breaks; records end with CRLF, LF or CR. The delimiter is a tab when the
 * first record has one, else a comma, else a semicolon.
 */

export type Delimiter = '\t' | ',' | ';';

/** The delimiter the text's first line uses. */
export function guessDelimiter(text: string): Delimiter {
  const first = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (first.includes('\t')) return '\t';
  if (first.includes(',')) return ',';
  return first.includes(';') ? ';' : ',';
}

/** Parses delimited text into records of fields; a final line break adds no record. */
export function parseDelimited(text: string, delimiter: Delimiter = guessDelimiter(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
