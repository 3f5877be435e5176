/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser), headless, with
 * every request that leaves this machine aborted.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import type { Tools } from './provision';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface BrowserOptions {
  /** A folder for the browser profile. */
  readonly profileDir: string;
  readonly viewport?: { width: number; height: number };
}

export async function launchBrowser(tools: Tools, options: BrowserOptions): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: tools.chromium,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    // Service workers stay allowed: webviews render through one.
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    return route.abort();
  });
  return context;
}
