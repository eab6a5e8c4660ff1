/**
 * `npm run release`: what a teacher without Node downloads. After both builds, writes
 *   release/tcp-handshake-lab-<version>.zip   dist/ in a folder of that name: unzip onto any web
 *                                             server or static host
 *   release/tcp-handshake-lab-<version>.html  the single-file build: double-click, mail, attach
 * The zip is made with fflate (small, no native code) rather than a zip command a machine may lack.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export interface ReleaseInput {
  readonly version: string;
  /** The normal build (dist/). */
  readonly siteDir: string;
  /** The single-file build's page (dist-single/index.html). */
  readonly singleFile: string;
  readonly outDir: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes the zip and the single page; returns their paths. */
export function makeRelease({ version, siteDir, singleFile, outDir }: ReleaseInput): { zip: string; html: string } {
  if (!/^\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version)) throw new Error(`not a release version: "${version}"`);
  const name = `tcp-handshake-lab-${version}`;
  const entries: Zippable = {};
  for (const path of filesUnder(siteDir).sort()) {
    const inZip = `${name}/${relative(siteDir, path).split('\\').join('/')}`;
    entries[inZip] = new Uint8Array(readFileSync(path));
  }
  if (!entries[`${name}/index.html`]) throw new Error(`${siteDir} holds no index.html: build first`);
  mkdirSync(outDir, { recursive: true });
  const zip = join(outDir, `${name}.zip`);
  const html = join(outDir, `${name}.html`);
  // A fixed date in every entry: the same build makes the same zip.
  writeFileSync(zip, zipSync(entries, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));
  copyFileSync(singleFile, html);
  return { zip, html };
}

function main(): void {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const made = makeRelease({ version, siteDir: 'dist', singleFile: 'dist-single/index.html', outDir: 'release' });
  for (const path of [made.zip, made.html]) {
    process.stdout.write(`${path}  ${(statSync(path).size / 1024).toFixed(1)} KB\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`release: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
