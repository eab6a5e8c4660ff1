/**
 * A strict Content-Security-Policy for the built page, as a <meta> tag (a static site sets no
 * headers). No 'unsafe-inline' and no 'unsafe-eval': each inline <script> or <style> that the
 * page carries is allowed by its SHA-256 hash, computed here from the final HTML, so the theme
 * script in index.html and the single-file build (whose code is all inline) are covered alike.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/json\b/i;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of the inline scripts and styles of an HTML page (external `src` scripts excluded). */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag = '', attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === 'style') styles.push(sha256(body));
    // A data block (the first screen's trace, scripts/prerender.ts) is never run: nothing to allow.
    else if (!/\bsrc\s*=/.test(attributes) && !DATA_BLOCK.test(attributes)) scripts.push(sha256(body));
  }
  return { scripts, styles };
}

export function policyFor(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    // data: and blob: for figures the page makes itself (exported images, the favicon).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the policy in a page, after <meta charset> (which must come first). */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  const charset = /<meta charset[^>]*>/i;
  return charset.test(html) ? html.replace(charset, (tag) => `${tag}\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/**
 * Adds the policy to every HTML page of the build once its content is final: listed after
 * vite-plugin-singlefile, it runs after that plugin has inlined the code, and hashes what is
 * really there.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'tcp-lab:content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = withPolicy(file.source);
          }
        }
      },
    },
  };
}
