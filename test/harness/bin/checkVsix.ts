/**
 * `node out/test/harness/checkVsix.js [file.vsix]`, run by `npm run package`: checks that the
 * .vsix holds only what the extension needs (see .vscodeignore), that its size stays small,
 * and that the bundled extension needs nothing outside it. Prints one line per check and
 * `package: N passed, N failed`.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { REPO_ROOT } from '../paths';

/** What every .vsix of this extension must hold. */
const REQUIRED = ['extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/readme.md', 'extension/dist/extension.js', 'extension/dist/core.js'];
/** What it may also hold: more bundles (webviews), media, the licence and changelog. */
const ALLOWED = [/^extension\/dist\/[\w.-]+\.(js|css)$/, /^extension\/media\//, /^extension\/LICENSE(\.txt|\.md)?$/i, /^extension\/changelog\.md$/i];
/** The whole .vsix, compressed. Chart code may grow it; a stray node_modules or source map would blow it. */
const MAX_VSIX_BYTES = 1.5 * 1024 * 1024;

interface Entry {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  readonly method: number;
  readonly localHeaderOffset: number;
}

/** Lists a zip file's entries from its central directory. */
function readZip(zip: Buffer): Entry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry at ${offset}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function readEntry(zip: Buffer, entry: Entry): Buffer {
  const header = entry.localHeaderOffset;
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

function main(): number {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, `${name}-${version}.vsix`));
  const zip = fs.readFileSync(vsix);
  const entries = readZip(zip);
  const names = entries.map((e) => e.name);
  const results: Array<[string, string | undefined]> = [];
  const check = (title: string, problem: string | undefined): void => void results.push([title, problem]);

  const missing = REQUIRED.filter((n) => !names.includes(n));
  check('holds the manifest, the README and the bundled extension', missing.length ? `missing: ${missing.join(', ')}` : undefined);
  const stray = names.filter((n) => !REQUIRED.includes(n) && !ALLOWED.some((pattern) => pattern.test(n)));
  check('holds nothing else (no sources, tests, source maps, node_modules)', stray.length ? `unexpected: ${stray.join(', ')}` : undefined);
  check(`weighs under ${MAX_VSIX_BYTES / 1024} KiB`, zip.length > MAX_VSIX_BYTES ? `${Math.round(zip.length / 1024)} KiB` : undefined);

  const manifestEntry = entries.find((e) => e.name === 'extension/package.json');
  const manifest = manifestEntry ? (JSON.parse(readEntry(zip, manifestEntry).toString('utf8')) as { main?: string; version?: string }) : {};
  const mainFile = `extension/${path.posix.normalize(manifest.main ?? '').replace(/^\.\//, '')}`;
  check(`package.json's main (${manifest.main}) is in it`, names.includes(mainFile) || names.includes(`${mainFile}.js`) ? undefined : `${mainFile} is not`);
  check(`is version ${version}`, manifest.version === version ? undefined : `its package.json says ${manifest.version}`);

  // The extension and the core it loads on first use: each may require only vscode and Node.
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const file of ['extension.js', 'core.js']) {
    const bundleEntry = entries.find((e) => e.name === `extension/dist/${file}`);
    const bundle = bundleEntry ? readEntry(zip, bundleEntry).toString('utf8') : '';
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''));
    const outside = [...required].filter((m) => m !== 'vscode' && !builtins.has(m));
    check(`dist/${file} requires only vscode and Node built-ins`, outside.length ? `it requires ${outside.join(', ')}` : undefined);
  }

  const size = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`${path.relative(process.cwd(), vsix)}: ${entries.length} files, ${Math.round(zip.length / 1024)} KiB (${Math.round(size / 1024)} KiB unpacked)`);
  for (const entry of entries) console.log(`  ${entry.name} (${entry.size} bytes)`);
  for (const [title, problem] of results) console.log(problem ? `  ✗ ${title}: ${problem}` : `  ✓ ${title}`);
  const failed = results.filter(([, problem]) => problem).length;
  console.log(`package: ${results.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exit(main());
