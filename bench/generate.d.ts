// Types of generate.js, for the TypeScript parts of the benchmark.
export function rng(seed: number): () => number;
export function readme(bytes: number, tables: number, seed?: number): { text: string; tables: number };
export function bigTable(rows: number, seed?: number): string;
export function adversarial(bytes: number, seed?: number): string;
export function adversarialCells(bytes: number, seed?: number): string;
export function resultsTable(r: () => number, columns: number, rows: number): string;
