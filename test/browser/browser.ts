/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by
 * playwright-core, offline. Each page is served from a fake origin by request routing; any
 * other request is aborted. CSP violations are collected from the page's own
 * `securitypolicyviolation` events and from the console.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The repository root (tests run from out/test/browser). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'browser');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
}

export interface ServedPage {
  readonly page: Page;
  /** CSP violations reported so far. */
  readonly violations: string[];
  /** Page errors (uncaught exceptions). */
  readonly errors: string[];
}

/**
 * Opens `html` at `origin/` with the given files under it (`path → repository file`), and
 * `initScript` run before the page's own scripts.
 */
export async function servePage(browser: Browser, origin: string, html: string, files: Readonly<Record<string, string>>, initScript = ''): Promise<ServedPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 640 } });
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(e.violatedDirective + ' ' + e.blockedURI)); ${initScript}`);
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = files[url.pathname];
    if (!file) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return route.fulfill({ contentType: type, body: readFileSync(join(ROOT, file)) });
  });
  await page.goto(`${origin}/`);
  return { page, violations, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}
