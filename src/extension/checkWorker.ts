/**
 * A worker thread that checks a document off the extension host's event loop. Large documents
 * (over `resultsTables.maxFileSizeForTyping`) are checked here, on open and on save, so that a
 * 5 MB README never freezes the editor's extensions. Findings are plain data and cross the
 * thread boundary as they are. The worker loads the extension's own core bundle (dist/core.js)
 * rather than a copy of it.
 */
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import { core } from './core';

/** A request from the extension host. */
export interface CheckRequest {
  readonly id: number;
  readonly text: string;
  readonly options: CheckOptions;
}

parentPort?.on('message', (request: CheckRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, findings: core().checkDocument(request.text, request.options) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: String(error) });
  }
});
