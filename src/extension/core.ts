/**
 * The core, loaded on first use from its own bundle (dist/core.js, built from ./coreBundle.ts).
 * Activation only registers providers and commands; the first check, hover, format or chart
 * loads the core, once. Import the core's types from src/core as usual (`import type`), and
 * call its functions through `core()`: a value import from src/core would pull it back into
 * extension.js.
 */
import { join } from 'node:path';

/** Everything the extension calls in the core. */
export type Core = typeof import('./coreBundle');

let loaded: Core | undefined;

/** The core's functions; the first call loads dist/core.js (some 25 ms), later calls are free. */
export function core(): Core {
  // A computed path, so that esbuild leaves the core out of extension.js.
  loaded ??= require(join(__dirname, 'core.js')) as Core;
  return loaded;
}
