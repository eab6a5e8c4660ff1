import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeRelease } from './release';

function fakeBuilds() {
  const root = mkdtempSync(join(tmpdir(), 'release-'));
  const site = join(root, 'dist');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>site</title>');
  writeFileSync(join(site, 'assets', 'index-abc.js'), 'console.log(1)');
  const single = join(root, 'single.html');
  writeFileSync(single, '<!doctype html><title>one file</title>');
  return { root, site, single };
}

describe('npm run release', () => {
  it('zips the site in a versioned folder and copies the single page beside it', () => {
    const { root, site, single } = fakeBuilds();
    const made = makeRelease({ version: '1.2.3', siteDir: site, singleFile: single, outDir: join(root, 'release') });
    expect(made.zip).toMatch(/tcp-handshake-lab-1\.2\.3\.zip$/);
    expect(made.html).toMatch(/tcp-handshake-lab-1\.2\.3\.html$/);
    const files = unzipSync(new Uint8Array(readFileSync(made.zip)));
    expect(Object.keys(files).sort()).toEqual(['tcp-handshake-lab-1.2.3/assets/index-abc.js', 'tcp-handshake-lab-1.2.3/index.html']);
    expect(strFromU8(files['tcp-handshake-lab-1.2.3/index.html'] as Uint8Array)).toContain('<title>site</title>');
    expect(readFileSync(made.html, 'utf8')).toContain('<title>one file</title>');
  });

  it('the same build makes the same zip, byte for byte', () => {
    const { root, site, single } = fakeBuilds();
    const a = readFileSync(makeRelease({ version: '1.0.0', siteDir: site, singleFile: single, outDir: join(root, 'a') }).zip);
    const b = readFileSync(makeRelease({ version: '1.0.0', siteDir: site, singleFile: single, outDir: join(root, 'b') }).zip);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a site without index.html, or a version that is not one', () => {
    const { root, single } = fakeBuilds();
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => makeRelease({ version: '1.0.0', siteDir: empty, singleFile: single, outDir: join(root, 'x') })).toThrow(/no index\.html/);
    expect(() => makeRelease({ version: '../1', siteDir: empty, singleFile: single, outDir: join(root, 'x') })).toThrow(
      /not a release version/,
    );
  });
});
