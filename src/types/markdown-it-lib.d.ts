// The table rule is imported on its own so that detection can wrap it; markdown-it ships no
// declaration for that file.
declare module 'markdown-it/lib/rules_block/table.mjs' {
  import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
  export default function table(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}
