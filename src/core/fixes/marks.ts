/**
 * Adding and removing the marks that say "best" (bold) and "second best" (underline) in a
 * cell's text, in the syntax the author already uses in the table.
 */
import type { CellRef } from '../model/groups';
import type { ResultsTable } from '../model/resultsTable';
import type { NumberValue } from '../values/parseValue';

export type MarkKind = 'bold' | 'underline';

/** An opening and closing spelling of a mark. */
interface Syntax {
  readonly open: string;
  readonly close: string;
  /** LaTeX spellings wrap the number only, inside the cell's math. */
  readonly latex: boolean;
}

const DEFAULT: Record<MarkKind, Syntax> = {
  bold: { open: '**', close: '**', latex: false },
  underline: { open: '<u>', close: '</u>', latex: false },
};

function number(model: ResultsTable, ref: CellRef): NumberValue | undefined {
  const value = model.values[ref.row]?.[ref.column];
  return value && value.kind === 'number' ? value : undefined;
}

/** The syntax of `mark` used in the table: the first marked cell's, else the default. */
export function markSyntax(model: ResultsTable, mark: MarkKind): Syntax {
  for (let r = 0; r < model.values.length; r++) {
    for (let c = 0; c < model.values[r]!.length; c++) {
      const value = number(model, { row: r, column: c });
      const wrapper = value?.wrappers.find((w) => w.mark === mark);
      if (!value || !wrapper) continue;
      const text = model.table.rows[r]!.cells[c]!.text;
      const open = text.slice(wrapper.openStart, wrapper.openEnd);
      const close = text.slice(wrapper.closeStart, wrapper.closeEnd);
      return { open: open.replace(/\s+$/, ''), close, latex: open.startsWith('\\') };
    }
  }
  return DEFAULT[mark];
}

/** The cell's text with `mark` removed, or undefined when it has none to remove. */
export function withoutMark(model: ResultsTable, ref: CellRef, mark: MarkKind): string | undefined {
  const value = number(model, ref);
  const text = model.table.rows[ref.row]?.cells[ref.column]?.text;
  if (!value || text === undefined) return undefined;
  let out = text;
  // Remove from the innermost out so that earlier offsets stay valid.
  for (const w of [...value.wrappers].reverse()) {
    if (w.mark !== mark) continue;
    out = out.slice(0, w.openStart) + out.slice(w.openEnd, w.closeStart) + out.slice(w.closeEnd);
  }
  // `<strong> 80.1 </strong>` leaves inner spaces: the cell's own padding is enough.
  out = out.trim();
  return out === text ? undefined : out;
}

/** The cell's text with `mark` added in `syntax`. */
export function withMark(model: ResultsTable, ref: CellRef, mark: MarkKind, syntax: Syntax = markSyntax(model, mark)): string | undefined {
  const value = number(model, ref);
  const text = model.table.rows[ref.row]?.cells[ref.column]?.text;
  if (!value || text === undefined || value[mark]) return undefined;
  const inMath = value.wrappers.some((w) => w.mark === null && text.slice(w.openStart, w.openEnd) === '$');
  if (inMath) {
    // Inside math only LaTeX marks work: wrap the number itself.
    const latex = syntax.latex ? syntax : { open: mark === 'bold' ? '\\mathbf{' : '\\underline{', close: '}' };
    return text.slice(0, value.numberStart) + latex.open + text.slice(value.numberStart, value.numberEnd) + latex.close + text.slice(value.numberEnd);
  }
  // Outside math a LaTeX spelling would not render: use the Markdown/HTML one.
  if (syntax.latex) syntax = DEFAULT[mark];
  // Markdown and HTML marks go around the whole cell, outside any other mark.
  return `${syntax.open}${text}${syntax.close}`;
}
