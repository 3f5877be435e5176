/**
 * The chart panel's message protocol: every message between the extension and the webview,
 * as discriminated unions, in one module that both sides import. Messages from the webview are
 * untrusted input: `parseWebviewMessage` checks each field before the extension acts on one.
 */
import type { CellLocation, ChartData } from '../core/chart/chartData';
import type { ChartKind, ChartView, Orientation } from '../core/chart/chartOption';

/** The webview panel's type, for the serializer. */
export const CHART_VIEW_TYPE = 'resultsTables.chart';

/** What the panel shows: the document, the table (by its header line) and the view. */
export interface ChartPanelState {
  readonly uri: string;
  readonly startLine: number;
  readonly view: ChartView;
}

/** Extension → webview. */
export type ExtensionMessage =
  /** The chart to draw: sent on open and after every edit of the document. */
  | { readonly type: 'show'; readonly state: ChartPanelState; readonly data: ChartData; readonly problems: number; readonly version: number }
  /** The table is gone (deleted, or the document closed). */
  | { readonly type: 'noTable'; readonly state: ChartPanelState; readonly reason: string }
  /** Asks the webview to report what it drew (used by tests and health checks). */
  | { readonly type: 'ping'; readonly id: number };

/** The reformat actions the panel offers; each runs the editor command of the same job. */
export const REFORMAT_ACTIONS = ['format', 'sortBestFirst', 'transpose', 'decimals'] as const;
export type ReformatAction = (typeof REFORMAT_ACTIONS)[number];

export const EXPORT_FORMATS = ['svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Webview → extension. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'viewChanged'; readonly view: ChartView }
  | { readonly type: 'reveal'; readonly cell: CellLocation }
  /** `data` is the SVG text, or the PNG as base64. */
  | { readonly type: 'export'; readonly format: ExportFormat; readonly data: string }
  | { readonly type: 'reformat'; readonly action: ReformatAction }
  | { readonly type: 'pong'; readonly id: number; readonly bars: number; readonly title: string };

const KINDS: readonly ChartKind[] = ['bars', 'line', 'ranking'];
const ORIENTATIONS: readonly Orientation[] = ['vertical', 'horizontal'];

/** The largest export accepted: a chart is tens of kilobytes; 20 MB leaves room for big PNGs. */
export const MAX_EXPORT_LENGTH = 20_000_000;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown, max = 10_000_000): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** A chart view, or undefined when any field is wrong. */
export function parseView(value: unknown): ChartView | undefined {
  if (!isObject(value) || !oneOf(value.kind, KINDS) || !isIndex(value.metric, 1000) || !oneOf(value.orientation, ORIENTATIONS)) return undefined;
  return { kind: value.kind, metric: value.metric, orientation: value.orientation };
}

/** The saved panel state (from the serializer), or undefined when it is not one. */
export function parsePanelState(value: unknown): ChartPanelState | undefined {
  if (!isObject(value) || typeof value.uri !== 'string' || value.uri.length > 10_000 || !isIndex(value.startLine)) return undefined;
  const view = parseView(value.view);
  return view ? { uri: value.uri, startLine: value.startLine, view } : undefined;
}

/** A message from the webview, checked field by field; undefined for anything else. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'viewChanged': {
      const view = parseView(value.view);
      return view ? { type: 'viewChanged', view } : undefined;
    }
    case 'reveal': {
      const cell = value.cell;
      if (!isObject(cell) || !isIndex(cell.line) || !isIndex(cell.start) || !isIndex(cell.end) || cell.end < cell.start) return undefined;
      return { type: 'reveal', cell: { line: cell.line, start: cell.start, end: cell.end } };
    }
    case 'export': {
      if (!oneOf(value.format, EXPORT_FORMATS) || typeof value.data !== 'string' || value.data.length === 0 || value.data.length > MAX_EXPORT_LENGTH) return undefined;
      if (value.format === 'svg' && !/^<svg[\s>]/.test(value.data)) return undefined;
      if (value.format === 'png' && !/^[A-Za-z0-9+/]+={0,2}$/.test(value.data)) return undefined;
      return { type: 'export', format: value.format, data: value.data };
    }
    case 'reformat':
      return oneOf(value.action, REFORMAT_ACTIONS) ? { type: 'reformat', action: value.action } : undefined;
    case 'pong':
      if (!isIndex(value.id) || !isIndex(value.bars) || typeof value.title !== 'string') return undefined;
      return { type: 'pong', id: value.id, bars: value.bars, title: value.title.slice(0, 1000) };
    default:
      return undefined;
  }
}
