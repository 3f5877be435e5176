/**
 * A worker thread that checks a document off the extension host's event loop. Large documents
 * (over `resultsTables.maxFileSizeForTyping`) are checked here, on open and on save, so that a
 * 5 MB README never freezes the editor's extensions. Findings are plain data and cross the
 * thread boundary as they are. The worker loads the extension's own core bundle (dist/core.js)
 * rather than a copy of it.
 *
 * Each request carries a cancellation flag in shared memory: the host raises it when a newer
 * request for the same document supersedes this one, or the document closes. The worker reads
 * it before each table, so a superseded check stops within one table, and one still queued
 * behind another never starts.
 */
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import type { Finding } from '../core/types';
import { core } from './core';

/** A request from the extension host. */
export interface CheckRequest {
  readonly id: number;
  readonly text: string;
  readonly options: CheckOptions;
  /** One Int32 over a SharedArrayBuffer: non-zero once the host cancels the request. */
  readonly cancel: Int32Array;
}

/** The worker's answer: findings, or how far a cancelled check got, or an error. */
export interface CheckReply {
  readonly id: number;
  readonly findings?: Finding[];
  readonly cancelled?: { readonly checkedTables: number; readonly tableCount: number };
  readonly error?: string;
}

parentPort?.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    const cancelled = () => Atomics.load(request.cancel, 0) !== 0;
    if (cancelled()) reply = { id: request.id, cancelled: { checkedTables: 0, tableCount: 0 } };
    else {
      const { findings, checkedTables, tableCount } = core().checkDocumentUnless(request.text, request.options, cancelled);
      reply = findings ? { id: request.id, findings } : { id: request.id, cancelled: { checkedTables, tableCount } };
    }
  } catch (error) {
    reply = { id: request.id, error: String(error) };
  }
  parentPort!.postMessage(reply);
});
