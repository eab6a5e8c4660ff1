import { describe, expect, it } from 'vitest';
import { inlineHashes, policyFor } from './contentSecurityPolicy';

describe('Content-Security-Policy of the built page', () => {
  it('allows each inline script and style by its SHA-256, and no external script by hash', () => {
    // sha256("") is a published test vector.
    const html = '<head><script></script><script type="module" src="./a.js"></script><style></style></head>';
    expect(inlineHashes(html)).toEqual({
      scripts: ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
      styles: ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    });
  });

  it('allows no hash for a data block, which the browser never runs (the first screen’s trace)', () => {
    const html = '<body><script type="application/json" id="prerendered-trace">{"a":1}</script><script>var x = 1;</script></body>';
    expect(inlineHashes(html).scripts).toHaveLength(1);
    expect(policyFor(html)).toBe(policyFor('<script>var x = 1;</script>'));
  });

  it('never falls back to unsafe-inline or unsafe-eval, and closes object, base and form', () => {
    const policy = policyFor('<script>var x = 1;</script>');
    expect(policy).not.toMatch(/unsafe/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
  });
});
